import { directItems, engineFor } from '../fixtures/harness';

const org = {
  resources: {
    aws_organizations_organization: {
      org: {
        feature_set: 'ALL',
        enabled_policy_types: ['SERVICE_CONTROL_POLICY'],
        aws_service_access_principals: [
          'config.amazonaws.com',
          'cloudtrail.amazonaws.com',
          'sso.amazonaws.com',
        ],
      },
    },
  },
  state: {
    'aws_organizations_organization.org': {
      id: 'o-abc1234567',
      arn: 'arn:aws:organizations::000000000000:organization/o-abc1234567',
    },
  },
};

/** DescribeOrganization, ListRoots and ListAWSServiceAccessForOrganization outputs, merged (`jq -s add`). */
function read(overrides: { policyTypes?: object[]; principals?: string[] } = {}) {
  const [item] = directItems({
    Organization: {
      Id: 'o-abc1234567',
      Arn: 'arn:aws:organizations::000000000000:organization/o-abc1234567',
      FeatureSet: 'ALL',
      MasterAccountArn: 'arn:aws:organizations::000000000000:account/o-abc1234567/000000000000',
      MasterAccountId: '000000000000',
      MasterAccountEmail: 'aws-management@example.com',
      // Deprecated: says nothing about what is enabled at the root.
      AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
    },
    Roots: [
      {
        Id: 'r-a1b2',
        Arn: 'arn:aws:organizations::000000000000:root/o-abc1234567/r-a1b2',
        Name: 'Root',
        PolicyTypes: overrides.policyTypes ?? [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
      },
    ],
    EnabledServicePrincipals: (
      overrides.principals ?? ['cloudtrail.amazonaws.com', 'config.amazonaws.com', 'sso.amazonaws.com']
    ).map((ServicePrincipal) => ({ ServicePrincipal, DateEnabled: '2026-11-20T09:14:07Z' })),
  });
  return item;
}

describe('AWS::Organizations::Organization adapter (direct read)', () => {
  const engine = engineFor({ org });

  it('is in sync with the policy types enabled at the root and the trusted services, in any order', () => {
    expect(engine.checkItem(read())).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_organizations_organization.org',
    });
  });

  it('reads the policy types from the root, a pending disable counting as off', () => {
    const disabling = read({ policyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'PENDING_DISABLE' }] });
    expect(engine.checkItem(disabling).differences).toEqual([
      { path: 'enabled_policy_types', expected: 'SERVICE_CONTROL_POLICY', actual: undefined, type: 'REMOVE' },
    ]);
    const tagPolicies = read({
      policyTypes: [
        { Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' },
        { Type: 'TAG_POLICY', Status: 'PENDING_ENABLE' },
      ],
    });
    expect(engine.checkItem(tagPolicies).differences.map((d) => [d.path, d.actual, d.type])).toEqual([
      ['enabled_policy_types', 'TAG_POLICY', 'ADD'],
    ]);
  });

  it('reports a service given organization access by hand', () => {
    const extra = read({
      principals: [
        'cloudtrail.amazonaws.com',
        'config.amazonaws.com',
        'sso.amazonaws.com',
        'ram.amazonaws.com',
      ],
    });
    expect(engine.checkItem(extra).differences).toEqual([
      {
        path: 'aws_service_access_principals',
        expected: undefined,
        actual: 'ram.amazonaws.com',
        type: 'ADD',
      },
    ]);
  });

  it('does not compare what the read left out', () => {
    const [describeOnly] = directItems({ Organization: { Id: 'o-abc1234567', FeatureSet: 'ALL' } });
    expect(engine.checkItem(describeOnly).status).toBe('IN_SYNC');
  });
});
