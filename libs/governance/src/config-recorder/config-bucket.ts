import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { suppress } from '../suppress';

/** The delivery bucket's settings, as `ConfigRecorder` resolves them from its own props. */
export interface ConfigBucketProps {
  /** @default a generated `config-history-` name */
  readonly bucketName?: string;
  /** @default none */
  readonly keyPrefix?: string;
  /** @default SSE-S3 (AES256) */
  readonly kmsKeyArn?: string;
  readonly retentionDays: number;
  /** @default none (the guard finding is suppressed with a reason) */
  readonly accessLogsBucket?: string;
  readonly forceDestroy: boolean;
}

/**
 * The bucket AWS Config delivers snapshots and history to: private (all four public-access-block settings,
 * ACLs disabled), encrypted, versioned, TLS-only, with expiry, and a policy that lets only the Config service of
 * this account check the bucket and write under `AWSLogs/<account>/Config/`.
 */
export class ConfigBucket extends Construct {
  readonly bucket: S3Bucket;
  readonly policy: S3BucketPolicy;
  /** The partition the stack deploys into (`aws`, `aws-cn`, `aws-us-gov`). */
  readonly partition: string;
  readonly accountId: string;

  constructor(scope: Construct, id: string, props: ConfigBucketProps) {
    super(scope, id);
    const account = new DataAwsCallerIdentity(this, 'account');
    const partition = new DataAwsPartition(this, 'partition');

    this.bucket = new S3Bucket(this, 'bucket', {
      ...(props.bucketName !== undefined
        ? { bucket: props.bucketName }
        : { bucketPrefix: 'config-history-' }),
      forceDestroy: props.forceDestroy,
    });
    const bucket = this.bucket.id;
    new S3BucketPublicAccessBlock(this, 'public-access-block', {
      bucket,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    new S3BucketOwnershipControls(this, 'ownership', {
      bucket,
      rule: { objectOwnership: 'BucketOwnerEnforced' },
    });
    new S3BucketVersioningA(this, 'versioning', { bucket, versioningConfiguration: { status: 'Enabled' } });
    new S3BucketServerSideEncryptionConfigurationA(this, 'encryption', {
      bucket,
      rule: [
        {
          applyServerSideEncryptionByDefault: props.kmsKeyArn
            ? { sseAlgorithm: 'aws:kms', kmsMasterKeyId: props.kmsKeyArn }
            : { sseAlgorithm: 'AES256' },
          bucketKeyEnabled: props.kmsKeyArn !== undefined,
        },
      ],
    });
    new S3BucketLifecycleConfiguration(this, 'lifecycle', {
      bucket,
      rule: [
        {
          id: 'expire-config-history',
          status: 'Enabled',
          filter: [{ prefix: '' }],
          expiration: [{ days: props.retentionDays }],
          noncurrentVersionExpiration: [{ noncurrentDays: 30 }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
        },
      ],
    });
    if (props.accessLogsBucket !== undefined) {
      new S3BucketLoggingA(this, 'access-logs', {
        bucket,
        targetBucket: props.accessLogsBucket,
        targetPrefix: 'config-history/',
      });
    } else {
      suppress(
        this.bucket,
        'GW-S3-007',
        'Only the AWS Config service writes to this bucket; pass accessLogsBucket to ConfigRecorder to log reads too',
      );
    }

    const prefix = props.keyPrefix ? `${props.keyPrefix}/` : '';
    const sourceAccount = [
      { test: 'StringEquals', variable: 'AWS:SourceAccount', values: [account.accountId] },
    ];
    const configService = [{ type: 'Service', identifiers: ['config.amazonaws.com'] }];
    const document = new DataAwsIamPolicyDocument(this, 'policy-document', {
      statement: [
        {
          sid: 'AWSConfigBucketPermissionsCheck',
          principals: configService,
          actions: ['s3:GetBucketAcl', 's3:ListBucket'],
          resources: [this.bucket.arn],
          condition: sourceAccount,
        },
        {
          sid: 'AWSConfigBucketDelivery',
          principals: configService,
          actions: ['s3:PutObject'],
          resources: [`${this.bucket.arn}/${prefix}AWSLogs/${account.accountId}/Config/*`],
          condition: [
            ...sourceAccount,
            { test: 'StringEquals', variable: 's3:x-amz-acl', values: ['bucket-owner-full-control'] },
          ],
        },
        {
          sid: 'DenyInsecureTransport',
          effect: 'Deny',
          principals: [{ type: '*', identifiers: ['*'] }],
          actions: ['s3:*'],
          resources: [this.bucket.arn, `${this.bucket.arn}/*`],
          condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
        },
      ],
    });
    this.policy = new S3BucketPolicy(this, 'policy', { bucket, policy: document.json });
    this.partition = partition.partition;
    this.accountId = account.accountId;
  }
}

/** Bucket names that are literals are checked against the S3 naming rules at synth time. */
export function validateBucketName(where: string, name: string | undefined): void {
  if (name === undefined || Token.isUnresolved(name)) return;
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) || name.includes('..')) {
    throw new Error(
      `${where}: bucketName must be 3-63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit, got "${name}"`,
    );
  }
}
