// The function itself: its code, its log group, its dead-letter queue, the policy of its role, its environment
// (the contract DRIFT_CHECKER_ENV of @groundwork/drift) and how its asynchronous events are retried.
import type { CloudwatchEventBus } from '@cdktf/provider-aws/lib/cloudwatch-event-bus';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import type { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import type { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { LambdaFunctionEventInvokeConfig } from '@cdktf/provider-aws/lib/lambda-function-event-invoke-config';
import type { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import {
  DRIFT_CHECKER_ENV as ENV,
  DRIFT_CHECKER_RUNTIME_ENV as RUNTIME_ENV,
  DRIFT_CHECKER_SERVICE_NAME,
  DRIFT_METRICS_NAMESPACE,
} from '@groundwork/drift';
import { AssetType, TerraformAsset } from 'cdktf';
import type { Construct } from 'constructs';
import type { CheckerAccount } from './checker-account';
import { functionPolicyStatements, type FunctionPolicyInputs } from './function-policy';

/**
 * What the function reads beside AWS Config and where it writes its report (see FunctionPolicyInputs): the sweep
 * lists the Cloud Control and direct types beside Config's.
 */
export interface CheckerFunctionProps extends Pick<
  FunctionPolicyInputs,
  'cloudControlTypes' | 'directTypes' | 'report' | 'configQueueArn'
> {
  readonly account: CheckerAccount;
  readonly namePrefix: string;
  readonly functionName: string;
  readonly logGroupName: string;
  /** The Lambda package: a directory to zip, or a zip to copy. */
  readonly bundle: { readonly path: string; readonly type: AssetType };
  readonly runtime: string;
  readonly memorySize: number;
  readonly timeoutSeconds: number;
  readonly logRetentionDays: number;
  readonly logLevel: string;
  readonly role: IamRole;
  /** Encrypts the log group. */
  readonly key: KmsKey;
  readonly topic: SnsTopic;
  readonly bus: CloudwatchEventBus;
  readonly iacBucket: string;
  readonly iacPrefix: string;
  readonly stateBucket: string;
  readonly statePrefix: string;
  readonly bucketKmsKeyArns: readonly string[];
  readonly cacheTtlSeconds: number;
  readonly dedupeWindowSeconds: number;
  readonly resourceTypes: readonly string[];
  readonly recordedResourceTypes: readonly string[];
}

export class CheckerFunction {
  readonly function: LambdaFunction;
  readonly deadLetterQueue: SqsQueue;
  /** The exact statements of the role policy. */
  readonly roleStatements: ReturnType<typeof functionPolicyStatements>;
  readonly rolePolicy: IamRolePolicy;

  constructor(scope: Construct, props: CheckerFunctionProps) {
    const { account, namePrefix: name, topic, bus } = props;
    const logGroup = new CloudwatchLogGroup(scope, 'logs', {
      name: props.logGroupName,
      retentionInDays: props.logRetentionDays,
      kmsKeyId: props.key.arn,
    });
    const dlq = new SqsQueue(scope, 'dlq', {
      name: `${name}-dlq`,
      messageRetentionSeconds: 14 * 86_400,
      sqsManagedSseEnabled: true,
    });
    this.deadLetterQueue = dlq;

    this.roleStatements = functionPolicyStatements({
      partition: account.partition,
      region: account.region,
      iacBucket: props.iacBucket,
      iacPrefix: props.iacPrefix,
      stateBucket: props.stateBucket,
      statePrefix: props.statePrefix,
      topicArn: topic.arn,
      busArn: bus.arn,
      logGroupArn: logGroup.arn,
      deadLetterQueueArn: dlq.arn,
      bucketKmsKeyArns: props.bucketKmsKeyArns,
      cloudControlTypes: props.cloudControlTypes,
      directTypes: props.directTypes,
      report: props.report,
      configQueueArn: props.configQueueArn,
    });
    const policy = new DataAwsIamPolicyDocument(scope, 'policy', { statement: this.roleStatements });
    const rolePolicy = (this.rolePolicy = new IamRolePolicy(scope, 'role-policy', {
      name: 'drift-checker',
      role: props.role.id,
      policy: policy.json,
    }));

    const asset = new TerraformAsset(scope, 'bundle', props.bundle);
    this.function = new LambdaFunction(scope, 'function', {
      functionName: props.functionName,
      description: 'Groundwork drift checker: compares live resources with the published IaC',
      filename: asset.path,
      sourceCodeHash: asset.assetHash,
      handler: 'main.handler',
      runtime: props.runtime,
      architectures: ['arm64'],
      memorySize: props.memorySize,
      timeout: props.timeoutSeconds,
      role: props.role.arn,
      deadLetterConfig: { targetArn: dlq.arn },
      loggingConfig: { logFormat: 'JSON', logGroup: logGroup.name },
      environment: {
        variables: {
          [ENV.iacBucket]: props.iacBucket,
          [ENV.iacPrefix]: props.iacPrefix,
          [ENV.stateBucket]: props.stateBucket,
          [ENV.statePrefix]: props.statePrefix,
          [ENV.topicArn]: topic.arn,
          [ENV.eventBusName]: bus.name,
          [ENV.cacheTtlSeconds]: String(props.cacheTtlSeconds),
          [ENV.dedupeWindowSeconds]: String(props.dedupeWindowSeconds),
          [ENV.recordedResourceTypes]: props.recordedResourceTypes.join(','),
          [ENV.sweepResourceTypes]: [
            ...props.resourceTypes,
            ...props.cloudControlTypes,
            ...props.directTypes,
          ].join(','),
          // Empty when the sweep writes no report.
          [ENV.reportBucket]: props.report?.bucket ?? '',
          [ENV.reportPrefix]: props.report?.prefix ?? '',
          [ENV.reportKmsKeyArn]: props.report?.kmsKeyArn ?? '',
          [RUNTIME_ENV.serviceName]: DRIFT_CHECKER_SERVICE_NAME,
          [RUNTIME_ENV.metricsNamespace]: DRIFT_METRICS_NAMESPACE,
          [RUNTIME_ENV.logLevel]: props.logLevel,
          [RUNTIME_ENV.nodeOptions]: '--enable-source-maps',
        },
      },
      dependsOn: [logGroup, rolePolicy],
    });
    // Two attempts after the first, then the DLQ; events older than six hours are not worth checking any more.
    new LambdaFunctionEventInvokeConfig(scope, 'async', {
      functionName: this.function.functionName,
      maximumRetryAttempts: 2,
      maximumEventAgeInSeconds: 6 * 3600,
    });
  }
}
