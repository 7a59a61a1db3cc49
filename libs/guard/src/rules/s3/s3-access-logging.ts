import { companions, withoutCompanion } from '../../inspect/companions';
import { GuardRule } from '../../model';

export const s3AccessLogging: GuardRule = {
  id: 'GW-S3-007',
  severity: 'warning',
  title: 'S3 bucket must have server access logging',
  why: 'Access logs are the record of who read or changed which object; without them an incident cannot be investigated.',
  fix: 'Add an aws_s3_bucket_logging for the bucket with a target_bucket that collects access logs. Buckets that are themselves log targets are exempt.',
  checkov: ['CKV_AWS_18'],
  trivy: ['aws-s3-enable-logging'],
  differences: ["A bucket that receives other buckets' access logs is exempt; checkov reports it too."],
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, config) {
    if (bucket.body.blocks('logging').length > 0) return [];
    const found = companions(config, 'aws_s3_bucket_logging', 'bucket', bucket);
    if (found.matched.length > 0) return [];
    // Logging a log bucket into itself or another bucket loops or only moves the problem.
    if (config.referencing('aws_s3_bucket_logging', 'target_bucket', bucket).length > 0) return [];
    return withoutCompanion(found, 'the bucket has no aws_s3_bucket_logging');
  },
};
