import { RuleFixtures, tf } from '../../testing/rule-fixtures';

const adminDoc = JSON.stringify({
  Version: '2012-10-17',
  Statement: { Effect: 'Allow', Action: '*', Resource: '*' },
});
const readDoc = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }],
});

const IAM_001: RuleFixtures = {
  passes: [
    { name: 'a scoped policy', json: tf({ aws_iam_policy: { read: { policy: readDoc } } }) },
    {
      name: 'an admin policy on an admins group',
      json: tf({
        aws_iam_group: { admins: { name: 'platform-admins' } },
        aws_iam_group_policy: { full: { group: '${aws_iam_group.admins.name}', policy: adminDoc } },
      }),
    },
    {
      name: 'a managed admin policy attached only to an admins group',
      json: tf({
        aws_iam_group: { admins: { name: 'Administrators' } },
        aws_iam_policy: { full: { policy: adminDoc } },
        aws_iam_group_policy_attachment: {
          a: { group: '${aws_iam_group.admins.name}', policy_arn: '${aws_iam_policy.full.arn}' },
        },
      }),
    },
    {
      name: 'AWS AdministratorAccess attached to an admins group',
      json: tf({
        aws_iam_group_policy_attachment: {
          a: { group: 'Admins', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
        },
      }),
    },
    {
      name: 'another AWS managed policy attached to a role',
      json: tf({
        aws_iam_role_policy_attachment: {
          a: { role: 'app', policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        },
      }),
    },
    {
      name: '"*" on "*" denied, not allowed',
      json: tf({
        aws_iam_role_policy: {
          p: {
            role: 'app',
            policy: JSON.stringify({ Statement: { Effect: 'Deny', Action: '*', Resource: '*' } }),
          },
        },
      }),
    },
  ],
  fails: [
    {
      name: 'AWS AdministratorAccess attached to a role',
      json: tf({
        aws_iam_role_policy_attachment: {
          a: { role: 'ci', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
        },
      }),
      at: 'aws_iam_role_policy_attachment.a',
    },
    {
      name: 'an inline role policy with "*" on "*"',
      json: tf({ aws_iam_role_policy: { p: { role: 'app', policy: adminDoc } } }),
      at: 'aws_iam_role_policy.p',
    },
    {
      name: 'a role with an inline_policy block granting "*:*"',
      json: tf({
        aws_iam_role: {
          r: {
            assume_role_policy: '{}',
            inline_policy: {
              name: 'all',
              policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: ['*:*'], Resource: ['*'] }] }),
            },
          },
        },
      }),
      at: 'aws_iam_role.r',
    },
    {
      name: 'a managed admin policy (from a policy document) attached to a role',
      json: tf(
        {
          aws_iam_policy: { full: { policy: '${data.aws_iam_policy_document.full.json}' } },
          aws_iam_role_policy_attachment: { a: { role: 'app', policy_arn: '${aws_iam_policy.full.arn}' } },
        },
        { aws_iam_policy_document: { full: { statement: [{ actions: ['*'], resources: ['*'] }] } } },
      ),
      at: 'aws_iam_policy.full',
    },
    {
      name: 'an admin policy on a developers group',
      json: tf({
        aws_iam_group: { devs: { name: 'developers' } },
        aws_iam_group_policy: { full: { group: '${aws_iam_group.devs.name}', policy: adminDoc } },
      }),
      at: 'aws_iam_group_policy.full',
    },
  ],
  undecided: [
    {
      name: 'a policy from an expression it cannot read',
      json: tf({ aws_iam_role_policy: { p: { role: 'r', policy: '${file("p.json")}' } } }),
      at: 'aws_iam_role_policy.p',
    },
    {
      name: 'an admin policy on a group named by a variable',
      json: tf({ aws_iam_group_policy: { full: { group: '${var.group}', policy: adminDoc } } }),
      at: 'aws_iam_group_policy.full',
    },
    {
      name: 'a policy whose actions are computed',
      json: tf(
        {
          aws_iam_role_policy: {
            p: {
              role: 'app',
              policy: '${data.aws_iam_policy_document.p.json}',
            },
          },
        },
        { aws_iam_policy_document: { p: { statement: { actions: '${var.actions}', resources: ['*'] } } } },
      ),
      at: 'aws_iam_role_policy.p',
    },
  ],
};

const IAM_002: RuleFixtures = {
  passes: [
    {
      name: 'a group attachment',
      json: tf({
        aws_iam_group_policy_attachment: {
          a: { group: 'devs', policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        },
      }),
    },
    {
      name: 'a shared attachment to groups only',
      json: tf({ aws_iam_policy_attachment: { a: { name: 'a', groups: ['devs'], policy_arn: 'arn:x' } } }),
    },
  ],
  fails: [
    {
      name: 'a user policy attachment',
      json: tf({ aws_iam_user_policy_attachment: { a: { user: 'alice', policy_arn: 'arn:x' } } }),
      at: 'aws_iam_user_policy_attachment.a',
    },
    {
      name: 'an inline user policy',
      json: tf({ aws_iam_user_policy: { p: { user: 'alice', policy: adminDoc } } }),
      at: 'aws_iam_user_policy.p',
    },
    {
      name: 'a shared attachment naming users',
      json: tf({
        aws_iam_policy_attachment: {
          a: { name: 'a', users: ['${aws_iam_user.alice.name}'], policy_arn: 'arn:x' },
        },
      }),
      at: 'aws_iam_policy_attachment.a',
    },
  ],
  undecided: [
    {
      name: 'a shared attachment whose users are computed',
      json: tf({
        aws_iam_policy_attachment: { a: { name: 'a', users: '${var.users}', policy_arn: 'arn:x' } },
      }),
      at: 'aws_iam_policy_attachment.a',
    },
  ],
};

const GITHUB_PROVIDER = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const githubTrust = (
  condition: Record<string, unknown> | undefined,
  federated: unknown = GITHUB_PROVIDER,
) => ({
  aws_iam_role: {
    deploy: {
      name: 'deploy',
      assume_role_policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: federated },
            Action: 'sts:AssumeRoleWithWebIdentity',
            ...(condition ? { Condition: condition } : {}),
          },
        ],
      }),
    },
  },
});
const sub = (test: string, values: unknown) => ({
  StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
  [test]: { 'token.actions.githubusercontent.com:sub': values },
});

/** A GitHub Actions trust written with jsonencode, as HCL converted by hcl2json keeps it: `sub` given or not. */
const encodedGithubTrust = (subject?: string) => ({
  aws_iam_role: {
    deploy: {
      assume_role_policy: `\${jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow" # the provider is written out
        Principal = {
          Federated = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"
        }
        Action = "sts:AssumeRoleWithWebIdentity"
        Condition = {
          StringEquals = {
            "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com"${
              subject === undefined
                ? ''
                : `
            "token.actions.githubusercontent.com:sub" = ${subject}`
            }
          }
        }
      },
    ]
  })}`,
    },
  },
});

const IAM_003: RuleFixtures = {
  passes: [
    {
      name: 'a repository and environment',
      json: tf(githubTrust(sub('StringEquals', 'repo:acme/app:environment:prod'))),
    },
    {
      name: 'a repository and any ref',
      json: tf(githubTrust(sub('StringLike', ['repo:acme/app:*', 'repo:acme/infra:ref:refs/heads/main']))),
    },
    {
      name: 'a provider named by reference, in a policy document',
      json: tf(
        {
          aws_iam_openid_connect_provider: {
            github: {
              url: 'https://token.actions.githubusercontent.com',
              client_id_list: ['sts.amazonaws.com'],
            },
          },
          aws_iam_role: { deploy: { assume_role_policy: '${data.aws_iam_policy_document.trust.json}' } },
        },
        {
          aws_iam_policy_document: {
            trust: {
              statement: {
                actions: ['sts:AssumeRoleWithWebIdentity'],
                principals: {
                  type: 'Federated',
                  identifiers: ['${aws_iam_openid_connect_provider.github.arn}'],
                },
                condition: [
                  {
                    test: 'StringEquals',
                    variable: 'token.actions.githubusercontent.com:aud',
                    values: ['sts.amazonaws.com'],
                  },
                  {
                    test: 'StringEquals',
                    variable: 'token.actions.githubusercontent.com:sub',
                    values: ['repo:acme/app:environment:prod'],
                  },
                ],
              },
            },
          },
        },
      ),
    },
    {
      name: 'a jsonencode trust pinned to a repository',
      json: tf(encodedGithubTrust('"repo:acme/app:ref:refs/heads/main"')),
    },
    {
      name: 'a role trusted by a service',
      json: tf({
        aws_iam_role: {
          app: {
            assume_role_policy: JSON.stringify({
              Statement: {
                Effect: 'Allow',
                Principal: { Service: 'ec2.amazonaws.com' },
                Action: 'sts:AssumeRole',
              },
            }),
          },
        },
      }),
    },
  ],
  fails: [
    { name: 'no condition', json: tf(githubTrust(undefined)), at: 'aws_iam_role.deploy' },
    {
      name: 'a jsonencode trust with only the audience',
      json: tf(encodedGithubTrust()),
      at: 'aws_iam_role.deploy',
    },
    {
      name: 'only the audience',
      json: tf(
        githubTrust({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } }),
      ),
      at: 'aws_iam_role.deploy',
    },
    { name: 'sub "*"', json: tf(githubTrust(sub('StringLike', '*'))), at: 'aws_iam_role.deploy' },
    {
      name: 'any repository of the owner',
      json: tf(githubTrust(sub('StringLike', 'repo:acme/*'))),
      at: 'aws_iam_role.deploy',
    },
    {
      name: 'an owner wildcard',
      json: tf(githubTrust(sub('StringLike', 'repo:acme*'))),
      at: 'aws_iam_role.deploy',
    },
    {
      name: 'a claim other than repo first',
      json: tf(githubTrust(sub('StringEquals', 'workflow:deploy:repo:acme/app'))),
      at: 'aws_iam_role.deploy',
    },
    {
      name: 'one pinned and one open value',
      json: tf(githubTrust(sub('StringLike', ['repo:acme/app:*', 'repo:*']))),
      at: 'aws_iam_role.deploy',
    },
    {
      name: 'a negated test',
      json: tf(githubTrust(sub('StringNotEquals', 'repo:acme/app:environment:prod'))),
      at: 'aws_iam_role.deploy',
    },
  ],
  undecided: [
    {
      name: 'a computed subject',
      json: tf(githubTrust(sub('StringEquals', '${var.subject}'))),
      at: 'aws_iam_role.deploy',
    },
    {
      name: 'a jsonencode trust whose subject is a variable',
      json: tf(encodedGithubTrust('var.subject')),
      at: 'aws_iam_role.deploy',
    },
    {
      name: 'a trust policy it cannot read',
      json: tf({ aws_iam_role: { deploy: { assume_role_policy: '${file("trust.json")}' } } }),
      at: 'aws_iam_role.deploy',
    },
  ],
};

const trust = (principal: unknown, condition?: Record<string, unknown>) => ({
  aws_iam_role: {
    r: {
      assume_role_policy: JSON.stringify({
        Statement: [
          {
            Sid: 'Assume',
            Effect: 'Allow',
            Principal: principal,
            Action: 'sts:AssumeRole',
            ...(condition ? { Condition: condition } : {}),
          },
        ],
      }),
    },
  },
});

const IAM_004: RuleFixtures = {
  passes: [
    { name: 'a named account', json: tf(trust({ AWS: 'arn:aws:iam::111122223333:root' })) },
    { name: 'a service', json: tf(trust({ Service: 'lambda.amazonaws.com' })) },
    {
      name: '"*" narrowed to the organization',
      json: tf(trust({ AWS: '*' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } })),
    },
  ],
  fails: [
    { name: 'AWS "*"', json: tf(trust({ AWS: '*' })), at: 'aws_iam_role.r' },
    {
      name: 'AWS "*" with only MFA required',
      json: tf(trust({ AWS: '*' }, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } })),
      at: 'aws_iam_role.r',
    },
  ],
  undecided: [
    {
      name: 'a principal given by a variable',
      json: tf(
        { aws_iam_role: { r: { assume_role_policy: '${data.aws_iam_policy_document.t.json}' } } },
        {
          aws_iam_policy_document: {
            t: {
              statement: {
                actions: ['sts:AssumeRole'],
                principals: { type: 'AWS', identifiers: ['${var.trusted}'] },
              },
            },
          },
        },
      ),
      at: 'aws_iam_role.r',
    },
  ],
};

const passwordPolicy = (extra: Record<string, unknown>) => ({
  aws_iam_account_password_policy: {
    p: {
      minimum_password_length: 14,
      password_reuse_prevention: 24,
      max_password_age: 90,
      require_lowercase_characters: true,
      require_uppercase_characters: true,
      require_numbers: true,
      require_symbols: true,
      ...extra,
    },
  },
});

const IAM_005: RuleFixtures = {
  passes: [
    { name: 'the CIS policy', json: tf(passwordPolicy({})) },
    {
      name: 'stricter, with numbers as strings',
      json: tf(passwordPolicy({ minimum_password_length: '20', max_password_age: '30' })),
    },
  ],
  fails: [
    {
      name: 'short passwords',
      json: tf(passwordPolicy({ minimum_password_length: 8 })),
      at: 'aws_iam_account_password_policy.p',
    },
    {
      name: 'no reuse prevention',
      json: tf(passwordPolicy({ password_reuse_prevention: null })),
      at: 'aws_iam_account_password_policy.p',
    },
    {
      name: 'passwords that never expire',
      json: tf(passwordPolicy({ max_password_age: null })),
      at: 'aws_iam_account_password_policy.p',
    },
    {
      name: 'no symbols required',
      json: tf(passwordPolicy({ require_symbols: false })),
      at: 'aws_iam_account_password_policy.p',
    },
  ],
  undecided: [
    {
      name: 'a computed length',
      json: tf(passwordPolicy({ minimum_password_length: '${var.length}' })),
      at: 'aws_iam_account_password_policy.p',
    },
  ],
};

export const IAM_FIXTURES: Record<string, RuleFixtures> = {
  'GW-IAM-001': IAM_001,
  'GW-IAM-002': IAM_002,
  'GW-IAM-003': IAM_003,
  'GW-IAM-004': IAM_004,
  'GW-IAM-005': IAM_005,
};
