import { cloudControlItem, engineFor } from '../fixtures/harness';

/** Organizations are read in the management account, from us-east-1. */
const MANAGEMENT = { accountId: '000000000000', region: 'us-east-1' };

const ROOT = 'r-a1b2';
const NON_PROD = 'ou-a1b2-33333333';
const PROD = 'ou-a1b2-44444444';

const org = {
  resources: {
    aws_organizations_account: {
      dev: {
        name: 'groundwork-dev',
        email: 'aws-dev@example.com',
        parent_id: NON_PROD,
        close_on_deletion: false,
        role_name: 'OrganizationAccountAccessRole',
        iam_user_access_to_billing: 'DENY',
        tags: { environment: 'dev' },
      },
    },
  },
  state: {
    'aws_organizations_account.dev': {
      id: '111111111111',
      arn: 'arn:aws:organizations::000000000000:account/o-abc1234567/111111111111',
      parent_id: NON_PROD,
    },
  },
};

/** GetResource's model (DescribeAccount + ListParents + ListTagsForResource; RoleName is write-only). */
function account(id: string, overrides: Record<string, unknown> = {}) {
  return cloudControlItem(
    'AWS::Organizations::Account',
    id,
    {
      AccountId: id,
      Arn: `arn:aws:organizations::000000000000:account/o-abc1234567/${id}`,
      AccountName: 'groundwork-dev',
      Email: 'aws-dev@example.com',
      ParentIds: [NON_PROD],
      JoinedMethod: 'CREATED',
      JoinedTimestamp: '2026-11-20T09:14:07Z',
      Status: 'ACTIVE',
      Tags: [{ Key: 'environment', Value: 'dev' }],
      ...overrides,
    },
    MANAGEMENT,
  );
}

describe('AWS::Organizations::Account adapter (Cloud Control)', () => {
  const engine = engineFor({ org });

  it('is in sync; the role name and billing access, which no read returns, are not compared', () => {
    expect(engine.checkItem(account('111111111111'))).toMatchObject({
      status: 'IN_SYNC',
      resourceId: '111111111111',
    });
  });

  it('reports an account moved to another OU on parent_id', () => {
    expect(engine.checkItem(account('111111111111', { ParentIds: [PROD] })).differences).toEqual([
      { path: 'parent_id', expected: NON_PROD, actual: PROD, type: 'NOT_EQUAL' },
    ]);
  });

  it('reads a closed account as deleted, and a listed one (no parents) without comparing its OU', () => {
    expect(engine.checkItem(account('111111111111', { Status: 'SUSPENDED' })).status).toBe('DELETED');
    const listed = cloudControlItem(
      'AWS::Organizations::Account',
      '111111111111',
      {
        AccountId: '111111111111',
        AccountName: 'groundwork-dev',
        Email: 'aws-dev@example.com',
      },
      MANAGEMENT,
    );
    expect(engine.checkItem(listed).status).toBe('IN_SYNC');
  });

  it('never reports the management account as unmanaged; another account is', () => {
    const management = account('000000000000', { AccountName: 'management', ParentIds: [ROOT], Tags: [] });
    const stranger = account('999999999999', { AccountName: 'sandbox-bob', ParentIds: [ROOT], Tags: [] });
    const results = engine.check([account('111111111111'), management, stranger]).resources;
    expect(results.map((r) => [r.status, r.resourceId])).toEqual([
      ['IN_SYNC', '111111111111'],
      ['UNMANAGED', '999999999999'],
    ]);
    expect(engine.checkItem(management).reason).toBe(
      "AWS-created default: the organization's management account",
    );
  });
});
