import { companions, withoutCompanion } from '../../inspect/companions';
import { GuardRule, TerraformConfigView, TerraformResource } from '../../model';
import { Expression } from '../../terraform/expression';

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
    if (isInlineLogTarget(bucket, config)) return [];
    return withoutCompanion(found, 'the bucket has no aws_s3_bucket_logging');
  },
};

/** Does another bucket's inline (provider v3) `logging` block send its access logs to this bucket? */
function isInlineLogTarget(bucket: TerraformResource, config: TerraformConfigView): boolean {
  const targets = inlineLogTargets(config);
  const name = bucket.body.get('bucket');
  return (
    targets.addresses.has(bucket.blockAddress) ||
    (typeof name === 'string' && targets.literals.has(name)) ||
    (name instanceof Expression && targets.expressions.has(name.key))
  );
}

interface LogTargets {
  readonly addresses: Set<string>;
  readonly literals: Set<string>;
  readonly expressions: Set<string>;
}

// Read once per configuration: every bucket without logging asks.
const targetsRead = new WeakMap<TerraformConfigView, LogTargets>();

function inlineLogTargets(config: TerraformConfigView): LogTargets {
  let targets = targetsRead.get(config);
  if (targets) return targets;
  targets = { addresses: new Set(), literals: new Set(), expressions: new Set() };
  for (const b of config.ofType('aws_s3_bucket')) {
    for (const logging of b.body.blocks('logging')) {
      const target = logging.get('target_bucket');
      if (typeof target === 'string') targets.literals.add(target);
      else if (target instanceof Expression) {
        targets.expressions.add(target.key);
        for (const r of target.references) targets.addresses.add(r.address);
      }
    }
  }
  targetsRead.set(config, targets);
  return targets;
}
