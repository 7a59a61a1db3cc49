import { companions, withoutCompanion } from '../../inspect/companions';
import { CheckResult, GuardRule, TerraformConfigView } from '../../model';
import { Body } from '../../terraform/body';
import { computed } from '../../values';
import { Expression } from '../../terraform/expression';

export type PublicAccessSetting =
  'block_public_acls' | 'block_public_policy' | 'ignore_public_acls' | 'restrict_public_buckets';

/**
 * Builds the rule for one of the four public-access-block settings. A bucket without a block is reported at the
 * bucket; a block that does not set the setting to true is reported at the block. An account-wide block that
 * sets it covers every bucket.
 */
export function publicAccessBlockRule(
  setting: PublicAccessSetting,
  rule: Omit<GuardRule, 'resourceTypes' | 'check' | 'severity'>,
): GuardRule {
  return {
    ...rule,
    severity: 'error',
    resourceTypes: ['aws_s3_bucket', 'aws_s3_bucket_public_access_block'],
    check(resource, config) {
      const account = accountWide(config, setting);
      if (account === true) return [];
      if (resource.type === 'aws_s3_bucket_public_access_block') {
        return settingResult(resource.body, setting, `${setting} is not true on this public access block`);
      }
      const found = companions(config, 'aws_s3_bucket_public_access_block', 'bucket', resource);
      if (found.matched.length > 0) return [];
      if (account instanceof Expression) {
        return [computed(`the account-wide ${setting}`, account, 'whether it covers this bucket')];
      }
      return withoutCompanion(
        found,
        `the bucket has no aws_s3_bucket_public_access_block setting ${setting}`,
      );
    },
  };
}

/** true when an account-wide block sets the setting, the expression when one computes it, else false. */
function accountWide(config: TerraformConfigView, setting: PublicAccessSetting): boolean | Expression {
  let computedBy: Expression | undefined;
  for (const block of config.ofType('aws_s3_account_public_access_block')) {
    const value = block.body.bool(setting);
    if (value === true) return true;
    if (value instanceof Expression) computedBy ??= value;
  }
  return computedBy ?? false;
}

function settingResult(body: Body, setting: PublicAccessSetting, violation: string): CheckResult[] {
  const value = body.bool(setting);
  if (value === true) return [];
  return value instanceof Expression ? [computed(setting, value, 'whether it is true')] : [violation];
}
