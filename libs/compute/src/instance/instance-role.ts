import { Construct } from 'constructs';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { invalid, isLiteral } from '../internal/validation';

/**
 * An IAM role EC2 instances run as, by reference: a `ServiceRole` of @groundwork/iam, an `SsmInstanceRole`, or any
 * object with the role's name (for a role made elsewhere). It must trust `ec2.amazonaws.com`.
 */
export interface IInstanceRole {
  /** The role's name (not its ARN); an instance profile is made for it. */
  readonly roleName: string;
}

export interface SsmInstanceRoleProps {
  /** Name prefix of the role: at most 38 of letters, digits and +=,.@_-. @default Terraform generates a unique name */
  readonly namePrefix?: string;
}

/**
 * An EC2 role with only AmazonSSMManagedInstanceCore: enough for Session Manager, Run Command and patching, and
 * nothing else. Used when a bastion or tier is not given a role of its own.
 */
export class SsmInstanceRole extends Construct implements IInstanceRole {
  readonly roleName: string;
  readonly roleArn: string;

  constructor(scope: Construct, id: string, props: SsmInstanceRoleProps = {}) {
    super(scope, id);
    const prefix = props.namePrefix;
    if (prefix !== undefined && isLiteral(prefix) && !/^[\w+=,.@-]{1,38}$/.test(prefix)) {
      throw invalid(
        this.node.path,
        `namePrefix must be 1-38 of letters, digits and +=,.@_- (IAM adds 26 characters), got "${prefix}"`,
      );
    }
    const trust = new DataAwsIamPolicyDocument(this, 'trust', {
      statement: [
        {
          effect: 'Allow',
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'Service', identifiers: ['ec2.amazonaws.com'] }],
        },
      ],
    });
    const role = new IamRole(this, 'role', {
      namePrefix: props.namePrefix,
      assumeRolePolicy: trust.json,
      description: 'EC2 instances reached through SSM Session Manager',
    });
    // The partition keeps the managed policy ARN right in aws-cn and aws-us-gov.
    const partition = new DataAwsPartition(this, 'partition');
    new IamRolePolicyAttachment(this, 'ssm-core', {
      role: role.name,
      policyArn: `arn:${partition.partition}:iam::aws:policy/AmazonSSMManagedInstanceCore`,
    });
    this.roleName = role.name;
    this.roleArn = role.arn;
  }
}
