import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { PolicyJson } from '../policy/policy-document';
import { combineServiceControlPolicies } from '../scp/combine-service-control-policies';
import { denyIamUserAccessKeys } from '../scp/deny-iam-user-access-keys';
import { denyLeavingOrganization } from '../scp/deny-leaving-organization';
import { denyRootUser } from '../scp/deny-root-user';
import { denyS3PublicAccessBlockChanges } from '../scp/deny-s3-public-access-block-changes';
import { protectSecurityServices } from '../scp/protect-security-services';
import { requireImdsv2 } from '../scp/require-imdsv2';
import { restrictRegions } from '../scp/restrict-regions';
import { ADMINISTRATOR_ACCESS, FULL_AWS_ACCESS } from '../test-support/aws-managed-policies';
import { ACCOUNT, policyOf, simulate } from '../test-support/simulate';
import { ORGANIZATION_ROOT, Organization, OrganizationProps } from './organization';

function organization(props: OrganizationProps = {}) {
  return synthConstruct((s) => new Organization(s, 'org', props));
}

describe('Organization', () => {
  it('enables all features, SCPs and trusted access for Config, CloudTrail and SSO', () => {
    expect(organization().resource('aws_organizations_organization').values).toEqual({
      feature_set: 'ALL',
      enabled_policy_types: ['SERVICE_CONTROL_POLICY'],
      aws_service_access_principals: [
        'config.amazonaws.com',
        'cloudtrail.amazonaws.com',
        'sso.amazonaws.com',
      ],
    });
  });

  it('builds the default OU tree under the root', () => {
    const stack = organization();
    const org = stack.resource('aws_organizations_organization');
    const rootId = `\${${org.address}.roots[0].id}`;
    const ous = stack.resources('aws_organizations_organizational_unit');
    const parentOf = (name: string) => ous.find((o) => o.values.name === name)?.values.parent_id;
    expect(ous.map((o) => o.values.name).sort()).toEqual(
      ['Infrastructure', 'NonProd', 'Prod', 'Sandbox', 'Security', 'Workloads'].sort(),
    );
    for (const top of ['Security', 'Infrastructure', 'Workloads', 'Sandbox'])
      expect(parentOf(top)).toBe(rootId);
    const workloads = SynthesizedStack.ref(
      stack.resource('aws_organizations_organizational_unit', 'Workloads_'),
      'id',
    );
    expect(parentOf('Prod')).toBe(workloads);
    expect(parentOf('NonProd')).toBe(workloads);
  });

  it('builds a custom tree, places accounts in OUs and attaches SCPs to the root and OUs', () => {
    const stack = organization({
      organizationalUnits: [{ name: 'Teams', children: [{ name: 'Payments' }] }],
      accounts: [{ name: 'payments', email: 'payments@example.com', organizationalUnit: 'Teams/Payments' }],
      serviceControlPolicies: [
        { policy: denyLeavingOrganization(), targets: [ORGANIZATION_ROOT, 'Teams'] },
        { policy: requireImdsv2(), targets: ['Teams/Payments'] },
      ],
    });
    const payments = SynthesizedStack.ref(
      stack.resource('aws_organizations_organizational_unit', 'Payments'),
      'id',
    );
    expect(stack.resource('aws_organizations_account').values).toMatchObject({
      name: 'payments',
      email: 'payments@example.com',
      parent_id: payments,
      close_on_deletion: false,
      iam_user_access_to_billing: 'DENY',
      role_name: 'OrganizationAccountAccessRole',
    });
    expect(stack.json.import).toBeUndefined();
    const policy = stack.resource('aws_organizations_policy', 'DenyLeaving');
    expect(policy.values).toMatchObject({ name: 'DenyLeavingOrganization', type: 'SERVICE_CONTROL_POLICY' });
    expect(policyOf(policy, 'content')).toEqual(denyLeavingOrganization().document.toJson());
    const targetsOf = (policyName: string) =>
      stack
        .resources('aws_organizations_policy_attachment')
        .filter(
          (a) =>
            a.values.policy_id ===
            SynthesizedStack.ref(stack.resource('aws_organizations_policy', policyName), 'id'),
        )
        .map((a) => a.values.target_id);
    const org = stack.resource('aws_organizations_organization');
    expect(targetsOf('DenyLeaving')).toEqual([
      `\${${org.address}.roots[0].id}`,
      SynthesizedStack.ref(stack.resource('aws_organizations_organizational_unit', 'Teams_'), 'id'),
    ]);
    expect(targetsOf('RequireImdsv2')).toEqual([payments]);
  });

  it.each<[string, OrganizationProps, RegExp]>([
    [
      'an SCP target that is not an OU',
      { serviceControlPolicies: [{ policy: denyLeavingOrganization(), targets: ['Workloads/Staging'] }] },
      /targets "Workloads\/Staging", which is not Root or an OU path: use one of Root, Security, .*Workloads\/Prod/,
    ],
    [
      'an SCP without targets',
      { serviceControlPolicies: [{ policy: denyLeavingOrganization(), targets: [] }] },
      /has no targets/,
    ],
    [
      'an account in an unknown OU',
      { accounts: [{ name: 'a', email: 'a@example.com', organizationalUnit: 'Nowhere' }] },
      /account "a" targets "Nowhere"/,
    ],
    [
      'an account with a bad e-mail',
      { accounts: [{ name: 'a', email: 'not-an-address', organizationalUnit: 'Sandbox' }] },
      /e-mail "not-an-address"/,
    ],
    [
      'an existing account id that is not one',
      {
        accounts: [
          { name: 'a', email: 'a@example.com', organizationalUnit: 'Sandbox', existingAccountId: '1234' },
        ],
      },
      /existingAccountId "1234": give the 12-digit account id/,
    ],
    [
      'two OUs of the same name under one parent',
      { organizationalUnits: [{ name: 'A' }, { name: 'A' }] },
      /OU "A" appears twice under the root/,
    ],
    ['an OU name with a slash', { organizationalUnits: [{ name: 'A/B' }] }, /without "\/"/],
    [
      'two different SCPs with one name',
      {
        serviceControlPolicies: [
          { policy: restrictRegions({ allowedRegions: ['eu-west-1'] }), targets: ['Sandbox'] },
          { policy: restrictRegions({ allowedRegions: ['us-east-1'] }), targets: ['Security'] },
        ],
      },
      /two different SCPs are named RestrictRegions/,
    ],
  ])('rejects %s', (_title, props, message) => {
    expect(() => organization(props)).toThrow(message);
  });

  it('adopts an existing account: imported by id, its name and e-mail never changed (either would replace it)', () => {
    const stack = organization({
      accounts: [
        {
          name: 'dev',
          email: 'aws-dev@example.com',
          organizationalUnit: 'Workloads/NonProd',
          existingAccountId: '111111111111',
        },
      ],
    });
    const account = stack.resource('aws_organizations_account');
    expect(stack.json.import).toEqual([{ to: account.address, id: '111111111111' }]);
    expect(account.values).toMatchObject({
      close_on_deletion: false,
      lifecycle: { ignore_changes: ['role_name', 'iam_user_access_to_billing', 'name', 'email'] },
    });
  });

  it('refuses a fifth SCP of its own on one target (FullAWSAccess is the sixth), and combining fixes it', () => {
    const five = [
      denyLeavingOrganization(),
      denyRootUser(),
      denyIamUserAccessKeys(),
      denyS3PublicAccessBlockChanges(),
      requireImdsv2(),
    ];
    expect(() =>
      organization({ serviceControlPolicies: five.map((policy) => ({ policy, targets: ['Sandbox'] })) }),
    ).toThrow(
      /Sandbox would have 6 SCPs .* over the 5 AWS allows: combine some with combineServiceControlPolicies/,
    );
    const combined = combineServiceControlPolicies('SandboxGuardrails', 'All sandbox guardrails', [
      ...five,
      protectSecurityServices(),
    ]);
    expect(combined.document.statements.map((st) => st.sid)).toEqual(
      [...five, protectSecurityServices()].flatMap((p) => p.document.statements.map((st) => st.sid)),
    );
    const stack = organization({ serviceControlPolicies: [{ policy: combined, targets: ['Sandbox'] }] });
    expect(stack.resources('aws_organizations_policy_attachment')).toHaveLength(1);
  });

  it('refuses a combined SCP over 5,120 characters', () => {
    const many = Array.from({ length: 8 }, () => protectSecurityServices());
    expect(() => combineServiceControlPolicies('TooBig', 'x', many)).toThrow(
      /invalid service control policy: .*Sid "ProtectCloudTrail" is used more than once.*over the 5120/,
    );
  });

  describe('the region SCP, by policy evaluation', () => {
    const stack = organization({
      serviceControlPolicies: [
        {
          policy: restrictRegions({
            allowedRegions: ['eu-west-1', 'eu-central-1'],
            exemptRoleNames: ['BreakGlass'],
          }),
          targets: ['Workloads/Prod'],
        },
      ],
    });
    const regionScp = policyOf(stack.resource('aws_organizations_policy', 'RestrictRegions'), 'content');
    // Root, Workloads, Workloads/Prod, then the account: FullAWSAccess stays attached at every level.
    const scps: PolicyJson[][] = [
      [FULL_AWS_ACCESS],
      [FULL_AWS_ACCESS],
      [FULL_AWS_ACCESS, regionScp],
      [FULL_AWS_ACCESS],
    ];
    const admin = `arn:aws:iam::${ACCOUNT}:role/Admin`;
    const run = (region: string, principal = admin) => ({
      principal,
      action: 'ec2:RunInstances',
      resource: `arn:aws:ec2:${region}:${ACCOUNT}:instance/*`,
      context: { 'aws:RequestedRegion': region, 'aws:PrincipalArn': principal },
    });

    it('denies ec2:RunInstances in a region that is not approved, even to an administrator', async () => {
      expect(await simulate(run('ap-southeast-2'), { identity: [ADMINISTRATOR_ACCESS], scps })).toBe(
        'ExplicitlyDenied',
      );
    });

    it('allows iam:ListRoles in that region, because IAM is global', async () => {
      const listRoles = {
        principal: admin,
        action: 'iam:ListRoles',
        resource: '*',
        context: { 'aws:RequestedRegion': 'ap-southeast-2', 'aws:PrincipalArn': admin },
      };
      expect(await simulate(listRoles, { identity: [ADMINISTRATOR_ACCESS], scps })).toBe('Allowed');
    });

    it('allows ec2:RunInstances in an approved region, and to the exempt role anywhere', async () => {
      expect(await simulate(run('eu-central-1'), { identity: [ADMINISTRATOR_ACCESS], scps })).toBe('Allowed');
      const breakGlass = `arn:aws:iam::${ACCOUNT}:role/BreakGlass`;
      expect(
        await simulate(run('ap-southeast-2', breakGlass), { identity: [ADMINISTRATOR_ACCESS], scps }),
      ).toBe('Allowed');
    });

    it('intersects with IAM: an SCP allows nothing that IAM does not', async () => {
      expect(await simulate(run('eu-west-1'), { identity: [], scps })).toBe('ImplicitlyDenied');
    });
  });
});
