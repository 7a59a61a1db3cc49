import { isRecord } from '@groundwork/core';
import type { ConfigItem } from '../live/config-item';
import type { Adapter } from './adapter';
import { bool, conf, defined, keys } from './helpers';

/** The account's one password policy: the provider's id for it, and the key both sides share. */
const PASSWORD_POLICY = 'iam-account-password-policy';

/** The `PasswordPolicy` of a GetAccountPasswordPolicy output, whether the item holds it or the whole output. */
function passwordPolicy(item: ConfigItem): Record<string, unknown> {
  const c = conf(item);
  return isRecord(c['PasswordPolicy']) ? c['PasswordPolicy'] : c;
}

/**
 * The IAM account password policy, read directly with IAM GetAccountPasswordPolicy: an account setting, not a
 * resource. `AWS::IAM::AccountPasswordPolicy` is this project's name for the read (after the API's noun); it is
 * neither an AWS Config nor a CloudFormation type, so neither Config nor Cloud Control can read it.
 *
 * The item's configuration is the output's `PasswordPolicy` (IAM API reference, PasswordPolicy data type):
 * MinimumPasswordLength, RequireSymbols, RequireNumbers, RequireUppercaseCharacters, RequireLowercaseCharacters,
 * AllowUsersToChangePassword, ExpirePasswords (true when MaxPasswordAge > 0: derived, not compared), MaxPasswordAge,
 * PasswordReusePrevention, HardExpiry. `resourceId` is the account id; an account without a policy answers
 * NoSuchEntity, which is the policy deleted.
 */
export const iamAccountPasswordPolicyAdapter: Adapter = {
  configType: 'AWS::IAM::AccountPasswordPolicy',
  source: 'direct',
  global: true,
  terraformTypes: ['aws_iam_account_password_policy'],
  folds: [],
  compared: [
    'minimum_password_length',
    'require_lowercase_characters',
    'require_uppercase_characters',
    'require_numbers',
    'require_symbols',
    'allow_users_to_change_password',
    'max_password_age (0 = never expire)',
    'password_reuse_prevention',
    'hard_expiry',
  ],
  joinKey: 'the account (one policy per account)',
  desiredKeys: () => [PASSWORD_POLICY],
  liveKeys: (item) => keys(PASSWORD_POLICY, item.resourceId),
  expected: (input) => {
    const v = input.values;
    const owned = input.ownsResource;
    return defined({
      // The provider's defaults, which it always sends.
      minimum_password_length: v['minimum_password_length'] ?? (owned ? 6 : undefined),
      require_lowercase_characters: bool(v['require_lowercase_characters']),
      require_uppercase_characters: bool(v['require_uppercase_characters']),
      require_numbers: bool(v['require_numbers']),
      require_symbols: bool(v['require_symbols']),
      allow_users_to_change_password: bool(v['allow_users_to_change_password'] ?? (owned ? true : undefined)),
      max_password_age: v['max_password_age'],
      password_reuse_prevention: v['password_reuse_prevention'],
      hard_expiry: bool(v['hard_expiry']),
    });
  },
  actual: (item) => {
    const p = passwordPolicy(item);
    return {
      minimum_password_length: p['MinimumPasswordLength'],
      require_lowercase_characters: bool(p['RequireLowercaseCharacters']),
      require_uppercase_characters: bool(p['RequireUppercaseCharacters']),
      require_numbers: bool(p['RequireNumbers']),
      require_symbols: bool(p['RequireSymbols']),
      allow_users_to_change_password: bool(p['AllowUsersToChangePassword']),
      max_password_age: p['MaxPasswordAge'],
      password_reuse_prevention: p['PasswordReusePrevention'],
      hard_expiry: bool(p['HardExpiry']),
    };
  },
};
