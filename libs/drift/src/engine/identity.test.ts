// Accounts and regions are part of identity, and deletion needs proof: dev and prod in different accounts
// (allowed_account_ids), checked together from one multi-account snapshot or from one snapshot per account.
import type { DriftReport, ResourceResult } from '../report-types';
import { engineFor, type StackSpec } from '../fixtures/harness';
import { parseLive } from '../live/parse-live';

const DEV = '111111111111';
const PROD = '222222222222';

const identity = (account: string, region: string): StackSpec => ({
  account,
  region,
  resources: {
    aws_iam_group: {
      admins: { name: 'Admins', path: '/' },
      developers: { name: 'Developers', path: '/' },
    },
    aws_s3_bucket: { logs: { bucket: `logs-${account}` } },
  },
  state: {
    'aws_iam_group.admins': { id: 'Admins', name: 'Admins', arn: `arn:aws:iam::${account}:group/Admins` },
    'aws_iam_group.developers': {
      id: 'Developers',
      name: 'Developers',
      arn: `arn:aws:iam::${account}:group/Developers`,
    },
    'aws_s3_bucket.logs': {
      id: `logs-${account}`,
      bucket: `logs-${account}`,
      arn: `arn:aws:s3:::logs-${account}`,
    },
  },
});

const stacks = {
  'identity-dev': identity(DEV, 'eu-west-1'),
  'identity-prod': identity(PROD, 'eu-central-1'),
};

/** A snapshot-form IAM group item, recorded once per account with awsRegion "global". */
const groupItem = (account: string, name: string, policies: string[] = []) => ({
  resourceType: 'AWS::IAM::Group',
  resourceId: `AGPA${account}${name.toUpperCase()}`,
  resourceName: name,
  ARN: `arn:aws:iam::${account}:group/${name}`,
  awsAccountId: account,
  awsRegion: 'global',
  configurationItemCaptureTime: '2026-11-27T10:00:00.000Z',
  configurationItemStatus: 'OK',
  configuration: {
    groupName: name,
    path: '/',
    arn: `arn:aws:iam::${account}:group/${name}`,
    attachedManagedPolicies: policies.map((p) => ({
      policyName: p,
      policyArn: `arn:aws:iam::aws:policy/${p}`,
    })),
    groupPolicyList: [],
  },
  tags: {},
});

const bucketItem = (account: string, region: string) => ({
  resourceType: 'AWS::S3::Bucket',
  resourceId: `logs-${account}`,
  resourceName: `logs-${account}`,
  ARN: `arn:aws:s3:::logs-${account}`,
  awsAccountId: account,
  awsRegion: region,
  configurationItemCaptureTime: '2026-11-27T10:00:00.000Z',
  configurationItemStatus: 'OK',
  configuration: { name: `logs-${account}` },
  supplementaryConfiguration: {},
  tags: {},
});

/**
 * The live accounts: in dev, Developers was deleted by hand; in prod, Admins was given AdministratorAccess by hand.
 * The names are the same in both accounts, as IAM names are unique per account only.
 */
const devItems = [groupItem(DEV, 'Admins'), bucketItem(DEV, 'eu-west-1')];
const prodItems = [
  groupItem(PROD, 'Admins', ['AdministratorAccess']),
  groupItem(PROD, 'Developers'),
  bucketItem(PROD, 'eu-central-1'),
];

const snapshot = (items: unknown[]) => ({
  fileVersion: '1.0',
  configSnapshotId: 'snap',
  configurationItems: items,
});

function check(...files: unknown[]): DriftReport {
  const inputs = files.map((f, i) => parseLive(f, `snapshot-${i}.json`));
  return engineFor(stacks).check(
    inputs.flatMap((i) => i.items),
    inputs.flatMap((i) => i.inventories),
  );
}

const findings = (report: DriftReport) =>
  report.resources.map((r) => ({
    status: r.status,
    stack: r.stack,
    address: r.address,
    resourceId: r.resourceId,
    account: r.account,
    paths: r.differences.map((d) => `${d.path}: ${JSON.stringify(d.actual)}`),
  }));

const byStackAddress = (report: DriftReport, stack: string, address: string): ResourceResult | undefined =>
  report.resources.find((r) => r.stack === stack && r.address === address);

describe('identity across accounts', () => {
  it('gives the same findings from one multi-account snapshot as from one snapshot per account', () => {
    const together = check(snapshot([...devItems, ...prodItems]));
    const apart = check(snapshot(devItems), snapshot(prodItems));
    expect(findings(apart)).toEqual(findings(together));
    expect(findings(together)).toEqual([
      {
        status: 'IN_SYNC',
        stack: 'identity-dev',
        address: 'aws_iam_group.admins',
        resourceId: `AGPA${DEV}ADMINS`,
        account: DEV,
        paths: [],
      },
      {
        status: 'DELETED',
        stack: 'identity-dev',
        address: 'aws_iam_group.developers',
        resourceId: 'Developers',
        account: DEV,
        paths: [],
      },
      {
        status: 'IN_SYNC',
        stack: 'identity-dev',
        address: 'aws_s3_bucket.logs',
        resourceId: `logs-${DEV}`,
        account: DEV,
        paths: [],
      },
      {
        status: 'MODIFIED',
        stack: 'identity-prod',
        address: 'aws_iam_group.admins',
        resourceId: `AGPA${PROD}ADMINS`,
        account: PROD,
        paths: ['managed_policy_arns: "arn:aws:iam::aws:policy/AdministratorAccess"'],
      },
      {
        status: 'IN_SYNC',
        stack: 'identity-prod',
        address: 'aws_iam_group.developers',
        resourceId: `AGPA${PROD}DEVELOPERS`,
        account: PROD,
        paths: [],
      },
      {
        status: 'IN_SYNC',
        stack: 'identity-prod',
        address: 'aws_s3_bucket.logs',
        resourceId: `logs-${PROD}`,
        account: PROD,
        paths: [],
      },
    ]);
    expect(together.summary.deleted).toBe(1);
  });

  it('reports no resource of an account no stack deploys to as UNMANAGED, as an aggregator input holds them', () => {
    const other = '333333333333';
    const report = check(
      snapshot([...devItems, ...prodItems, groupItem(other, 'Auditors'), groupItem(DEV, 'Contractors')]),
    );
    expect(report.resources.filter((r) => r.status === 'UNMANAGED').map((r) => r.resourceId)).toEqual([
      `AGPA${DEV}CONTRACTORS`,
    ]);
    expect(report.resources.some((r) => r.resourceId === `AGPA${other}AUDITORS`)).toBe(false);
    expect(report.summary.unmanaged).toBe(1);
  });

  it('leaves the stacks of an account absent from the input NOT_CHECKED, never DELETED', () => {
    const devOnly = check(snapshot(devItems));
    const prod = devOnly.resources.filter((r) => r.stack === 'identity-prod');
    expect(prod.map((r) => [r.address, r.status, r.reason])).toEqual([
      ['aws_iam_group.admins', 'NOT_CHECKED', `no live input for account ${PROD}`],
      ['aws_iam_group.developers', 'NOT_CHECKED', `no live input for account ${PROD}`],
      ['aws_s3_bucket.logs', 'NOT_CHECKED', `no live input for account ${PROD}`],
    ]);
    expect(byStackAddress(devOnly, 'identity-dev', 'aws_iam_group.developers')).toMatchObject({
      status: 'DELETED',
      reason: `no AWS::IAM::Group item for it in the complete inventory of account ${DEV}`,
    });
  });

  it("never pairs identity-dev's IAM groups with prod's items of the same name, on either path", () => {
    const prodOnly = check(snapshot(prodItems));
    const devAdmins = byStackAddress(prodOnly, 'identity-dev', 'aws_iam_group.admins');
    expect(devAdmins).toMatchObject({ status: 'NOT_CHECKED', resourceId: 'Admins' });
    expect(prodOnly.resources.filter((r) => r.stack === 'identity-dev').every((r) => r.account === DEV)).toBe(
      true,
    );
    expect(
      prodOnly.resources.filter((r) => r.resourceId?.includes(PROD)).every((r) => r.stack !== 'identity-dev'),
    ).toBe(true);
    const engine = engineFor(stacks);
    const [prodAdmins] = parseLive(groupItem(PROD, 'Admins', ['AdministratorAccess']), 'event.json').items;
    expect(engine.checkItem(prodAdmins)).toMatchObject({
      stack: 'identity-prod',
      status: 'MODIFIED',
      account: PROD,
    });
    const [devAdminsItem] = parseLive(groupItem(DEV, 'Admins'), 'event.json').items;
    expect(engine.checkItem(devAdminsItem)).toMatchObject({
      stack: 'identity-dev',
      status: 'IN_SYNC',
      account: DEV,
    });
  });

  it('takes a stack whose provider names no account from the ARNs in its state', () => {
    const { account: _account, ...unpinned } = identity(PROD, 'eu-central-1');
    const engine = engineFor({ 'identity-dev': identity(DEV, 'eu-west-1'), 'identity-prod': unpinned });
    const [prodAdmins] = parseLive(groupItem(PROD, 'Admins'), 'event.json').items;
    expect(engine.checkItem(prodAdmins)).toMatchObject({ stack: 'identity-prod', status: 'IN_SYNC' });
  });

  it('reports an item that names no account and fits stacks in several accounts as NOT_CHECKED, not as one of them', () => {
    const { awsAccountId: _a, ARN: _b, ...anonymous } = groupItem(PROD, 'Admins');
    const report = engineFor(stacks).check(parseLive([anonymous], 'items.json').items);
    const item = report.resources.find((r) => r.resourceId === `AGPA${PROD}ADMINS`);
    expect(item).toMatchObject({ status: 'NOT_CHECKED', stack: null });
    expect(item?.reason).toMatch(/names no account/);
  });
});

describe('regions in identity', () => {
  const fn = (name: string) => ({
    function_name: name,
    role: 'arn:aws:iam::111111111111:role/fn',
    runtime: 'nodejs22.x',
    handler: 'index.handler',
  });
  const lambdas: StackSpec = {
    account: DEV,
    region: 'eu-west-1',
    resources: {
      aws_lambda_function: {
        eu: fn('handler'),
        us: { ...fn('handler'), provider: 'aws.us', memory_size: 256 },
      },
    },
  };
  const lambdaItem = (region: string, memorySize: number) => ({
    resourceType: 'AWS::Lambda::Function',
    resourceId: 'handler',
    resourceName: 'handler',
    awsAccountId: DEV,
    awsRegion: region,
    configurationItemCaptureTime: '2026-11-27T10:00:00.000Z',
    configurationItemStatus: 'OK',
    configuration: {
      functionName: 'handler',
      role: 'arn:aws:iam::111111111111:role/fn',
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      memorySize,
      timeout: 3,
    },
    tags: {},
  });

  it('matches a regional resource only in its provider alias region', () => {
    const engine = engineFor({ app: { ...lambdas, aliases: { us: { account: DEV, region: 'us-east-1' } } } });
    const both = parseLive(snapshot([lambdaItem('eu-west-1', 128), lambdaItem('us-east-1', 256)]), 's.json');
    expect(
      engine.check(both.items, both.inventories).resources.map((r) => [r.address, r.status, r.region]),
    ).toEqual([
      ['aws_lambda_function.eu', 'IN_SYNC', 'eu-west-1'],
      ['aws_lambda_function.us', 'IN_SYNC', 'us-east-1'],
    ]);
    // A snapshot of eu-west-1 says nothing about us-east-1, although it lists every function of its own region.
    const eu = parseLive(snapshot([lambdaItem('eu-west-1', 128)]), 's.json');
    const report = engine.check(eu.items, eu.inventories);
    expect(report.resources.map((r) => [r.address, r.status, r.reason])).toEqual([
      ['aws_lambda_function.eu', 'IN_SYNC', null],
      [
        'aws_lambda_function.us',
        'NOT_CHECKED',
        `no complete inventory of AWS::Lambda::Function in account ${DEV}, us-east-1 (config): a partial input proves nothing about absent resources`,
      ],
    ]);
    // The us-east-1 item with eu-west-1's settings is not the eu-west-1 function.
    expect(engine.checkItem(parseLive(lambdaItem('us-east-1', 128), 'e.json').items[0])).toMatchObject({
      address: 'aws_lambda_function.us',
      status: 'MODIFIED',
    });
  });
});

describe('inventories whose account is unknown', () => {
  const listing = (resourceTypes: string[]) => ({
    source: 'config' as const,
    accountId: null,
    region: null,
    resourceTypes,
  });

  it('stand for the one account in scope, and prove nothing when several are', () => {
    const single = engineFor({ 'identity-dev': identity(DEV, 'eu-west-1') }).check(
      [],
      [listing(['AWS::S3::Bucket'])],
    );
    expect(single.resources.find((r) => r.address === 'aws_s3_bucket.logs')?.status).toBe('DELETED');
    const both = engineFor(stacks).check([], [listing(['AWS::S3::Bucket'])]);
    const buckets = both.resources.filter((r) => r.address === 'aws_s3_bucket.logs');
    expect(buckets.map((r) => r.status)).toEqual(['NOT_CHECKED', 'NOT_CHECKED']);
    // The input names one account: an inventory that names none is that account's.
    const withDev = engineFor(stacks).check(parseLive(snapshot(devItems), 's.json').items, [
      listing(['AWS::S3::Bucket']),
    ]);
    expect(byStackAddress(withDev, 'identity-dev', 'aws_s3_bucket.logs')?.status).toBe('IN_SYNC');
    expect(byStackAddress(withDev, 'identity-prod', 'aws_s3_bucket.logs')?.reason).toBe(
      `no live input for account ${PROD}`,
    );
  });
});

describe('coverage per source', () => {
  it('counts, per source, the checked share of the managed resources its adapters compare', () => {
    const report = check(snapshot(devItems));
    // dev: 3 checked of 3; prod: 0 of 3 (no input for its account).
    expect(report.summary.coverageBySource).toEqual({ config: 0.5 });
    expect(report.summary.coverage).toBe(0.5);
    expect(report.resources.every((r) => r.source === 'config')).toBe(true);
  });
});
