// Who changed it, end to end: console and CLI changes made in the simulated account and recorded in its CloudTrail,
// found by `groundwork drift check` from saved events (offline) and from LookupEvents (live mode), in every format.
import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { ConfigItem, recordChange, SimulatedTrail } from '@groundwork/aws-sim';
import { DRIFT_REPORT_SCHEMA, type DriftReport } from '@groundwork/drift';
import Ajv2020 from 'ajv/dist/2020';
import { mockClient } from 'aws-sdk-client-mock';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureIo } from '../capture-io';
import { runCli } from '../cli';
import { createDriftCommand } from '../commands/drift';
import { serveTrail } from './e2e/cloudtrail-api-stub';
import { serveConfigItems } from './e2e/config-api-stub';
import { DRIFT_SCENARIOS, itemFor } from './e2e/drift-scenarios';
import { createE2eWorkspace, E2eWorkspace } from './e2e/e2e-workspace';
import { FIXTURE_ACCOUNT, FIXTURE_REGION } from './e2e/fixture-app';

const validateReport = new Ajv2020({ allErrors: true }).compile(DRIFT_REPORT_SCHEMA);
const alice = { kind: 'sso-user', email: 'alice@example.com', permissionSet: 'Admin' } as const;
const bob = { kind: 'iam-user', name: 'bob' } as const;

let ws: E2eWorkspace;
let items: ConfigItem[];
let trail: SimulatedTrail;
let snapshot: string;

/** Three console and CLI changes, each recorded in CloudTrail as it was made. */
function changeByHand(): void {
  items = ws.items();
  trail = new SimulatedTrail({ account: FIXTURE_ACCOUNT, region: FIXTURE_REGION, seed: 'changed-by' });
  const scenario = (kind: string) => DRIFT_SCENARIOS.find((s) => s.kind === kind)!;
  items = scenario('port 22 opened to the world').inject(items, ws.account);
  items = scenario('bucket versioning suspended').inject(items, ws.account);
  items = scenario('AdministratorAccess attached to a role').inject(items, ws.account);
  const sg = itemFor(items, ws.account, 'platform/network/alb-sg') as ConfigItem;
  // Config linked this one (an item of version 1.2); the other two are found by the resource's name.
  recordChange(
    trail,
    sg,
    {
      eventName: 'AuthorizeSecurityGroupIngress',
      eventSource: 'ec2.amazonaws.com',
      actor: alice,
      time: '2026-11-26T14:07:45Z',
      sourceIp: '203.0.113.7',
      requestParameters: { groupId: sg.resourceId },
      resources: [{ type: 'AWS::EC2::SecurityGroup', name: sg.resourceId }],
    },
    { linkRelatedEvents: true },
  );
  const bucket = itemFor(items, ws.account, 'platform/storage/assets') as ConfigItem;
  recordChange(trail, bucket, {
    eventName: 'PutBucketVersioning',
    eventSource: 's3.amazonaws.com',
    actor: bob,
    client: 'cli',
    time: '2026-11-26T16:30:02Z',
    sourceIp: '198.51.100.23',
    requestParameters: { bucketName: bucket.resourceId, VersioningConfiguration: { Status: 'Suspended' } },
    resources: [{ type: 'AWS::S3::Bucket', name: bucket.resourceId }],
  });
  const role = itemFor(items, ws.account, 'platform/identity/app-role') as ConfigItem;
  recordChange(trail, role, {
    eventName: 'AttachRolePolicy',
    eventSource: 'iam.amazonaws.com',
    actor: alice,
    time: '2026-11-26T17:12:00Z',
    requestParameters: {
      roleName: role.resourceName,
      policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
    },
    resources: [{ type: 'AWS::IAM::Role', name: String(role.resourceName) }],
  });
  snapshot = ws.writeSnapshot('changed-by.json', items);
}

beforeAll(() => {
  ws = createE2eWorkspace();
  changeByHand();
});
afterAll(() => ws.remove());

const check = (...args: string[]) => ['drift', 'check', '--iac', ws.iac, '--state', ws.state, ...args];
const byPath = (report: DriftReport, path: string) => report.resources.find((r) => r.constructPath === path)!;

describe('groundwork drift check --cloudtrail (offline)', () => {
  it.each([
    ['LookupEvents output', () => trail.lookupEventsOutput()],
    ['a CloudTrail log file', () => trail.logFile()],
  ])('says who made each change, from %s', async (_form, events) => {
    const file = join(ws.dir, 'events.json');
    writeFileSync(file, JSON.stringify(events()));
    const output = join(ws.dir, 'who.json');
    const t = captureIo();
    expect(
      await runCli(
        check('--snapshot', snapshot, '--cloudtrail', file, '--format', 'json', '--output', output),
        t.io,
      ),
    ).toBe(1);
    const report = JSON.parse(readFileSync(output, 'utf8')) as DriftReport;
    expect(validateReport(report) ? [] : validateReport.errors).toEqual([]);
    expect(byPath(report, 'platform/network/alb-sg').changedBy).toEqual([
      expect.objectContaining({
        eventName: 'AuthorizeSecurityGroupIngress',
        eventTime: '2026-11-26T14:07:45.000Z',
        principalArn: expect.stringMatching(
          /^arn:aws:sts::123456789012:assumed-role\/AWSReservedSSO_Admin_[0-9a-f]{16}\/alice@example\.com$/,
        ),
        via: 'console',
        sourceIp: '203.0.113.7',
        eventSource: 'ec2.amazonaws.com',
      }),
    ]);
    expect(byPath(report, 'platform/storage/assets').changedBy).toEqual([
      expect.objectContaining({
        eventName: 'PutBucketVersioning',
        principalArn: 'arn:aws:iam::123456789012:user/bob',
        userName: 'bob',
        via: 'api',
      }),
    ]);
    expect(byPath(report, 'platform/identity/app-role').changedBy?.map((e) => e.eventName)).toEqual([
      'AttachRolePolicy',
    ]);
    expect(report.resources.filter((r) => r.changedBy).length).toBe(3);
  });

  it('shows it in text, grouped by actor on request, and in markdown, SARIF and HTML', async () => {
    const file = join(ws.dir, 'events.json');
    writeFileSync(file, JSON.stringify(trail.lookupEventsOutput()));
    const text = captureIo();
    await runCli(check('--snapshot', snapshot, '--cloudtrail', file, '--group-by', 'actor'), text.io);
    const headings = text
      .stdout()
      .split('\n')
      .filter((l) => /^(Changed by|No recorded change)/.test(l));
    expect(headings).toEqual([
      expect.stringMatching(/^Changed by alice@example\.com \(arn:aws:sts::123456789012:assumed-role\//),
      'Changed by bob (arn:aws:iam::123456789012:user/bob)',
      'No recorded change (no CloudTrail event linked)',
    ]);
    expect(text.stdout()).toContain(
      'changed by bob via API, 2026-11-26 16:30:02 UTC: PutBucketVersioning from 198.51.100.23 (arn:aws:iam::123456789012:user/bob)',
    );
    const markdown = captureIo();
    await runCli(check('--snapshot', snapshot, '--cloudtrail', file, '--format', 'markdown'), markdown.io);
    expect(markdown.stdout()).toContain(
      'changed by `bob` via API, 2026-11-26 16:30:02 UTC: `PutBucketVersioning`',
    );
    const sarif = captureIo();
    await runCli(check('--snapshot', snapshot, '--cloudtrail', file, '--format', 'sarif'), sarif.io);
    expect(sarif.stdout()).toContain('Last changed by bob (arn:aws:iam::123456789012:user/bob) via API');
    const html = captureIo();
    await runCli(check('--snapshot', snapshot, '--cloudtrail', file, '--format', 'html'), html.io);
    expect(html.stdout()).toContain('changed by bob via API, 2026-11-26 16:30:02 UTC');
  });

  it('refuses --group-by where it does not apply, and a file that is not CloudTrail', async () => {
    const t = captureIo();
    expect(await runCli(check('--snapshot', snapshot, '--group-by', 'actor', '--format', 'json'), t.io)).toBe(
      2,
    );
    expect(t.stderr()).toContain('--group-by applies to the text and markdown reports');
    const bad = join(ws.dir, 'not-cloudtrail.json');
    writeFileSync(bad, JSON.stringify({ Items: [] }));
    const u = captureIo();
    expect(await runCli(check('--snapshot', snapshot, '--cloudtrail', bad), u.io)).toBe(2);
    expect(u.stderr()).toContain(`${bad}: /: expected CloudTrail events: a LookupEvents response`);
  });
});

describe('groundwork drift check --from-config: who changed it through LookupEvents', () => {
  const config = mockClient(ConfigServiceClient);
  const cloudtrail = mockClient(CloudTrailClient);
  afterAll(() => {
    config.restore();
    cloudtrail.restore();
  });
  const regions: string[] = [];
  const command = createDriftCommand({
    configClient: () => new ConfigServiceClient({ region: FIXTURE_REGION }),
    cloudTrailClient: (region) => {
      regions.push(region);
      return new CloudTrailClient({ region });
    },
  });
  const live = (...args: string[]) =>
    check('--from-config', '--region', FIXTURE_REGION, '--format', 'json', ...args).slice(1);

  it('asks CloudTrail about the drifted resources only, IAM in us-east-1, and links what it finds', async () => {
    serveConfigItems(config, items);
    serveTrail(cloudtrail, trail);
    const output = join(ws.dir, 'live-who.json');
    const t = captureIo();
    expect(await command.run(live('--output', output), t.io)).toBe(1);
    expect(t.stderr()).toBe('');
    const report = JSON.parse(readFileSync(output, 'utf8')) as DriftReport;
    // BatchGetResourceConfig items carry no relatedEvents: all three are found by the resource's name.
    expect(
      report.resources.filter((r) => r.changedBy).map((r) => [r.constructPath, r.changedBy?.[0].eventName]),
    ).toEqual([
      ['platform/identity/app-role', 'AttachRolePolicy'],
      ['platform/storage/assets', 'PutBucketVersioning'],
      ['platform/network/alb-sg', 'AuthorizeSecurityGroupIngress'],
    ]);
    expect([...new Set(regions)].sort()).toEqual(['eu-west-1', 'us-east-1']);
    const asked = cloudtrail.commandCalls(LookupEventsCommand).map((c) => c.args[0].input);
    expect(asked.every((i) => i.LookupAttributes?.[0].AttributeKey === 'ResourceName')).toBe(true);
    expect(asked.length).toBeLessThanOrEqual(3 * 3);
  });

  it('writes the report with a warning when LookupEvents is denied, and skips CloudTrail with --no-cloudtrail', async () => {
    serveConfigItems(config, items);
    cloudtrail.reset();
    cloudtrail
      .on(LookupEventsCommand)
      .rejects(Object.assign(new Error('User is not authorized'), { name: 'AccessDeniedException' }));
    const t = captureIo();
    expect(await command.run(live(), t.io)).toBe(1);
    expect(JSON.parse(t.stdout()).resources.some((r: { changedBy?: unknown }) => r.changedBy)).toBe(false);
    expect(t.stderr()).toContain(
      'groundwork drift: warning: CloudTrail LookupEvents failed (AccessDeniedException: User is not authorized); the report does not say who changed what. It needs cloudtrail:LookupEvents; --no-cloudtrail skips it.',
    );
    cloudtrail.resetHistory();
    const quiet = captureIo();
    expect(await command.run(live('--no-cloudtrail'), quiet.io)).toBe(1);
    expect(quiet.stderr()).toBe('');
    expect(cloudtrail.commandCalls(LookupEventsCommand)).toHaveLength(0);
  });
});
