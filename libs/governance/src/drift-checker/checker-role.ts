// The function's execution role, which only Lambda in this account may assume; its policy is the function part's.
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import type { Construct } from 'constructs';

export interface CheckerRoleProps {
  /** The function's name, which the role shares. */
  readonly functionName: string;
  readonly accountId: string;
}

export class CheckerRole {
  readonly role: IamRole;

  constructor(scope: Construct, props: CheckerRoleProps) {
    const assume = new DataAwsIamPolicyDocument(scope, 'assume-role', {
      statement: [
        {
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'Service', identifiers: ['lambda.amazonaws.com'] }],
          condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [props.accountId] }],
        },
      ],
    });
    this.role = new IamRole(scope, 'role', {
      name: props.functionName,
      description: 'Groundwork drift checker: reads Config and the published IaC, reports drift',
      assumeRolePolicy: assume.json,
    });
  }
}
