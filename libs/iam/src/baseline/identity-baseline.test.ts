import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { PolicyJson } from '../policy/policy-document';
import { ADMINISTRATOR_ACCESS, POWER_USER_ACCESS } from '../test-support/aws-managed-policies';
import { ACCOUNT, policyOf, simulate } from '../test-support/simulate';
import { IdentityBaseline, IdentityBaselineProps } from './identity-baseline';

function baseline(props: IdentityBaselineProps = {}) {
  return synthConstruct((s) => new IdentityBaseline(s, 'identity', props));
}

describe('IdentityBaseline', () => {
  const stack = baseline({
    users: [
      { kind: 'iamUser', userName: 'alice', groups: ['Admins'] },
      { kind: 'iamUser', userName: 'bob', groups: ['Developers'], loginProfile: { pgpKey: 'keybase:bob' } },
      { kind: 'iamUser', userName: 'carol', groups: ['Auditors', 'Developers'] },
    ],
  });

  it('sets a strict account password policy', () => {
    expect(stack.resource('aws_iam_account_password_policy').values).toMatchObject({
      minimum_password_length: 14,
      require_lowercase_characters: true,
      require_uppercase_characters: true,
      require_numbers: true,
      require_symbols: true,
      allow_users_to_change_password: true,
      max_password_age: 90,
      password_reuse_prevention: 24,
      hard_expiry: false,
    });
  });

  it('creates the three groups with their managed policies and the MFA policy on each', () => {
    const names = stack.resources('aws_iam_group').map((g) => g.values.name);
    expect(names.sort()).toEqual(['Admins', 'Auditors', 'Developers']);
    const attachments = stack.resources('aws_iam_group_policy_attachment');
    const byGroup = (slug: string) =>
      attachments
        .filter((a) => String(a.values.group).includes(`${slug}-group`))
        .map((a) => String(a.values.policy_arn));
    const mfaArn = SynthesizedStack.ref(stack.resource('aws_iam_policy', 'mfa'), 'arn');
    expect(byGroup('admins').sort()).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess', mfaArn].sort());
    expect(byGroup('auditors').sort()).toEqual(
      ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/SecurityAudit', mfaArn].sort(),
    );
    expect(byGroup('developers')).toEqual(
      expect.arrayContaining([
        'arn:aws:iam::aws:policy/PowerUserAccess',
        SynthesizedStack.ref(stack.resource('aws_iam_policy', 'developer'), 'arn'),
        mfaArn,
      ]),
    );
  });

  it('places users in their groups, gives login profiles only where asked, and never creates access keys', () => {
    const membership = stack.resource('aws_iam_user_group_membership', 'carol').values;
    expect(membership.groups).toEqual([
      SynthesizedStack.ref(stack.resource('aws_iam_group', 'auditors'), 'name'),
      SynthesizedStack.ref(stack.resource('aws_iam_group', 'developers'), 'name'),
    ]);
    const profiles = stack.resources('aws_iam_user_login_profile');
    expect(profiles).toHaveLength(1);
    expect(profiles[0].values).toMatchObject({ pgp_key: 'keybase:bob', password_reset_required: true });
    expect(stack.resources('aws_iam_access_key')).toHaveLength(0);
  });

  it('renders the Developers IAM set: read IAM and pass only service roles', () => {
    const policy = policyOf(stack.resource('aws_iam_policy', 'developer'));
    expect(policy.Statement).toEqual([
      {
        Sid: 'ReadIam',
        Effect: 'Allow',
        Action: ['iam:Get*', 'iam:List*', 'iam:GenerateServiceLastAccessedDetails'],
        Resource: ['*'],
      },
      {
        Sid: 'PassServiceRoles',
        Effect: 'Allow',
        Action: ['iam:PassRole'],
        Resource: ['arn:aws:iam::*:role/service/*'],
      },
    ]);
  });

  it('renders the MFA policy: a deny of all but MFA self-service without MFA, scoped to the caller', () => {
    const policy = policyOf(stack.resource('aws_iam_policy', 'mfa'));
    const bySid = Object.fromEntries(policy.Statement.map((s) => [s.Sid, s]));
    expect(Object.keys(bySid)).toEqual([
      'AllowViewAccountPasswordRulesAndDevices',
      'AllowCreateVirtualMfaDevice',
      'AllowManageOwnMfaAndPassword',
      'AllowDeactivateOwnMfaOnlyWithMfa',
      'DenyEverythingElseWithoutMfa',
      'DenyOtherUsersCredentialsWithoutMfa',
    ]);
    expect(bySid.DenyEverythingElseWithoutMfa).toEqual({
      Sid: 'DenyEverythingElseWithoutMfa',
      Effect: 'Deny',
      NotAction: [
        'iam:ChangePassword',
        'iam:CreateVirtualMFADevice',
        'iam:EnableMFADevice',
        'iam:GetAccountPasswordPolicy',
        'iam:GetMFADevice',
        'iam:GetUser',
        'iam:ListMFADevices',
        'iam:ListVirtualMFADevices',
        'iam:ResyncMFADevice',
        'sts:GetSessionToken',
      ],
      Resource: ['*'],
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    });
    // The policy variable reaches AWS unescaped; in the Terraform JSON it is written $${...}.
    expect(bySid.AllowManageOwnMfaAndPassword.Resource).toEqual(['arn:aws:iam::*:user/${aws:username}']);
    expect(String(stack.resource('aws_iam_policy', 'mfa').values.policy)).toContain('user/$${aws:username}');
    expect(bySid.AllowDeactivateOwnMfaOnlyWithMfa.Condition).toEqual({
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
    });
  });

  it('uses given Developer policies instead of the default set', () => {
    const custom = baseline({ developerPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] });
    expect(custom.resources('aws_iam_policy').map((p) => p.values.name)).toEqual(['RequireMfa']);
    const developers = custom
      .resources('aws_iam_group_policy_attachment')
      .filter((a) => String(a.values.group).includes('developers'))
      .map((a) => a.values.policy_arn);
    expect(developers).toContain('arn:aws:iam::aws:policy/ReadOnlyAccess');
    expect(developers).not.toContain('arn:aws:iam::aws:policy/PowerUserAccess');
  });

  it('gives federated people a SAML role per group with the group policies and no IAM user', () => {
    const fed = baseline({
      users: [{ kind: 'federated', subject: 'dave@example.com', groups: ['Auditors'] }],
      samlProviderArn: `arn:aws:iam::${ACCOUNT}:saml-provider/idp`,
    });
    expect(fed.resources('aws_iam_user')).toHaveLength(0);
    const role = fed.resource('aws_iam_role', 'auditors');
    expect(policyOf(role, 'assume_role_policy').Statement).toEqual([
      {
        Sid: 'FederatedMembers',
        Effect: 'Allow',
        Principal: { Federated: [`arn:aws:iam::${ACCOUNT}:saml-provider/idp`] },
        Action: ['sts:AssumeRoleWithSAML'],
        Condition: {
          StringEquals: {
            'SAML:aud': 'https://signin.aws.amazon.com/saml',
            'SAML:sub': ['dave@example.com'],
          },
        },
      },
    ]);
    const arns = fed.resources('aws_iam_role_policy_attachment').map((a) => a.values.policy_arn);
    expect(arns.sort()).toEqual([
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
      'arn:aws:iam::aws:policy/SecurityAudit',
    ]);
  });

  describe('rejects', () => {
    it.each<[string, IdentityBaselineProps, RegExp]>([
      [
        'a user without groups',
        { users: [{ kind: 'iamUser', userName: 'x', groups: [] }] },
        /"x" has no groups/,
      ],
      [
        'an unknown group',
        { users: [{ kind: 'iamUser', userName: 'x', groups: ['Root' as 'Admins'] }] },
        /unknown group "Root"/,
      ],
      [
        'a duplicate user',
        {
          users: [
            { kind: 'iamUser', userName: 'x', groups: ['Admins'] },
            { kind: 'iamUser', userName: 'x', groups: ['Auditors'] },
          ],
        },
        /listed twice/,
      ],
      [
        'an invalid user name',
        { users: [{ kind: 'iamUser', userName: 'a b', groups: ['Admins'] }] },
        /not valid/,
      ],
      [
        'a login profile that would keep the password in plain text without saying so',
        { users: [{ kind: 'iamUser', userName: 'x', groups: ['Admins'], loginProfile: {} }] },
        /without pgpKey/,
      ],
      [
        'a federated user without a SAML provider',
        { users: [{ kind: 'federated', subject: 'x@example.com', groups: ['Admins'] }] },
        /needs samlProviderArn/,
      ],
      ['an empty developer policy list', { developerPolicyArns: [] }, /developerPolicyArns is empty/],
      [
        'a too short minimum password length',
        { passwordPolicy: { minimumLength: 4 } },
        /minimumLength .* got 4/,
      ],
      [
        'a reuse prevention over 24',
        { passwordPolicy: { reusePrevention: 30 } },
        /reusePrevention .* got 30/,
      ],
    ])('%s', (_title, props, message) => {
      expect(() => baseline(props)).toThrow(message);
    });
  });

  describe('MFA enforcement, by policy evaluation', () => {
    const mfa = policyOf(stack.resource('aws_iam_policy', 'mfa'));
    const developerIam = policyOf(stack.resource('aws_iam_policy', 'developer'));
    const developer: PolicyJson[] = [POWER_USER_ACCESS, developerIam, mfa];
    const admin: PolicyJson[] = [ADMINISTRATOR_ACCESS, mfa];
    const bob = `arn:aws:iam::${ACCOUNT}:user/bob`;
    const noMfa = { 'aws:username': 'bob', 'aws:MultiFactorAuthPresent': 'false' };
    const withMfa = {
      'aws:username': 'bob',
      'aws:MultiFactorAuthPresent': 'true',
      'aws:RequestedRegion': 'eu-west-1',
    };
    const runInstances = {
      principal: bob,
      action: 'ec2:RunInstances',
      resource: `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/*`,
    };

    it('denies a Developer without MFA ec2:RunInstances, whether the MFA key is false or absent', async () => {
      expect(await simulate({ ...runInstances, context: noMfa }, { identity: developer })).toBe(
        'ExplicitlyDenied',
      );
      expect(
        await simulate({ ...runInstances, context: { 'aws:username': 'bob' } }, { identity: developer }),
      ).toBe('ExplicitlyDenied');
    });

    it('allows the same Developer ec2:RunInstances once signed in with MFA', async () => {
      expect(await simulate({ ...runInstances, context: withMfa }, { identity: developer })).toBe('Allowed');
    });

    it('lets a Developer without MFA create and enable their own virtual MFA device', async () => {
      const create = {
        principal: bob,
        action: 'iam:CreateVirtualMFADevice',
        resource: `arn:aws:iam::${ACCOUNT}:mfa/bob`,
        context: noMfa,
      };
      expect(await simulate(create, { identity: developer })).toBe('Allowed');
      const enable = { ...create, action: 'iam:EnableMFADevice', resource: bob };
      expect(await simulate(enable, { identity: developer })).toBe('Allowed');
    });

    it('does not let anyone without MFA touch another user, not even an Admin', async () => {
      const enableOther = {
        principal: bob,
        action: 'iam:EnableMFADevice',
        resource: `arn:aws:iam::${ACCOUNT}:user/alice`,
        context: noMfa,
      };
      expect(await simulate(enableOther, { identity: developer })).toBe('ExplicitlyDenied');
      expect(await simulate(enableOther, { identity: admin })).toBe('ExplicitlyDenied');
    });

    it('needs MFA to deactivate an MFA device', async () => {
      const deactivate = { principal: bob, action: 'iam:DeactivateMFADevice', resource: bob };
      expect(await simulate({ ...deactivate, context: noMfa }, { identity: developer })).toBe(
        'ExplicitlyDenied',
      );
      expect(await simulate({ ...deactivate, context: withMfa }, { identity: developer })).toBe('Allowed');
    });

    it('keeps Developers away from IAM writes even with MFA, except passing service roles', async () => {
      const createUser = {
        principal: bob,
        action: 'iam:CreateUser',
        resource: `arn:aws:iam::${ACCOUNT}:user/mallory`,
        context: withMfa,
      };
      expect(await simulate(createUser, { identity: developer })).toBe('ImplicitlyDenied');
      const pass = {
        ...createUser,
        action: 'iam:PassRole',
        resource: `arn:aws:iam::${ACCOUNT}:role/service/app`,
      };
      expect(await simulate(pass, { identity: developer })).toBe('Allowed');
      const passAdmin = { ...pass, resource: `arn:aws:iam::${ACCOUNT}:role/admin` };
      expect(await simulate(passAdmin, { identity: developer })).toBe('ImplicitlyDenied');
    });
  });
});
