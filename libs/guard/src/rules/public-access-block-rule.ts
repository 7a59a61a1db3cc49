import { GuardRule, TerraformConfigView, TerraformResource } from '../model';
import { isTrue, isUnresolved } from '../values';

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
  const accountWide = (config: TerraformConfigView) =>
    config.ofType('aws_s3_account_public_access_block').some((b) => settingHolds(b, setting));
  return {
    ...rule,
    severity: 'error',
    resourceTypes: ['aws_s3_bucket', 'aws_s3_bucket_public_access_block'],
    check(resource, config) {
      if (accountWide(config)) return [];
      if (resource.type === 'aws_s3_bucket_public_access_block') {
        return settingHolds(resource, setting) ? [] : [`${setting} is not true on this public access block`];
      }
      const blocks = config.referencing('aws_s3_bucket_public_access_block', 'bucket', resource);
      return blocks.length === 0
        ? [`the bucket has no aws_s3_bucket_public_access_block setting ${setting}`]
        : [];
    },
  };
}

function settingHolds(block: TerraformResource, setting: PublicAccessSetting): boolean {
  const value = block.values[setting];
  return isTrue(value) || isUnresolved(value);
}
