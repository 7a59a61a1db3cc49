import { CheckResult, GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';

/** The CIS AWS Foundations password policy. */
export const PASSWORD_POLICY = { minimumLength: 14, reusePrevention: 24, maximumAge: 90 } as const;

const REQUIRED = [
  'require_lowercase_characters',
  'require_uppercase_characters',
  'require_numbers',
  'require_symbols',
] as const;

export const iamPasswordPolicy: GuardRule = {
  id: 'GW-IAM-005',
  severity: 'warning',
  title: 'IAM account password policy must be strong',
  why: 'Short, simple or reused console passwords are guessed or replayed from other breaches.',
  fix: `Set minimum_password_length >= ${PASSWORD_POLICY.minimumLength}, password_reuse_prevention >= ${PASSWORD_POLICY.reusePrevention}, max_password_age between 1 and ${PASSWORD_POLICY.maximumAge}, and require lower and upper case letters, numbers and symbols.`,
  checkov: ['CKV_AWS_10', 'CKV_AWS_13', 'CKV_AWS_9', 'CKV_AWS_11', 'CKV_AWS_15', 'CKV_AWS_12', 'CKV_AWS_14'],
  trivy: [
    'aws-iam-set-minimum-password-length',
    'aws-iam-no-password-reuse',
    'aws-iam-set-max-password-age',
    'aws-iam-require-lowercase-in-passwords',
    'aws-iam-require-uppercase-in-passwords',
    'aws-iam-require-numbers-in-passwords',
    'aws-iam-require-symbols-in-passwords',
  ],
  differences: [
    'One rule checks every setting, so a policy that sets one of them well is still reported for the others; checkov and trivy check each setting apart.',
  ],
  resourceTypes: ['aws_iam_account_password_policy'],
  check(policy) {
    const b = policy.body;
    const out: CheckResult[] = [];
    const atLeast = (name: string, minimum: number, unsetMeans: string) => {
      const v = b.number(name);
      if (v instanceof Expression) out.push(computed(name, v, `whether it is at least ${minimum}`));
      else if (v === undefined) out.push(`${name} is not set (${unsetMeans})`);
      else if (v < minimum) out.push(`${name} is ${v}, under ${minimum}`);
    };
    atLeast('minimum_password_length', PASSWORD_POLICY.minimumLength, 'AWS requires 8 characters');
    atLeast('password_reuse_prevention', PASSWORD_POLICY.reusePrevention, 'old passwords may be reused');
    const age = b.number('max_password_age');
    if (age instanceof Expression)
      out.push(
        computed(
          'max_password_age',
          age,
          `whether passwords expire within ${PASSWORD_POLICY.maximumAge} days`,
        ),
      );
    else if (age === undefined || age === 0) out.push('max_password_age is not set (passwords never expire)');
    else if (age > PASSWORD_POLICY.maximumAge)
      out.push(`max_password_age is ${age} days, over ${PASSWORD_POLICY.maximumAge}`);
    for (const name of REQUIRED) {
      const v = b.bool(name);
      if (v instanceof Expression) out.push(computed(name, v, 'whether it is required'));
      else if (v !== true) out.push(`${name} is not true`);
    }
    return out;
  },
};
