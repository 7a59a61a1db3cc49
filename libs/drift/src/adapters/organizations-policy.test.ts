import { cloudControlItem, engineFor } from '../fixtures/harness';

/** Organizations are read in the management account, from us-east-1. */
const MANAGEMENT = { accountId: '000000000000', region: 'us-east-1' };

const ROOT = 'r-a1b2';
const SECURITY = 'ou-a1b2-11111111';
const SANDBOX = 'ou-a1b2-22222222';
const ARN_BASE = 'arn:aws:organizations::000000000000';

const denyLeaving = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyLeaveOrganization',
      Effect: 'Deny',
      Action: ['organizations:LeaveOrganization'],
      Resource: ['*'],
    },
  ],
};

const org = {
  resources: {
    aws_organizations_policy: {
      leave: {
        name: 'DenyLeavingOrganization',
        description: 'Member accounts cannot leave the organization',
        type: 'SERVICE_CONTROL_POLICY',
        content: JSON.stringify(denyLeaving),
        tags: { team: 'platform' },
      },
    },
    aws_organizations_policy_attachment: {
      'leave-security': { policy_id: '${aws_organizations_policy.leave.id}', target_id: SECURITY },
      'leave-sandbox': { policy_id: '${aws_organizations_policy.leave.id}', target_id: SANDBOX },
    },
  },
  state: {
    'aws_organizations_policy.leave': {
      id: 'p-leave111',
      arn: `${ARN_BASE}:policy/o-abc1234567/service_control_policy/p-leave111`,
      name: 'DenyLeavingOrganization',
    },
  },
};

/** GetResource's Properties of the policy (the read handler's model: Content as an object, TargetIds, Tags). */
function policyRead(overrides: Record<string, unknown> = {}) {
  return cloudControlItem(
    'AWS::Organizations::Policy',
    'p-leave111',
    {
      Id: 'p-leave111',
      Arn: `${ARN_BASE}:policy/o-abc1234567/service_control_policy/p-leave111`,
      Name: 'DenyLeavingOrganization',
      Description: 'Member accounts cannot leave the organization',
      Type: 'SERVICE_CONTROL_POLICY',
      AwsManaged: false,
      // AWS returns the document as written; Cloud Control decodes it into an object.
      Content: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'DenyLeaveOrganization',
            Effect: 'Deny',
            Action: 'organizations:LeaveOrganization',
            Resource: '*',
          },
        ],
      },
      TargetIds: [SANDBOX, SECURITY],
      Tags: [{ Key: 'team', Value: 'platform' }],
      ...overrides,
    },
    MANAGEMENT,
  );
}

const fullAwsAccess = cloudControlItem(
  'AWS::Organizations::Policy',
  'p-FullAWSAccess',
  {
    Id: 'p-FullAWSAccess',
    Arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
    Name: 'FullAWSAccess',
    Description: 'Allows access to every operation',
    Type: 'SERVICE_CONTROL_POLICY',
    AwsManaged: true,
    Content: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
    TargetIds: [ROOT, SECURITY, SANDBOX, '111111111111'],
  },
  MANAGEMENT,
);

describe('AWS::Organizations::Policy adapter (Cloud Control)', () => {
  const engine = engineFor({ org });

  it('is in sync when the content means the same, whatever its form, and folds the attachments into TargetIds', () => {
    expect(engine.checkItem(policyRead())).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_organizations_policy.leave',
      addresses: [
        'aws_organizations_policy.leave',
        'aws_organizations_policy_attachment.leave-sandbox',
        'aws_organizations_policy_attachment.leave-security',
      ],
    });
  });

  it('reports the content edited in the console', () => {
    const edited = policyRead({
      Content: { ...denyLeaving, Statement: [{ ...denyLeaving.Statement[0], Effect: 'Allow' }] },
    });
    const result = engine.checkItem(edited);
    expect(result.status).toBe('MODIFIED');
    expect(result.differences.map((d) => [d.path, d.type])).toEqual([['content', 'NOT_EQUAL']]);
  });

  it('reports a detached target as REMOVE and one attached by hand as ADD', () => {
    const result = engine.checkItem(policyRead({ TargetIds: [SECURITY, ROOT] }));
    expect(result.differences).toEqual([
      { path: 'targets', expected: SANDBOX, actual: undefined, type: 'REMOVE' },
      { path: 'targets', expected: undefined, actual: ROOT, type: 'ADD' },
    ]);
  });

  it('does not compare content, targets or tags of a ListResources summary, which lacks them', () => {
    const summary = cloudControlItem(
      'AWS::Organizations::Policy',
      'p-leave111',
      {
        Id: 'p-leave111',
        Name: 'DenyLeavingOrganization',
        Description: 'Member accounts cannot leave the organization',
        Type: 'SERVICE_CONTROL_POLICY',
        AwsManaged: false,
      },
      MANAGEMENT,
    );
    expect(engine.checkItem(summary).status).toBe('IN_SYNC');
    expect(
      engine.checkItem({ ...summary, configuration: { ...summary.configuration, Name: 'Renamed' } }),
    ).toMatchObject({ status: 'MODIFIED', differences: [{ path: 'name', actual: 'Renamed' }] });
  });

  it("never reports AWS's FullAWSAccess, attached to the root, every OU and account, as unmanaged", () => {
    const report = engine.check([policyRead(), fullAwsAccess]);
    expect(report.resources.map((r) => [r.status, r.resourceId])).toEqual([['IN_SYNC', 'p-leave111']]);
    expect(engine.checkItem(fullAwsAccess)).toMatchObject({ status: 'NOT_CHECKED' });
    expect(engine.checkItem(fullAwsAccess).reason).toMatch(/AWS-created default: an AWS managed policy/);
  });

  it('checks an attachment of FullAWSAccess in the IaC for presence only: its other targets are not drift', () => {
    const reattached = engineFor({
      org: {
        resources: {
          aws_organizations_policy_attachment: {
            full: { policy_id: 'p-FullAWSAccess', target_id: SANDBOX },
          },
        },
      },
    });
    expect(reattached.checkItem(fullAwsAccess).status).toBe('IN_SYNC');
    expect(
      reattached.checkItem({
        ...fullAwsAccess,
        configuration: { ...fullAwsAccess.configuration, TargetIds: [ROOT] },
      }).differences,
    ).toEqual([{ path: 'targets', expected: SANDBOX, actual: undefined, type: 'REMOVE' }]);
  });
});
