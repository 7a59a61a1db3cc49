import { cloudControlItem, engineFor } from '../fixtures/harness';

/** Organizations are read in the management account, from us-east-1. */
const MANAGEMENT = { accountId: '000000000000', region: 'us-east-1' };

const ROOT = 'r-a1b2';
const ARN_BASE = 'arn:aws:organizations::000000000000:ou/o-abc1234567';

const org = {
  resources: {
    aws_organizations_organization: { org: { feature_set: 'ALL' } },
    aws_organizations_organizational_unit: {
      workloads: {
        name: 'Workloads',
        parent_id: '${aws_organizations_organization.org.roots[0].id}',
        tags: { 'iac:stack': 'org', 'iac:address': 'aws_organizations_organizational_unit.workloads' },
      },
      prod: { name: 'Prod', parent_id: '${aws_organizations_organizational_unit.workloads.id}' },
    },
  },
  state: {
    'aws_organizations_organization.org': { id: 'o-abc1234567', roots: [{ id: ROOT, name: 'Root' }] },
    'aws_organizations_organizational_unit.workloads': {
      id: 'ou-a1b2-11111111',
      name: 'Workloads',
      parent_id: ROOT,
    },
    'aws_organizations_organizational_unit.prod': {
      id: 'ou-a1b2-22222222',
      name: 'Prod',
      parent_id: 'ou-a1b2-11111111',
    },
  },
};

const read = (id: string, properties: Record<string, unknown>) =>
  cloudControlItem(
    'AWS::Organizations::OrganizationalUnit',
    id,
    {
      Id: id,
      Arn: `${ARN_BASE}/${id}`,
      Tags: [],
      ...properties,
    },
    MANAGEMENT,
  );

describe('AWS::Organizations::OrganizationalUnit adapter (Cloud Control)', () => {
  const engine = engineFor({ org });
  const workloads = read('ou-a1b2-11111111', {
    Name: 'Workloads',
    ParentId: ROOT,
    Tags: [
      { Key: 'iac:stack', Value: 'org' },
      { Key: 'iac:address', Value: 'aws_organizations_organizational_unit.workloads' },
    ],
  });

  it('resolves the parent through the root id in state and is in sync', () => {
    expect(engine.checkItem(workloads)).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_organizations_organizational_unit.workloads',
    });
    expect(
      engine.checkItem(read('ou-a1b2-22222222', { Name: 'Prod', ParentId: 'ou-a1b2-11111111' })).status,
    ).toBe('IN_SYNC');
  });

  it('reports an OU renamed in the console on its name', () => {
    expect(
      engine.checkItem(read('ou-a1b2-22222222', { Name: 'Production', ParentId: 'ou-a1b2-11111111' })),
    ).toMatchObject({
      status: 'MODIFIED',
      address: 'aws_organizations_organizational_unit.prod',
      differences: [{ path: 'name', expected: 'Prod', actual: 'Production', type: 'NOT_EQUAL' }],
    });
  });

  it('reports a tag removed', () => {
    expect(
      engine
        .checkItem({ ...workloads, configuration: { ...workloads.configuration, Tags: [] } })
        .differences.map((d) => d.path),
    ).toEqual(['tags.iac:stack', 'tags.iac:address']);
  });

  it('joins by parent and name without state, and leaves the parent of a listed OU uncompared', () => {
    const withoutState = engineFor({
      org: {
        resources: {
          aws_organizations_organizational_unit: { security: { name: 'Security', parent_id: ROOT } },
        },
      },
    });
    expect(
      withoutState.checkItem(read('ou-a1b2-33333333', { Name: 'Security', ParentId: ROOT })),
    ).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_organizations_organizational_unit.security',
    });
    // ListResources(ParentId) returns Id, Arn and Name only.
    const listed = cloudControlItem(
      'AWS::Organizations::OrganizationalUnit',
      'ou-a1b2-22222222',
      {
        Id: 'ou-a1b2-22222222',
        Arn: `${ARN_BASE}/ou-a1b2-22222222`,
        Name: 'Prod',
      },
      MANAGEMENT,
    );
    expect(engine.checkItem(listed).status).toBe('IN_SYNC');
  });
});
