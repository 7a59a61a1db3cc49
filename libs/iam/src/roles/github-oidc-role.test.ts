import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { ACCOUNT, policyOf, simulateTrust } from '../test-support/simulate';
import { GithubOidcRole, GithubOidcRoleProps, githubSubjectClaim } from './github-oidc-role';

const PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;

function role(props: Partial<GithubOidcRoleProps> = {}) {
  return synthConstruct(
    (s) =>
      new GithubOidcRole(s, 'deploy', {
        roleName: 'github-deploy',
        subjects: [{ repository: 'acme/platform', branch: 'main' }],
        ...props,
      }),
  );
}

describe('GithubOidcRole', () => {
  it('creates the GitHub OIDC provider with the sts.amazonaws.com audience and trusts it', () => {
    const stack = role();
    const provider = stack.resource('aws_iam_openid_connect_provider');
    expect(provider.values).toMatchObject({
      url: 'https://token.actions.githubusercontent.com',
      client_id_list: ['sts.amazonaws.com'],
    });
    const trust = policyOf(stack.resource('aws_iam_role'), 'assume_role_policy');
    expect(trust.Statement).toEqual([
      {
        Sid: 'GithubActions',
        Effect: 'Allow',
        Principal: { Federated: [SynthesizedStack.ref(provider, 'arn')] },
        Action: ['sts:AssumeRoleWithWebIdentity'],
        Condition: {
          StringEquals: {
            'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
            'token.actions.githubusercontent.com:sub': ['repo:acme/platform:ref:refs/heads/main'],
          },
        },
      },
    ]);
  });

  it('uses an existing provider when given its ARN, and StringLike only when a subject has a wildcard', () => {
    const stack = role({
      providerArn: PROVIDER,
      subjects: ['repo:acme/platform:ref:refs/tags/v*', { repository: 'acme/platform', environment: 'prod' }],
    });
    expect(stack.resources('aws_iam_openid_connect_provider')).toHaveLength(0);
    const [statement] = policyOf(stack.resource('aws_iam_role'), 'assume_role_policy').Statement;
    expect(statement.Principal).toEqual({ Federated: [PROVIDER] });
    expect(statement.Condition).toEqual({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: {
        'token.actions.githubusercontent.com:sub': [
          'repo:acme/platform:ref:refs/tags/v*',
          'repo:acme/platform:environment:prod',
        ],
      },
    });
  });

  it('renders typed subjects as GitHub sub claims', () => {
    expect(githubSubjectClaim({ repository: 'acme/app', branch: 'release/*' })).toBe(
      'repo:acme/app:ref:refs/heads/release/*',
    );
    expect(githubSubjectClaim({ repository: 'acme/app', tag: 'v1.2.3' })).toBe(
      'repo:acme/app:ref:refs/tags/v1.2.3',
    );
    expect(githubSubjectClaim({ repository: 'acme/app', environment: 'production' })).toBe(
      'repo:acme/app:environment:production',
    );
  });

  it.each<[string, Partial<GithubOidcRoleProps>, RegExp]>([
    ['no subjects', { subjects: [] }, /subjects is empty/],
    ['a wildcard repository', { subjects: [{ repository: 'acme/*', branch: 'main' }] }, /without wildcards/],
    ['a wildcard owner in a raw subject', { subjects: ['repo:*:ref:refs/heads/main'] }, /without wildcards/],
    ['any-ref raw subject', { subjects: ['repo:acme/app:*'] }, /is not repo:owner\/name:ref/],
    ['a pull_request subject', { subjects: ['repo:acme/app:pull_request'] }, /is not repo:owner\/name:ref/],
    [
      'an empty branch',
      { subjects: [{ repository: 'acme/app', branch: '' }] },
      /branch "" must be non-empty/,
    ],
    [
      'a too long session',
      { maxSessionDurationSeconds: 50000 },
      /maxSessionDurationSeconds must be a whole number from 3600 to 43200, got 50000/,
    ],
  ])('rejects %s', (_title, props, message) => {
    expect(() => role(props)).toThrow(message);
  });

  describe('trust, by policy evaluation', () => {
    const stack = role({
      providerArn: PROVIDER,
      subjects: [
        { repository: 'acme/platform', branch: 'main' },
        { repository: 'acme/platform', environment: 'production' },
      ],
    });
    const trust = policyOf(stack.resource('aws_iam_role'), 'assume_role_policy');
    const assume = (sub: string, aud = 'sts.amazonaws.com') =>
      simulateTrust(
        {
          principal: PROVIDER,
          action: 'sts:AssumeRoleWithWebIdentity',
          resource: `arn:aws:iam::${ACCOUNT}:role/github-deploy`,
          context: {
            'token.actions.githubusercontent.com:sub': sub,
            'token.actions.githubusercontent.com:aud': aud,
          },
        },
        trust,
      );

    it('admits the configured branch and environment', () => {
      expect(assume('repo:acme/platform:ref:refs/heads/main')).toBe('Allowed');
      expect(assume('repo:acme/platform:environment:production')).toBe('Allowed');
    });

    it('refuses another repository, another branch and another audience', () => {
      expect(assume('repo:evil/platform:ref:refs/heads/main')).toBe('ImplicitlyDenied');
      expect(assume('repo:acme/platform-fork:ref:refs/heads/main')).toBe('ImplicitlyDenied');
      expect(assume('repo:acme/platform:ref:refs/heads/feature')).toBe('ImplicitlyDenied');
      expect(assume('repo:acme/platform:ref:refs/heads/main', 'https://github.com/acme')).toBe(
        'ImplicitlyDenied',
      );
    });
  });
});
