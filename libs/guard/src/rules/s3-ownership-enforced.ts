import { GuardRule } from '../model';
import { blocks, isUnresolved } from '../values';

export const s3OwnershipEnforced: GuardRule = {
  id: 'GW-S3-008',
  severity: 'warning',
  title: 'S3 bucket must enforce bucket-owner object ownership (ACLs disabled)',
  why: 'With ACLs enabled, objects written by other accounts stay theirs and access is split between policies and per-object ACLs that are hard to audit.',
  fix: 'Add an aws_s3_bucket_ownership_controls for the bucket with rule { object_ownership = "BucketOwnerEnforced" }.',
  checkov: ['CKV2_AWS_65'],
  trivy: [],
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, config) {
    const controls = config.referencing('aws_s3_bucket_ownership_controls', 'bucket', bucket);
    const enforced = controls.some((c) =>
      blocks(c.values.rule).some(
        (r) => r.object_ownership === 'BucketOwnerEnforced' || isUnresolved(r.object_ownership),
      ),
    );
    if (enforced) return [];
    return controls.length === 0
      ? ['the bucket has no aws_s3_bucket_ownership_controls']
      : ['object_ownership is not "BucketOwnerEnforced"'];
  },
};
