// Where a codified resource goes when no VPC places it: the stack that manages the most of its type in its account.
import type { ConfigItem, DriftReport, ResourceResult } from '@groundwork/drift';
import { codifyContext } from './placement';

const role = (stack: string, account: string, n: number): ResourceResult => ({
  status: 'IN_SYNC',
  stack,
  address: `aws_iam_role.r${n}`,
  addresses: [`aws_iam_role.r${n}`],
  constructPath: `${stack}/r${n}`,
  resourceType: 'AWS::IAM::Role',
  resourceId: `AROA${n}`,
  differences: [],
  reason: null,
  account,
});

const report = (resources: ResourceResult[]): DriftReport => ({
  schemaVersion: 1,
  summary: { total: 0, inSync: 0, modified: 0, deleted: 0, unmanaged: 0, notChecked: 0, coverage: 1 },
  resources,
});

const item = (accountId: string | null) =>
  ({
    resourceType: 'AWS::IAM::Role',
    resourceId: 'AROANEW',
    accountId,
    configuration: {},
  }) as unknown as ConfigItem;

describe('codifyContext', () => {
  it("puts a resource with the account's other resources of its type, not another account's", () => {
    // The audit account's stack manages more roles, but in another account.
    const r = report([
      role('identity-dev', '111111111111', 1),
      ...[2, 3, 4].map((n) => role('drift-organization', '333333333333', n)),
    ]);
    const context = codifyContext(item('111111111111'), r, ['drift-organization', 'identity-dev']);
    expect(context.stack).toBe('identity-dev');
    expect(context.placement).toBe("the stack that manages the account's other AWS::IAM::Role resources (1)");
  });

  it('counts every stack when the item or the findings name no account', () => {
    const r = report([
      role('identity-dev', '111111111111', 1),
      role('drift-organization', '333333333333', 2),
    ]);
    expect(codifyContext(item(null), r, ['drift-organization', 'identity-dev']).stack).toBe(
      'drift-organization',
    );
  });
});
