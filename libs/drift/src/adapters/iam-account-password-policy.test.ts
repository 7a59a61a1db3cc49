import { directItems, engineFor } from '../fixtures/harness';
import { awsConfigExample } from '../fixtures/load-fixture';

const identity = {
  resources: {
    aws_iam_account_password_policy: {
      policy: {
        allow_users_to_change_password: true,
        hard_expiry: false,
        max_password_age: 90,
        minimum_password_length: 14,
        password_reuse_prevention: 24,
        require_lowercase_characters: true,
        require_numbers: true,
        require_symbols: true,
        require_uppercase_characters: true,
      },
    },
  },
  state: { 'aws_iam_account_password_policy.policy': { id: 'iam-account-password-policy' } },
};

/** A GetAccountPasswordPolicy output (IAM API reference: the PasswordPolicy data type). */
const output = (policy: Record<string, unknown> = {}) =>
  directItems({
    PasswordPolicy: {
      MinimumPasswordLength: 14,
      RequireSymbols: true,
      RequireNumbers: true,
      RequireUppercaseCharacters: true,
      RequireLowercaseCharacters: true,
      AllowUsersToChangePassword: true,
      ExpirePasswords: true,
      MaxPasswordAge: 90,
      PasswordReusePrevention: 24,
      HardExpiry: false,
      ...policy,
    },
  })[0];

describe('AWS::IAM::AccountPasswordPolicy adapter (direct read)', () => {
  const engine = engineFor({ identity });

  it('is in sync with the account policy', () => {
    expect(engine.checkItem(output())).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_iam_account_password_policy.policy',
      resourceId: '111122223333',
    });
  });

  it("is in sync with the AWS CLI reference's output, which omits what the policy leaves unset", () => {
    const published = directItems(
      awsConfigExample('awscli-iam-get-account-password-policy.json') as Record<string, unknown>,
    )[0];
    const matching = engineFor({
      identity: {
        resources: {
          aws_iam_account_password_policy: {
            policy: {
              allow_users_to_change_password: false,
              minimum_password_length: 8,
              require_lowercase_characters: false,
              require_numbers: true,
              require_symbols: true,
              require_uppercase_characters: false,
            },
          },
        },
        state: identity.state,
      },
    });
    expect(matching.checkItem(published)).toMatchObject({ status: 'IN_SYNC', differences: [] });
    expect(engine.checkItem(published).differences.map((d) => d.path)).toEqual([
      'minimum_password_length',
      'require_lowercase_characters',
      'require_uppercase_characters',
      'allow_users_to_change_password',
      'max_password_age',
      'password_reuse_prevention',
    ]);
  });

  it('reports the policy weakened: shorter passwords, no symbols, never expiring', () => {
    const weak = output({
      MinimumPasswordLength: 8,
      RequireSymbols: false,
      ExpirePasswords: false,
      MaxPasswordAge: undefined,
    });
    expect(engine.checkItem(weak).differences.map((d) => [d.path, d.expected, d.actual])).toEqual([
      ['minimum_password_length', 14, 8],
      ['require_symbols', true, false],
      ['max_password_age', 90, null],
    ]);
  });
});
