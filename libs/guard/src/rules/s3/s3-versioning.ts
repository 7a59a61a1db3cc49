import { companions, withoutCompanion } from '../../inspect/companions';
import { CheckResult, GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';

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
    const inline = bucket.body.blocks('versioning');
    const inlineEnabled = inline.map((v) => v.bool('enabled'));
    if (inlineEnabled.includes(true)) return [];
    const found = companions(config, 'aws_s3_bucket_versioning', 'bucket', bucket);
    const statuses = found.matched.flatMap((v) =>
      v.body.blocks('versioning_configuration').map((c) => c.string('status')),
    );
    if (statuses.includes('Enabled')) return [];
    const unknown = [...inlineEnabled, ...statuses].find((s): s is Expression => s instanceof Expression);
    if (unknown) return [computed('the versioning status', unknown, 'whether versioning is enabled')];
    if (found.matched.length > 0) return ['the bucket versioning status is not "Enabled"'];
    if (inline.length > 0) return ['versioning.enabled is not true'];
    return withoutCompanion(found, 'the bucket has no aws_s3_bucket_versioning') as CheckResult[];
  },
};
