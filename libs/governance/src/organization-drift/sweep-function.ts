// One function of the sweep (planner, shard or reducer): its role, which only Lambda in this account may assume,
// its encrypted log group, its exact inline policy and the function. Step Functions invokes it synchronously, so
// failed events are the state machine's to retry, not an asynchronous dead-letter queue's.
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import {
  DataAwsIamPolicyDocument,
  type DataAwsIamPolicyDocumentStatement,
} from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import type { TerraformAsset } from 'cdktf';
import { Construct } from 'constructs';
import type { CheckerAccount } from '../drift-checker/checker-account';
import { suppress } from '../suppress';

export interface SweepFunctionProps {
  readonly account: CheckerAccount;
  readonly functionName: string;
  readonly description: string;
  /** `organization/main.<export>`. */
  readonly handler: string;
  readonly asset: TerraformAsset;
  readonly runtime: string;
  readonly memorySize: number;
  readonly timeoutSeconds: number;
  readonly logRetentionDays: number;
  readonly keyArn: string;
  readonly environment: Record<string, string>;
  /** What the function calls, besides writing its own logs. */
  readonly statements: DataAwsIamPolicyDocumentStatement[];
}

export class SweepFunction extends Construct {
  readonly role: IamRole;
  readonly function: LambdaFunction;
  /** Every statement of the role's policy, logs included: what the tests assert. */
  readonly statements: DataAwsIamPolicyDocumentStatement[];

  constructor(scope: Construct, id: string, props: SweepFunctionProps) {
    super(scope, id);
    const { account } = props;
    const assume = new DataAwsIamPolicyDocument(this, 'assume-role', {
      statement: [
        {
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'Service', identifiers: ['lambda.amazonaws.com'] }],
          condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [account.accountId] }],
        },
      ],
    });
    this.role = new IamRole(this, 'role', {
      name: props.functionName,
      description: props.description,
      assumeRolePolicy: assume.json,
    });
    const logGroup = new CloudwatchLogGroup(this, 'logs', {
      name: `/aws/lambda/${props.functionName}`,
      retentionInDays: props.logRetentionDays,
      kmsKeyId: props.keyArn,
    });
    this.statements = [
      ...props.statements,
      {
        sid: 'OwnLogs',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [`${logGroup.arn}:*`],
      },
    ];
    const policy = new DataAwsIamPolicyDocument(this, 'policy', { statement: this.statements });
    const rolePolicy = new IamRolePolicy(this, 'role-policy', {
      name: props.functionName,
      role: this.role.id,
      policy: policy.json,
    });
    this.function = new LambdaFunction(this, 'function', {
      functionName: props.functionName,
      description: props.description,
      filename: props.asset.path,
      sourceCodeHash: props.asset.assetHash,
      handler: props.handler,
      runtime: props.runtime,
      architectures: ['arm64'],
      memorySize: props.memorySize,
      timeout: props.timeoutSeconds,
      role: this.role.arn,
      loggingConfig: { logFormat: 'JSON', logGroup: logGroup.name },
      environment: { variables: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' } },
      dependsOn: [logGroup, rolePolicy],
    });
    suppress(
      this.function,
      'GW-LMB-001',
      'Step Functions invokes the function synchronously and retries it; no asynchronous event can be lost',
    );
  }
}
