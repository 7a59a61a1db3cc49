import { companions, withoutCompanion } from '../../inspect/companions';
import { GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';

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
    const found = companions(config, 'aws_s3_bucket_ownership_controls', 'bucket', bucket);
    const ownership = found.matched.flatMap((c) =>
      c.body.blocks('rule').map((r) => r.string('object_ownership')),
    );
    if (ownership.includes('BucketOwnerEnforced')) return [];
    const unknown = ownership.find((o): o is Expression => o instanceof Expression);
    if (unknown) return [computed('object_ownership', unknown, 'whether it is BucketOwnerEnforced')];
    if (found.matched.length > 0) return ['object_ownership is not "BucketOwnerEnforced"'];
    return withoutCompanion(found, 'the bucket has no aws_s3_bucket_ownership_controls');
  },
};
