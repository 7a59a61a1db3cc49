import { companions, withoutCompanion } from '../../inspect/companions';
import { CheckResult, GuardRule } from '../../model';
import { Body } from '../../terraform/body';
import { Expression } from '../../terraform/expression';
import { computed, shown } from '../../values';

/** The server-side encryption algorithms S3 accepts. */
export const S3_SSE_ALGORITHMS = ['AES256', 'aws:kms', 'aws:kms:dsse'] as const;

export const s3Encryption: GuardRule = {
  id: 'GW-S3-005',
  severity: 'warning',
  title: 'S3 bucket must declare default encryption',
  why: 'AWS applies SSE-S3 to new buckets, but a bucket whose IaC does not declare encryption can be switched to a weaker or missing setting without drift detection noticing; KMS keys also need declaring to be audited.',
  fix: 'Add an aws_s3_bucket_server_side_encryption_configuration for the bucket (sse_algorithm "aws:kms" or "AES256").',
  checkov: ['CKV_AWS_19', 'CKV_AWS_145'],
  trivy: ['aws-s3-enable-bucket-encryption'],
  differences: [
    'A bucket that declares no encryption is reported (as a warning): AWS encrypts it with SSE-S3, but the setting is not under the IaC; checkov passes it since default encryption.',
  ],
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, config) {
    const inline = bucket.body.blocks('server_side_encryption_configuration');
    if (inline.length > 0) return inline.flatMap(algorithmResults);
    const found = companions(config, 'aws_s3_bucket_server_side_encryption_configuration', 'bucket', bucket);
    if (found.matched.length > 0) return found.matched.flatMap((c) => algorithmResults(c.body));
    return withoutCompanion(found, 'the bucket declares no server-side encryption configuration');
  },
};

/**
 * The configuration must set a default encryption, and each rule's default algorithm must be one S3 accepts (S3
 * rejects the configuration otherwise).
 */
function algorithmResults(configuration: Body): CheckResult[] {
  const rules = configuration.blocks('rule');
  if (!rules.some((rule) => rule.blocks('apply_server_side_encryption_by_default').length > 0))
    return ['the encryption configuration sets no apply_server_side_encryption_by_default'];
  return rules.flatMap((rule) =>
    rule.blocks('apply_server_side_encryption_by_default').flatMap((d): CheckResult[] => {
      const algorithm = d.string('sse_algorithm');
      if (algorithm === undefined)
        return [`sse_algorithm is not set, and S3 requires it (${S3_SSE_ALGORITHMS.join(', ')})`];
      if ((S3_SSE_ALGORITHMS as readonly string[]).includes(algorithm as string)) return [];
      if (algorithm instanceof Expression)
        return [computed('sse_algorithm', algorithm, 'whether S3 accepts it')];
      return [`sse_algorithm ${shown(algorithm)} is not one S3 accepts (${S3_SSE_ALGORITHMS.join(', ')})`];
    }),
  );
}
