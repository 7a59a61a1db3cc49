import { synthConstruct } from '@groundwork/testing';
import { PolicyJson } from '../policy/policy-document';
import { policyOf, simulateTrust } from '../test-support/simulate';
import { CrossAccountRole, CrossAccountRoleProps } from './cross-account-role';

const TRUSTED = '444455556666';

function role(props: Partial<CrossAccountRoleProps> = {}) {
  return synthConstruct(
    (s) =>
      new CrossAccountRole(s, 'switch', {
        roleName: 'consultant',
        trustedAccountIds: [TRUSTED],
        managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        ...props,
      }),
  );
}

describe('CrossAccountRole', () => {
  it('trusts the given accounts with MFA required, and sets the session length', () => {
    const stack = role({ maxSessionDurationSeconds: 7200 });
    const iamRole = stack.resource('aws_iam_role');
    expect(iamRole.values).toMatchObject({ name: 'consultant', max_session_duration: 7200 });
    expect(policyOf(iamRole, 'assume_role_policy').Statement).toEqual([
      {
        Sid: 'TrustedAccounts',
        Effect: 'Allow',
        Principal: { AWS: [`arn:aws:iam::${TRUSTED}:root`] },
        Action: ['sts:AssumeRole'],
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      },
    ]);
    expect(stack.resource('aws_iam_role_policy_attachment').values.policy_arn).toBe(
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
    );
  });

  it('admits only the given principals of the trusted account when trustedPrincipalArns is set', () => {
    const central = `arn:aws:iam::${TRUSTED}:role/drift-shard`;
    const stack = role({ requireMfa: false, trustedPrincipalArns: [central] });
    const [statement] = policyOf(stack.resource('aws_iam_role'), 'assume_role_policy').Statement;
    expect(statement.Condition).toEqual({ ArnEquals: { 'aws:PrincipalArn': [central] } });
    expect(() => role({ requireMfa: false, trustedPrincipalArns: [] })).toThrow(
      /trustedPrincipalArns is empty/,
    );
  });

  it('adds ExternalId, MFA age and an expiry date when given', () => {
    const stack = role({
      externalId: 'acme-audit-7f3a',
      maxMfaAgeSeconds: 900,
      expiresAt: '2027-06-30T23:59:59Z',
    });
    const [statement] = policyOf(stack.resource('aws_iam_role'), 'assume_role_policy').Statement;
    expect(statement.Condition).toEqual({
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
      NumericLessThan: { 'aws:MultiFactorAuthAge': '900' },
      StringEquals: { 'sts:ExternalId': 'acme-audit-7f3a' },
      DateLessThan: { 'aws:CurrentTime': '2027-06-30T23:59:59Z' },
    });
  });

  it.each(['2027-06-30', '2027-06-30T23:59Z', '2027-06-30T23:59:59.5+02:00'])(
    'accepts the ISO 8601 expiry %s and puts it in the condition as given',
    (expiresAt) => {
      const [statement] = policyOf(
        role({ expiresAt }).resource('aws_iam_role'),
        'assume_role_policy',
      ).Statement;
      expect(statement.Condition?.DateLessThan).toEqual({ 'aws:CurrentTime': expiresAt });
    },
  );

  it.each<[string, Partial<CrossAccountRoleProps>, RegExp]>([
    ['no trusted accounts', { trustedAccountIds: [] }, /trustedAccountIds is empty/],
    ['a short account id', { trustedAccountIds: ['12345'] }, /"12345" must be 12 digits/],
    ['a one-character external id', { externalId: 'x' }, /externalId must be 2 to 1224 .*got "x"/],
    ['an external id with a space', { externalId: 'acme audit' }, /got "acme audit"/],
    [
      'an MFA age that is not a positive whole number',
      { maxMfaAgeSeconds: 0 },
      /maxMfaAgeSeconds must be a whole number of at least 1, got 0/,
    ],
    ['a session under an hour', { maxSessionDurationSeconds: 900 }, /got 900/],
    ['an MFA age without MFA', { requireMfa: false, maxMfaAgeSeconds: 600 }, /needs requireMfa/],
    ['a date that is not ISO 8601', { expiresAt: 'next tuesday' }, /not an ISO 8601/],
    // JavaScript parses these, IAM's Date operators do not.
    ['a date written out in words', { expiresAt: 'June 30, 2027' }, /"June 30, 2027" is not an ISO 8601/],
    ['a date-time without a time zone', { expiresAt: '2027-06-30T23:59:59' }, /not an ISO 8601/],
    ['an impossible calendar date', { expiresAt: '2027-13-45' }, /not an ISO 8601/],
    ['an invalid role name', { roleName: 'has space' }, /roleName "has space" is not valid/],
  ])('rejects %s', (_title, props, message) => {
    expect(() => role(props)).toThrow(message);
  });

  describe('trust, by policy evaluation', () => {
    const trust = policyOf(
      role({ externalId: 'acme-audit-7f3a' }).resource('aws_iam_role'),
      'assume_role_policy',
    );
    const caller = `arn:aws:iam::${TRUSTED}:user/consultant`;
    const mayAssume: PolicyJson = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['sts:AssumeRole'], Resource: ['*'] }],
    };
    const assume = (context: Record<string, string>, principal = caller) =>
      simulateTrust(
        {
          principal,
          action: 'sts:AssumeRole',
          resource: 'arn:aws:iam::111122223333:role/consultant',
          context,
        },
        trust,
        [mayAssume],
      );

    it('admits the trusted account with MFA and the external id', () => {
      expect(assume({ 'aws:MultiFactorAuthPresent': 'true', 'sts:ExternalId': 'acme-audit-7f3a' })).toBe(
        'Allowed',
      );
    });

    it('refuses without MFA, with a wrong external id, or from another account', () => {
      expect(assume({ 'aws:MultiFactorAuthPresent': 'false', 'sts:ExternalId': 'acme-audit-7f3a' })).not.toBe(
        'Allowed',
      );
      expect(assume({ 'aws:MultiFactorAuthPresent': 'true', 'sts:ExternalId': 'guess' })).not.toBe('Allowed');
      expect(
        assume(
          { 'aws:MultiFactorAuthPresent': 'true', 'sts:ExternalId': 'acme-audit-7f3a' },
          'arn:aws:iam::999988887777:user/someone',
        ),
      ).not.toBe('Allowed');
    });
  });
});
