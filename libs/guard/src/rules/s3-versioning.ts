import { GuardRule } from '../model';
import { blocks, isTrue, isUnresolved } from '../values';

export const s3Versioning: GuardRule = {
  id: 'GW-S3-006',
  severity: 'warning',
  title: 'S3 bucket must have versioning enabled',
  why: 'Without versioning an overwrite or delete, by mistake or by ransomware, destroys the only copy of an object.',
  fix: 'Add an aws_s3_bucket_versioning for the bucket with versioning_configuration { status = "Enabled" }.',
  checkov: ['CKV_AWS_21'],
  trivy: ['aws-s3-enable-versioning'],
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, config) {
    if (blocks(bucket.values.versioning).some((v) => isTrue(v.enabled) || isUnresolved(v.enabled))) return [];
    const versionings = config.referencing('aws_s3_bucket_versioning', 'bucket', bucket);
    const enabled = versionings.some((v) =>
      blocks(v.values.versioning_configuration).some((c) => c.status === 'Enabled' || isUnresolved(c.status)),
    );
    if (enabled) return [];
    return versionings.length === 0
      ? ['the bucket has no aws_s3_bucket_versioning']
      : ['the bucket versioning status is not "Enabled"'];
  },
};
