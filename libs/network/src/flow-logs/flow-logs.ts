import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';
import { FlowLog } from '@cdktf/provider-aws/lib/flow-log';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';

/** Flow logs to a CloudWatch Logs group that this construct creates, written through a role scoped to it. */
export interface CloudWatchFlowLogDestination {
  readonly type: 'cloudWatchLogs';
  /**
   * Days to keep the records; one of the values CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, 120, 150,
   * 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653), or 0 to keep them forever.
   * @default 365
   */
  readonly retentionDays?: number;
  /**
   * ARN of a KMS key that encrypts the log group (its key policy must allow the CloudWatch Logs service).
   * @default CloudWatch Logs' own encryption
   */
  readonly kmsKeyArn?: string;
}

/** Flow logs to an S3 bucket made elsewhere. */
export interface S3FlowLogDestination {
  readonly type: 's3';
  /**
   * ARN of the bucket, optionally with a key prefix (`arn:aws:s3:::logs/vpc/`). The bucket policy must let
   * `delivery.logs.amazonaws.com` write; a token cannot be checked at synth time.
   */
  readonly bucketArn: string;
}

export type FlowLogDestination = CloudWatchFlowLogDestination | S3FlowLogDestination;

/** Which traffic the flow log records. */
export type FlowLogTrafficType = 'ALL' | 'ACCEPT' | 'REJECT';

export interface FlowLogsOptions {
  /** @default { type: 'cloudWatchLogs' } with 365 days' retention */
  readonly destination?: FlowLogDestination;
  /** @default 'ALL' */
  readonly trafficType?: FlowLogTrafficType;
  /** Seconds over which records are aggregated: 60 or 600. @default 600 */
  readonly maxAggregationIntervalSeconds?: 60 | 600;
}

export interface VpcFlowLogsProps extends FlowLogsOptions {
  readonly vpcId: string;
  /** Used in the log group name (`/vpc/<name>/flow-logs`), the role name prefix and Name tags. */
  readonly name: string;
}

export const CLOUDWATCH_RETENTION_DAYS: readonly number[] = [
  0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

/** Validates flow log options eagerly, naming the field; shared by Vpc and VpcFlowLogs. */
export function checkFlowLogsOptions(where: string, options: FlowLogsOptions): void {
  const destination = options.destination ?? { type: 'cloudWatchLogs' };
  if (options.trafficType !== undefined && !['ALL', 'ACCEPT', 'REJECT'].includes(options.trafficType)) {
    throw new Error(
      `${where}: flowLogs.trafficType must be 'ALL', 'ACCEPT' or 'REJECT', got '${options.trafficType}'`,
    );
  }
  const interval = options.maxAggregationIntervalSeconds;
  if (interval !== undefined && interval !== 60 && interval !== 600) {
    throw new Error(
      `${where}: flowLogs.maxAggregationIntervalSeconds must be 60 or 600, got ${String(interval)}`,
    );
  }
  if (destination.type === 'cloudWatchLogs') {
    const days = destination.retentionDays;
    if (days !== undefined && !Token.isUnresolved(days) && !CLOUDWATCH_RETENTION_DAYS.includes(days)) {
      throw new Error(
        `${where}: flowLogs.destination.retentionDays must be one of ${CLOUDWATCH_RETENTION_DAYS.join(', ')}, got ${days}`,
      );
    }
  } else if (destination.type === 's3') {
    const arn = destination.bucketArn;
    if (
      !Token.isUnresolved(arn) &&
      !/^arn:aws[a-z-]*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(arn)
    ) {
      throw new Error(
        `${where}: flowLogs.destination.bucketArn must be an S3 bucket ARN such as arn:aws:s3:::my-logs, got "${arn}"`,
      );
    }
  } else {
    throw new Error(
      `${where}: flowLogs.destination.type must be 'cloudWatchLogs' or 's3', got '${String((destination as { type: unknown }).type)}'`,
    );
  }
}

/**
 * VPC flow logs: to a CloudWatch Logs group with a retention, written by a role that may only write to that
 * group and that only the flow logs service of this account can assume; or to an S3 bucket.
 */
export class VpcFlowLogs extends Construct {
  readonly flowLogId: string;
  /** The log group, when the destination is CloudWatch Logs. */
  readonly logGroup?: CloudwatchLogGroup;
  /** The delivery role, when the destination is CloudWatch Logs. */
  readonly role?: IamRole;

  constructor(scope: Construct, id: string, props: VpcFlowLogsProps) {
    super(scope, id);
    checkFlowLogsOptions(`VpcFlowLogs ${this.node.path}`, props);
    const destination = props.destination ?? { type: 'cloudWatchLogs' };
    const common = {
      vpcId: props.vpcId,
      trafficType: props.trafficType ?? 'ALL',
      maxAggregationInterval: props.maxAggregationIntervalSeconds ?? 600,
      tags: { Name: `${props.name}-flow-logs` },
    };

    if (destination.type === 's3') {
      this.flowLogId = new FlowLog(this, 'flow-log', {
        ...common,
        logDestinationType: 's3',
        logDestination: destination.bucketArn,
      }).id;
      return;
    }

    this.logGroup = new CloudwatchLogGroup(this, 'log-group', {
      name: `/vpc/${props.name}/flow-logs`,
      retentionInDays: destination.retentionDays ?? 365,
      kmsKeyId: destination.kmsKeyArn,
      tags: { Name: `${props.name}-flow-logs` },
    });

    const account = new DataAwsCallerIdentity(this, 'account');
    const partition = new DataAwsPartition(this, 'partition');
    const region = new DataAwsRegion(this, 'region');
    // Only the flow logs service, acting for a flow log of this account and region, may assume the role
    // (the confused-deputy guard AWS recommends).
    const trust = new DataAwsIamPolicyDocument(this, 'trust-policy', {
      statement: [
        {
          effect: 'Allow',
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'Service', identifiers: ['vpc-flow-logs.amazonaws.com'] }],
          condition: [
            { test: 'StringEquals', variable: 'aws:SourceAccount', values: [account.accountId] },
            {
              test: 'ArnLike',
              variable: 'aws:SourceArn',
              values: [`arn:${partition.partition}:ec2:${region.name}:${account.accountId}:vpc-flow-log/*`],
            },
          ],
        },
      ],
    });
    this.role = new IamRole(this, 'role', {
      namePrefix: `${props.name.slice(0, 24)}-flow-logs-`,
      description: `Delivers the flow logs of ${props.name} to ${this.logGroup.name}`,
      assumeRolePolicy: trust.json,
      tags: { Name: `${props.name}-flow-logs` },
    });
    // The log group exists, so the role needs no CreateLogGroup and nothing beyond this one group.
    const write = new DataAwsIamPolicyDocument(this, 'write-policy', {
      statement: [
        {
          effect: 'Allow',
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
          resources: [`${this.logGroup.arn}:*`],
        },
      ],
    });
    new IamRolePolicy(this, 'role-policy', {
      name: 'write-flow-logs',
      role: this.role.id,
      policy: write.json,
    });
    this.flowLogId = new FlowLog(this, 'flow-log', {
      ...common,
      logDestinationType: 'cloud-watch-logs',
      logDestination: this.logGroup.arn,
      iamRoleArn: this.role.arn,
    }).id;
  }
}
