import { GuardRule } from '../model';
import { blocks } from '../values';

export const s3Encryption: GuardRule = {
  id: 'GW-S3-005',
  severity: 'warning',
  title: 'S3 bucket must declare default encryption',
  why: 'AWS applies SSE-S3 to new buckets, but a bucket whose IaC does not declare encryption can be switched to a weaker or missing setting without drift detection noticing; KMS keys also need declaring to be audited.',
  fix: 'Add an aws_s3_bucket_server_side_encryption_configuration for the bucket (sse_algorithm "aws:kms" or "AES256").',
  checkov: ['CKV_AWS_19', 'CKV_AWS_145'],
  trivy: ['aws-s3-enable-bucket-encryption'],
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, config) {
    if (blocks(bucket.values.server_side_encryption_configuration).length > 0) return [];
    const declared = config.referencing(
      'aws_s3_bucket_server_side_encryption_configuration',
      'bucket',
      bucket,
    );
    return declared.length > 0 ? [] : ['the bucket declares no server-side encryption configuration'];
  },
};
