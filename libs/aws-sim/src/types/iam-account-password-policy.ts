// The account's IAM password policy: an account setting, read directly (IAM GetAccountPasswordPolicy); neither a
// Config nor a CloudFormation type.
import type { SimulatedType } from './simulated-type';

export const iamAccountPasswordPolicy: SimulatedType = {
  terraformTypes: {
    aws_iam_account_password_policy: {
      computed: (v) => ({
        id: 'iam-account-password-policy',
        expire_passwords: v.max_password_age !== undefined,
      }),
      direct: ({ attrs: a }, _lookup, ctx) => ({
        typeName: 'AWS::IAM::AccountPasswordPolicy',
        identifier: ctx.account,
        region: 'global',
        // IAM's defaults for what the IaC leaves out (IAM API reference, UpdateAccountPasswordPolicy).
        output: {
          PasswordPolicy: {
            MinimumPasswordLength: a.minimum_password_length ?? 6,
            RequireSymbols: a.require_symbols ?? false,
            RequireNumbers: a.require_numbers ?? false,
            RequireUppercaseCharacters: a.require_uppercase_characters ?? false,
            RequireLowercaseCharacters: a.require_lowercase_characters ?? false,
            AllowUsersToChangePassword: a.allow_users_to_change_password ?? true,
            ExpirePasswords: Number(a.max_password_age ?? 0) > 0,
            ...(Number(a.max_password_age ?? 0) > 0 ? { MaxPasswordAge: a.max_password_age } : {}),
            ...(a.password_reuse_prevention ? { PasswordReusePrevention: a.password_reuse_prevention } : {}),
            HardExpiry: a.hard_expiry ?? false,
          },
        },
      }),
    },
  },
};
