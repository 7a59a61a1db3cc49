// The sweep bucket: shard lists, shard results, organization reports and the compliance state between sweeps.
// Private (all four public-access-block settings, ACLs disabled), encrypted, versioned, TLS-only; a sweep's objects
// expire after the retention, the compliance state (rewritten every sweep) is kept.
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import type { Construct } from 'constructs';
import { suppress } from '../suppress';

export interface SweepBucketProps {
  readonly bucketName: string;
  readonly retentionDays: number;
  /** @default none (the guard finding is suppressed with a reason) */
  readonly accessLogsBucket?: string;
}

export function sweepBucket(scope: Construct, props: SweepBucketProps): S3Bucket {
  const bucket = new S3Bucket(scope, 'bucket', { bucket: props.bucketName });
  const id = bucket.id;
  new S3BucketPublicAccessBlock(scope, 'bucket-public-access-block', {
    bucket: id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
  new S3BucketOwnershipControls(scope, 'bucket-ownership', {
    bucket: id,
    rule: { objectOwnership: 'BucketOwnerEnforced' },
  });
  new S3BucketVersioningA(scope, 'bucket-versioning', {
    bucket: id,
    versioningConfiguration: { status: 'Enabled' },
  });
  new S3BucketServerSideEncryptionConfigurationA(scope, 'bucket-encryption', {
    bucket: id,
    rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
  });
  new S3BucketLifecycleConfiguration(scope, 'bucket-lifecycle', {
    bucket: id,
    rule: [
      // Pending evaluations are deleted once delivered; those of a region without a rule expire with the sweeps.
      ...['sweeps/', 'map-results/', 'evaluations/'].map((prefix) => ({
        id: `expire-${prefix.slice(0, -1)}`,
        status: 'Enabled',
        filter: [{ prefix }],
        expiration: [{ days: props.retentionDays }],
        noncurrentVersionExpiration: [{ noncurrentDays: 7 }],
        abortIncompleteMultipartUpload: [{ daysAfterInitiation: 1 }],
      })),
      {
        id: 'expire-replaced-compliance',
        status: 'Enabled',
        filter: [{ prefix: 'compliance/' }],
        noncurrentVersionExpiration: [{ noncurrentDays: 7 }],
      },
    ],
  });
  if (props.accessLogsBucket !== undefined)
    new S3BucketLoggingA(scope, 'bucket-access-logs', {
      bucket: id,
      targetBucket: props.accessLogsBucket,
      targetPrefix: 'drift-sweeps/',
    });
  else
    suppress(
      bucket,
      'GW-S3-007',
      'Only the sweep functions and the state machine write to this bucket; pass accessLogsBucket to log reads too',
    );
  const tlsOnly = new DataAwsIamPolicyDocument(scope, 'bucket-policy-document', {
    statement: [
      {
        sid: 'DenyInsecureTransport',
        effect: 'Deny',
        principals: [{ type: '*', identifiers: ['*'] }],
        actions: ['s3:*'],
        resources: [bucket.arn, `${bucket.arn}/*`],
        condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
      },
    ],
  });
  new S3BucketPolicy(scope, 'bucket-policy', { bucket: id, policy: tlsOnly.json });
  return bucket;
}
