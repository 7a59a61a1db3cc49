// The account's IAM password policy: a setting of the account, no resource type of its own (not recorded by Config).
import type { SimulatedType } from './simulated-type';

export const iamAccountPasswordPolicy: SimulatedType = {
  terraformTypes: {
    aws_iam_account_password_policy: {
      computed: (v) => ({
        id: 'iam-account-password-policy',
        expire_passwords: v.max_password_age !== undefined,
      }),
    },
  },
};
