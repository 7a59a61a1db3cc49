import { Token } from 'cdktf';
import { requireWholeNumber } from '@groundwork/core';
import { Construct } from 'constructs';
import { ConfigConfigurationRecorder } from '@cdktf/provider-aws/lib/config-configuration-recorder';
import { ConfigConfigurationRecorderStatus } from '@cdktf/provider-aws/lib/config-configuration-recorder-status';
import { ConfigDeliveryChannel } from '@cdktf/provider-aws/lib/config-delivery-channel';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { ConfigBucket, validateBucketName } from './config-bucket';

/** How often AWS Config delivers a configuration snapshot to the bucket. */
export type SnapshotDeliveryFrequency =
  'One_Hour' | 'Three_Hours' | 'Six_Hours' | 'Twelve_Hours' | 'TwentyFour_Hours';

export interface ConfigRecorderProps {
  /**
   * Record global resource types (IAM users, groups, roles, policies) in this region. Set it to true in exactly
   * one region per account and false in every other, or each region records (and bills) them again.
   */
  readonly recordGlobalResources: boolean;
  /** How often a configuration snapshot is delivered to the bucket. @default 'Six_Hours' */
  readonly snapshotDeliveryFrequency?: SnapshotDeliveryFrequency;
  /** Recorder and delivery channel name (AWS allows one of each per region). @default 'default' */
  readonly name?: string;
  /** Delivery bucket name; a literal is checked against the S3 naming rules. @default a generated `config-history-` name */
  readonly bucketName?: string;
  /** Key prefix for delivered objects, without slashes at either end. @default none */
  readonly keyPrefix?: string;
  /** KMS key for the bucket and the delivered objects. @default SSE-S3 (AES256) */
  readonly kmsKeyArn?: string;
  /** SNS topic for configuration change notifications. @default none */
  readonly snsTopicArn?: string;
  /** Days delivered snapshots and history are kept. @default 365 */
  readonly retentionDays?: number;
  /**
   * Bucket that receives server access logs of the delivery bucket, by reference: a `SecureBucket` of
   * @groundwork/storage, or any object with the name of a bucket made elsewhere.
   * @default none (the guard finding is suppressed with a reason)
   */
  readonly accessLogsBucket?: { readonly bucketName: string };
  /** Let `terraform destroy` delete a bucket that still holds history (insecure: loses the audit trail). @default false */
  readonly forceDestroyBucket?: boolean;
}

const MAX_RETENTION_DAYS = 3650;

/**
 * AWS Config for one region: a recorder of every supported resource type (global types only where
 * `recordGlobalResources` is true), a delivery channel to a private, encrypted, versioned, TLS-only bucket built
 * here with the bucket policy AWS Config needs, snapshots at a set frequency, and the recorder turned on.
 */
export class ConfigRecorder extends Construct {
  readonly recorder: ConfigConfigurationRecorder;
  readonly deliveryChannel: ConfigDeliveryChannel;
  readonly role: IamRole;
  /** The recorder name (`default` unless set). */
  readonly recorderName: string;
  readonly bucketName: string;
  readonly bucketArn: string;
  readonly roleArn: string;

  constructor(scope: Construct, id: string, props: ConfigRecorderProps) {
    super(scope, id);
    const where = `ConfigRecorder ${this.node.path}`;
    const retentionDays = props.retentionDays ?? 365;
    if (!Token.isUnresolved(retentionDays)) {
      requireWholeNumber(where, 'retentionDays', retentionDays, { min: 1, max: MAX_RETENTION_DAYS });
    }
    if (
      props.keyPrefix !== undefined &&
      !Token.isUnresolved(props.keyPrefix) &&
      /^\/|\/$|^$/.test(props.keyPrefix)
    ) {
      throw new Error(
        `${where}: keyPrefix must be non-empty and have no leading or trailing "/", got "${props.keyPrefix}"`,
      );
    }
    validateBucketName(where, props.bucketName);
    const name = props.name ?? 'default';

    const bucket = new ConfigBucket(this, 'delivery-bucket', {
      bucketName: props.bucketName,
      keyPrefix: props.keyPrefix,
      kmsKeyArn: props.kmsKeyArn,
      retentionDays,
      accessLogsBucket: props.accessLogsBucket?.bucketName,
      forceDestroy: props.forceDestroyBucket ?? false,
    });

    const assume = new DataAwsIamPolicyDocument(this, 'assume-role', {
      statement: [
        {
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'Service', identifiers: ['config.amazonaws.com'] }],
          condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [bucket.accountId] }],
        },
      ],
    });
    this.role = new IamRole(this, 'role', {
      namePrefix: 'aws-config-',
      description: 'Lets AWS Config read resource configurations and deliver them to its bucket',
      assumeRolePolicy: assume.json,
    });
    new IamRolePolicyAttachment(this, 'read-configurations', {
      role: this.role.name,
      policyArn: `arn:${bucket.partition}:iam::aws:policy/service-role/AWS_ConfigRole`,
    });
    const prefix = props.keyPrefix ? `${props.keyPrefix}/` : '';
    const delivery = new DataAwsIamPolicyDocument(this, 'delivery-policy', {
      statement: [
        { actions: ['s3:GetBucketAcl', 's3:ListBucket'], resources: [bucket.bucket.arn] },
        {
          actions: ['s3:PutObject'],
          resources: [`${bucket.bucket.arn}/${prefix}AWSLogs/${bucket.accountId}/Config/*`],
        },
        ...(props.kmsKeyArn
          ? [{ actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [props.kmsKeyArn] }]
          : []),
        ...(props.snsTopicArn ? [{ actions: ['sns:Publish'], resources: [props.snsTopicArn] }] : []),
      ],
    });
    new IamRolePolicy(this, 'deliver', { role: this.role.id, policy: delivery.json });

    this.recorder = new ConfigConfigurationRecorder(this, 'recorder', {
      name,
      roleArn: this.role.arn,
      recordingGroup: { allSupported: true, includeGlobalResourceTypes: props.recordGlobalResources },
    });
    this.deliveryChannel = new ConfigDeliveryChannel(this, 'delivery-channel', {
      name,
      s3BucketName: bucket.bucket.id,
      ...(props.keyPrefix ? { s3KeyPrefix: props.keyPrefix } : {}),
      ...(props.kmsKeyArn ? { s3KmsKeyArn: props.kmsKeyArn } : {}),
      ...(props.snsTopicArn ? { snsTopicArn: props.snsTopicArn } : {}),
      snapshotDeliveryProperties: { deliveryFrequency: props.snapshotDeliveryFrequency ?? 'Six_Hours' },
      // AWS Config checks the bucket policy when the channel is created, and needs a recorder first.
      dependsOn: [this.recorder, bucket.policy],
    });
    new ConfigConfigurationRecorderStatus(this, 'enabled', {
      name: this.recorder.name,
      isEnabled: true,
      dependsOn: [this.deliveryChannel],
    });

    this.recorderName = this.recorder.name;
    this.bucketName = bucket.bucket.id;
    this.bucketArn = bucket.bucket.arn;
    this.roleArn = this.role.arn;
  }
}
