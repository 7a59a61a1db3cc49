import { CloudControlClient, GetResourceCommand, ListResourcesCommand } from '@aws-sdk/client-cloudcontrol';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import {
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
  ListDiscoveredResourcesCommand,
} from '@aws-sdk/client-config-service';
import { GetAccountPasswordPolicyCommand, IAMClient, NoSuchEntityException } from '@aws-sdk/client-iam';
import {
  AWSOrganizationsNotInUseException,
  DescribeOrganizationCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { DRIFT_REPORT_SCHEMA } from '@groundwork/drift';
import Ajv2020 from 'ajv/dist/2020';
import { mockClient } from 'aws-sdk-client-mock';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from '../cli';
import { captureIo } from '../capture-io';
import { createDriftCommand } from '../commands/drift';
import { ConfigItem, SimulatedTrail } from '@groundwork/aws-sim';
import { serveTrail } from './e2e/cloudtrail-api-stub';
import { serveConfigItems } from './e2e/config-api-stub';
import { DRIFT_SCENARIOS } from './e2e/drift-scenarios';
import { createE2eWorkspace, E2eWorkspace } from './e2e/e2e-workspace';
import { FIXTURE_ACCOUNT } from './e2e/fixture-app';

/** A published AWS Config payload of the drift library's fixtures (their README says where each comes from). */
function awsConfigExample(name: string): Record<string, unknown> {
  const file = resolve(__dirname, '../../../../libs/drift/src/fixtures/aws-config', name);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

const validateReport = new Ajv2020({ allErrors: true }).compile(DRIFT_REPORT_SCHEMA);

let ws: E2eWorkspace;
let clean: string;
let drifted: string;

beforeAll(() => {
  ws = createE2eWorkspace();
  clean = ws.writeSnapshot('clean.json', ws.items());
  let items = ws.items();
  for (const s of DRIFT_SCENARIOS) items = s.inject(items, ws.account);
  drifted = ws.writeSnapshot('drifted.json', items);
});
afterAll(() => ws.remove());

/** The command with the workspace's IaC and state. */
const check = (...args: string[]) => ['drift', 'check', '--iac', ws.iac, '--state', ws.state, ...args];

describe('groundwork drift check', () => {
  it('exits 0 and says so when the account is in sync', async () => {
    const t = captureIo();
    expect(await runCli(check('--snapshot', clean), t.io)).toBe(0);
    expect(t.stdout()).toMatch(/^Stack platform\n/);
    expect(t.stdout()).toMatch(/\nNo drift\.\n$/);
    expect(t.stderr()).toBe('');
  });

  it('reads a snapshot as AWS Config delivers it to S3, gzipped, and refuses a cut-off one', async () => {
    const zipped = join(ws.dir, 'snapshot.json.gz');
    const whole = gzipSync(readFileSync(drifted));
    writeFileSync(zipped, whole);
    const plain = captureIo();
    const t = captureIo();
    expect(await runCli(check('--snapshot', drifted), plain.io)).toBe(1);
    expect(await runCli(check('--snapshot', zipped), t.io)).toBe(1);
    expect(t.stdout()).toBe(plain.stdout());
    const cut = join(ws.dir, 'cut.json.gz');
    writeFileSync(cut, whole.subarray(0, whole.length >> 1));
    const c = captureIo();
    expect(await runCli(check('--snapshot', cut), c.io)).toBe(2);
    expect(c.stderr()).toMatch(
      /cut\.json\.gz: \/: expected a whole gzip file \(it starts as one\), got unexpected end of file/,
    );
  });

  it('exits 1 and writes a JSON report that matches the schema, and nothing to stdout', async () => {
    const t = captureIo();
    const output = join(ws.dir, 'report.json');
    expect(await runCli(check('--snapshot', drifted, '--format', 'json', '--output', output), t.io)).toBe(1);
    expect(t.stdout()).toBe('');
    const report = JSON.parse(readFileSync(output, 'utf8'));
    expect(validateReport(report) ? [] : validateReport.errors).toEqual([]);
    const flagged = report.resources.filter(
      (r: { status: string }) => !['IN_SYNC', 'NOT_CHECKED'].includes(r.status),
    );
    expect(flagged.length).toBe(new Set(DRIFT_SCENARIOS.map((s) => `${s.status} ${s.constructPath}`)).size);
    const bastion = report.resources.find(
      (r: { constructPath: string }) => r.constructPath === 'platform/compute/bastion',
    );
    expect(bastion.differences).toEqual(
      expect.arrayContaining([
        { path: 'instance_type', expected: 't3.micro', actual: 't3.xlarge', type: 'NOT_EQUAL' },
      ]),
    );
    expect(readdirSync(ws.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints text grouped by stack with `~ path: expected → actual` lines, in color only on a TTY without NO_COLOR', async () => {
    const plain = captureIo();
    expect(await runCli(check('--snapshot', drifted), plain.io)).toBe(1);
    expect(plain.stdout()).toContain('      ~ instance_type: "t3.micro" → "t3.xlarge"\n');
    expect(plain.stdout()).toMatch(
      /\n {2}DELETED {6}aws_nat_gateway\.network_nat_\w+ {2}\(platform\/network\/nat\)/,
    );
    expect(plain.stdout()).not.toContain('\u001b[');

    const tty = captureIo({ tty: true });
    await runCli(check('--snapshot', drifted), tty.io);
    expect(tty.stdout()).toContain('\u001b[33mMODIFIED');

    const noColor = captureIo({ tty: true, env: { NO_COLOR: '1' } });
    await runCli(check('--snapshot', drifted), noColor.io);
    expect(noColor.stdout()).toBe(plain.stdout());
  });

  it('writes a markdown job summary', async () => {
    const t = captureIo();
    expect(await runCli(check('--snapshot', drifted, '--format', 'markdown'), t.io)).toBe(1);
    expect(t.stdout()).toMatch(/^## Groundwork drift report\n\n:warning: \*\*Drift found\*\*/);
    expect(t.stdout()).toContain('| **DELETED** | `aws_nat_gateway.network_nat_');
  });

  it('writes SARIF whose results point at the resource’s line in the synthesized stack', async () => {
    const t = captureIo({ cwd: ws.dir });
    expect(await runCli(check('--snapshot', drifted, '--format', 'sarif'), t.io)).toBe(1);
    const sarif = JSON.parse(t.stdout());
    const results = sarif.runs[0].results as {
      ruleId: string;
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } };
      }[];
      properties: { address: string };
    }[];
    const nat = results.find((r) => r.ruleId === 'drift/deleted');
    const loc = nat?.locations[0].physicalLocation;
    expect(loc?.artifactLocation.uri).toBe('cdktf.out/stacks/platform/cdk.tf.json');
    const lines = readFileSync(join(ws.iac, 'stacks/platform/cdk.tf.json'), 'utf8').split('\n');
    expect(lines[(loc?.region?.startLine ?? 0) - 1]).toContain(
      `"${nat?.properties.address.split('.')[1]}": {`,
    );
    expect(
      results.filter((r) => r.ruleId === 'drift/unmanaged')[0].locations[0].physicalLocation.artifactLocation
        .uri,
    ).toBe('cdktf.out/manifest.json');
  });

  it('checks only the stacks asked for, and then reports nothing as unmanaged', async () => {
    const t = captureIo();
    const output = join(ws.dir, 'shared.json');
    expect(
      await runCli(
        check('--snapshot', drifted, '--stack', 'shared', '--format', 'json', '--output', output),
        t.io,
      ),
    ).toBe(1);
    const report = JSON.parse(readFileSync(output, 'utf8'));
    expect(new Set(report.resources.map((r: { stack: string }) => r.stack))).toEqual(new Set(['shared']));
    expect(report.summary.unmanaged).toBe(0);
  });

  it('reports AWS-created defaults as UNMANAGED only with --strict', async () => {
    const output = join(ws.dir, 'strict.json');
    expect(
      await runCli(
        check('--snapshot', clean, '--strict', '--format', 'json', '--output', output),
        captureIo().io,
      ),
    ).toBe(1);
    const unmanaged = JSON.parse(readFileSync(output, 'utf8')).resources.filter(
      (r: { status: string }) => r.status === 'UNMANAGED',
    );
    const types = unmanaged.map((r: { resourceType: string }) => r.resourceType);
    expect(types).toEqual(
      expect.arrayContaining([
        'AWS::EC2::VPC',
        'AWS::EC2::Subnet',
        'AWS::EC2::SecurityGroup',
        'AWS::EC2::RouteTable',
        'AWS::IAM::Role',
      ]),
    );
  });

  it('honours a .driftignore: a whole resource by live id, and a field on every resource of a type', async () => {
    const instanceOnly = [
      'instance type changed',
      'IMDSv1 re-enabled on an instance',
      'port 22 opened to the world',
    ];
    let items = ws.items();
    for (const s of DRIFT_SCENARIOS.filter((x) => instanceOnly.includes(x.kind)))
      items = s.inject(items, ws.account);
    const snapshot = ws.writeSnapshot('ignore.json', items);
    const sg = ws.account.applied.get('platform')?.find((r) => r.constructPath === 'platform/network/alb-sg');
    const ignore = join(ws.dir, '.driftignore');
    writeFileSync(
      ignore,
      `# accepted by the platform team\naws_security_group.${sg?.attrs.id}\naws_instance.*.instance_type\n`,
    );
    const t = captureIo();
    expect(await runCli(check('--snapshot', snapshot, '--ignore', ignore), t.io)).toBe(1);
    expect(t.stdout()).toContain('~ metadata_options.http_tokens');
    expect(t.stdout()).not.toContain('instance_type');
    expect(t.stdout()).not.toMatch(/MODIFIED +aws_security_group/);

    writeFileSync(ignore, `aws_security_group.${sg?.attrs.id}\naws_instance.*\n`);
    expect(await runCli(check('--snapshot', snapshot, '--ignore', ignore), captureIo().io)).toBe(0);

    // A rule past its expiry no longer hides the drift, and the run says so.
    writeFileSync(
      ignore,
      `aws_security_group.${sg?.attrs.id}\n# expires 2020-01-31: resized for the load test\naws_instance.*\n`,
    );
    const expired = captureIo();
    expect(await runCli(check('--snapshot', snapshot, '--ignore', ignore), expired.io)).toBe(1);
    expect(expired.stdout()).toContain('~ instance_type');
    expect(expired.stderr()).toBe(
      `groundwork drift: warning: ${ignore}: line 3: "aws_instance.*" expired on 2020-01-31 (resized for the load test); the drift it tolerated is reported again. Renew or remove it.\n`,
    );
  });

  it('reports progress on stderr once there are more than 1,000 items', async () => {
    const noise: ConfigItem[] = Array.from({ length: 1200 }, (_, i) => ({
      ...structuredClone(ws.items()[0]),
      resourceType: 'AWS::EC2::NetworkInterface',
      resourceId: `eni-0${i.toString(16).padStart(16, '0')}`,
    }));
    const big = ws.writeSnapshot('big.json', [...ws.items(), ...noise]);
    const t = captureIo();
    expect(await runCli(check('--snapshot', big), t.io)).toBe(0);
    expect(t.stderr()).toMatch(/groundwork drift: \[\d+\.\ds\] comparing 1,2\d\d live items with the IaC\n/);
    expect(t.stderr()).toMatch(/compared: \d+ results; writing the text report\n/);
  });

  it('reads several --snapshot files as one input: two snapshots that each list some types in full', async () => {
    const items = ws.items();
    const types = [...new Set(items.map((i) => i.resourceType))].sort();
    const half = new Set(types.slice(0, Math.ceil(types.length / 2)));
    const first = ws.writeSnapshot(
      'first.json',
      items.filter((i) => half.has(i.resourceType)),
    );
    const second = ws.writeSnapshot(
      'second.json',
      items.filter((i) => !half.has(i.resourceType)),
    );
    const t = captureIo();
    expect(await runCli(check('--snapshot', first, '--snapshot', second, '--format', 'json'), t.io)).toBe(0);
    const whole = captureIo();
    await runCli(check('--snapshot', clean, '--format', 'json'), whole.io);
    expect(JSON.parse(t.stdout())).toEqual(JSON.parse(whole.stdout()));
  });

  it('never calls a resource DELETED from a partial input: one change event, or one resource history', async () => {
    const [item] = ws.items().filter((i) => i.resourceType === 'AWS::EC2::SecurityGroup');
    const event = join(ws.dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        'detail-type': 'Config Configuration Item Change',
        source: 'aws.config',
        detail: {
          messageType: 'ConfigurationItemChangeNotification',
          notificationCreationTime: '2026-11-27T10:00:01.000Z',
          configurationItem: item,
        },
      }),
    );
    const history = join(ws.dir, 'history.json');
    writeFileSync(history, JSON.stringify({ configurationItems: [item], nextToken: 'more' }));
    for (const file of [event, history]) {
      const t = captureIo();
      expect(await runCli(check('--snapshot', file, '--format', 'json'), t.io)).toBe(0);
      const report = JSON.parse(t.stdout());
      expect(report.summary.deleted).toBe(0);
      expect(
        report.resources.find((r: { resourceId: string }) => r.resourceId === item.resourceId).status,
      ).toBe('IN_SYNC');
      const others = report.resources.filter(
        (r: { resourceType: string; resourceId: string; stack: string | null }) =>
          r.resourceType === 'AWS::EC2::SecurityGroup' &&
          r.resourceId !== item.resourceId &&
          r.stack !== null,
      );
      expect(others.length).toBeGreaterThan(0);
      for (const r of others)
        expect(r.reason).toMatch(/a partial input proves nothing about absent resources/);
    }
  });

  it('warns when a file lists resources in full but names no account, and takes --account for it', async () => {
    // A type the estate does not manage, so the complete (empty) listing finds no drift whichever account it is.
    const listing = join(ws.dir, 'origin-access-controls.json');
    writeFileSync(
      listing,
      JSON.stringify({ TypeName: 'AWS::CloudFront::OriginAccessControl', ResourceDescriptions: [] }),
    );
    const t = captureIo();
    expect(await runCli(check('--snapshot', clean, '--snapshot', listing), t.io)).toBe(0);
    expect(t.stderr()).toContain(
      `groundwork drift: warning: ${listing} lists resources in full but names no account`,
    );
    const quiet = captureIo();
    expect(
      await runCli(check('--snapshot', clean, '--snapshot', listing, '--account', '123456789012'), quiet.io),
    ).toBe(0);
    expect(quiet.stderr()).toBe('');
  });

  it('warns on stderr about a state file it cannot match to a stack, and checks without it', async () => {
    const strayState = join(ws.dir, 'stray-state');
    mkdirSync(strayState, { recursive: true });
    for (const f of readdirSync(ws.state))
      writeFileSync(join(strayState, f), readFileSync(join(ws.state, f)));
    writeFileSync(
      join(strayState, 'old.tfstate'),
      JSON.stringify({
        version: 4,
        resources: [{ mode: 'managed', type: 'aws_sqs_queue', name: 'q', instances: [] }],
      }),
    );
    const t = captureIo();
    const code = await runCli(
      ['drift', 'check', '--iac', ws.iac, '--state', strayState, '--snapshot', clean],
      t.io,
    );
    expect(code).toBe(0);
    expect(t.stderr()).toBe(
      `groundwork drift: warning: ${join(strayState, 'old.tfstate')} matches no stack by name (<stack>.tfstate) nor, unambiguously, by its addresses; it is not used. Name it after its stack.\n`,
    );
  });

  describe('input errors exit 2 with the file, the field and what was expected, and write nothing', () => {
    async function fails(args: string[]) {
      const t = captureIo();
      const output = join(ws.dir, 'never.json');
      expect(await runCli(check(...args, '--output', output), t.io)).toBe(2);
      expect(existsSync(output)).toBe(false);
      expect(t.stdout()).toBe('');
      return t.stderr();
    }

    it('names a snapshot that is not JSON', async () => {
      const bad = join(ws.dir, 'bad.json');
      writeFileSync(bad, '{"configurationItems": [');
      expect(await fails(['--snapshot', bad])).toMatch(
        new RegExp(`^groundwork drift: ${bad}: /: expected valid JSON`),
      );
    });

    it('names a snapshot item with a wrong field', async () => {
      const bad = join(ws.dir, 'bad-item.json');
      writeFileSync(bad, JSON.stringify({ fileVersion: '1.0', configurationItems: [{ resourceType: 42 }] }));
      expect(await fails(['--snapshot', bad])).toMatch(
        new RegExp(`${bad}: /configurationItems/0/resourceType: expected`),
      );
    });

    it('names a state file of the wrong format version', async () => {
      const badState = join(ws.dir, 'bad-state');
      mkdirSync(badState, { recursive: true });
      writeFileSync(join(badState, 'platform.tfstate'), JSON.stringify({ version: 3, resources: [] }));
      const t = captureIo();
      const code = await runCli(
        ['drift', 'check', '--iac', ws.iac, '--state', badState, '--snapshot', clean],
        t.io,
      );
      expect(code).toBe(2);
      expect(t.stderr()).toMatch(/platform\.tfstate: \/version: expected .*4/);
    });

    it('names an unknown stack and lists the real ones', async () => {
      expect(await fails(['--snapshot', clean, '--stack', 'nope'])).toContain(
        '--stack nope: no such stack in',
      );
    });

    it('rejects an oversized-item notification, which holds no configuration', async () => {
      const event = join(ws.dir, 'oversized.json');
      writeFileSync(
        event,
        JSON.stringify({
          invokingEvent: JSON.stringify({
            configurationItemSummary: {
              changeType: 'UPDATE',
              configurationItemVersion: '1.2',
              configurationItemCaptureTime: '2026-11-27T10:00:00.000Z',
              configurationStateId: 0,
              awsAccountId: '123456789012',
              configurationItemStatus: 'OK',
              resourceType: 'AWS::EC2::Instance',
              resourceId: 'i-00000000',
              resourceName: null,
              ARN: 'arn:aws:ec2:eu-west-1:123456789012:instance/i-00000000',
              awsRegion: 'eu-west-1',
              availabilityZone: 'eu-west-1a',
              configurationStateMd5Hash: '',
              resourceCreationTime: '2026-11-20T09:14:07.000Z',
            },
            messageType: 'OversizedConfigurationItemChangeNotification',
            notificationCreationTime: '2026-11-27T10:00:01.000Z',
            recordVersion: '1.0',
          }),
          ruleParameters: '{}',
          resultToken: 'token',
          eventLeftScope: false,
          executionRoleArn: 'arn:aws:iam::123456789012:role/config-role',
          configRuleArn: 'arn:aws:config:eu-west-1:123456789012:config-rule/config-rule-0123456',
          configRuleName: 'drift',
          configRuleId: 'config-rule-0123456',
          accountId: '123456789012',
          version: '1.0',
        }),
      );
      expect(await fails(['--snapshot', event])).toMatch(
        /oversized summaries \(first: AWS::EC2::Instance i-00000000\)/,
      );
    });
  });

  it('rejects a file of snapshot delivery notifications only, and names the delivered snapshot to give instead', async () => {
    // The Developer Guide's sample (libs/drift/src/fixtures/aws-config), as SNS delivers it: Message a string.
    const published = awsConfigExample(
      'awsdocs-sns-notification-ConfigurationSnapshotDeliveryCompleted.json',
    );
    const file = join(ws.dir, 'delivered.json');
    writeFileSync(file, JSON.stringify({ ...published, Message: JSON.stringify(published['Message']) }));
    const t = captureIo();
    expect(await runCli(check('--snapshot', file), t.io)).toBe(2);
    expect(t.stderr()).toContain(
      "delivered.json: /Message: expected configuration items, but AWS Config's ConfigurationSnapshotDeliveryCompleted message carries none; give the file it announces (s3://config-bucket-123456789012-ohio/AWSLogs/123456789012/Config/us-east-2/2016/9/27/ConfigSnapshot/123456789012_Config_us-east-2_ConfigSnapshot_20160927T183939Z_16da64e4-cb65-4846-b061-e6c3ba43cb96.json.gz), or use --from-config",
    );
  });

  it('reads items of types no adapter compares, leaves them out of the report and says so on stderr', async () => {
    const files = [
      'awsdocs-cli-BatchGetResourceConfig-custom-resource-type.json',
      'custodian-placebo-GetResourceConfigHistory-ebs-volume-deleted.json',
    ].map((name) => {
      const file = join(ws.dir, name);
      writeFileSync(file, JSON.stringify(awsConfigExample(name)));
      return file;
    });
    const t = captureIo();
    expect(await runCli(check(...files.flatMap((f) => ['--snapshot', f])), t.io)).toBe(0);
    expect(t.stderr()).toBe(
      'groundwork drift: note: 3 live items of types no adapter compares, left out of the report: AWS::EC2::Volume (2), MyCustomNamespace::Testing::WordPress (1).\n',
    );
    expect(t.stdout()).not.toMatch(/WordPress|vol-12345/);
  });

  it('rejects an oversized notification and names where AWS Config delivered the full item', async () => {
    const file = join(ws.dir, 'oversized.json');
    writeFileSync(
      file,
      JSON.stringify(
        awsConfigExample(
          'awsdocs-sns-message-OversizedConfigurationItemChangeNotification-ec2-instance-trimmed.json',
        ),
      ),
    );
    const t = captureIo();
    expect(await runCli(check('--snapshot', file), t.io)).toBe(2);
    expect(t.stderr()).toContain(
      'give the full notification AWS Config delivered (s3://my-bucket/AWSLogs/123456789012/Config/us-west-2/2016/10/6/OversizedChangeNotification/AWS::EC2::Instance/',
    );
  });

  it('rejects a scheduled notification, which carries no items, and points to --from-config', async () => {
    const event = join(ws.dir, 'scheduled.json');
    writeFileSync(
      event,
      JSON.stringify({
        invokingEvent: JSON.stringify({
          awsAccountId: '123456789012',
          notificationCreationTime: '2026-11-27T10:00:00.000Z',
          messageType: 'ScheduledNotification',
          recordVersion: '1.0',
        }),
        ruleParameters: '{}',
        resultToken: 'token',
        eventLeftScope: false,
        executionRoleArn: 'arn:aws:iam::123456789012:role/config-role',
        configRuleArn: 'arn:aws:config:eu-west-1:123456789012:config-rule/config-rule-0123456',
        configRuleName: 'drift',
        configRuleId: 'config-rule-0123456',
        accountId: '123456789012',
        version: '1.0',
      }),
    );
    const t = captureIo();
    expect(await runCli(check('--snapshot', event), t.io)).toBe(2);
    expect(t.stderr()).toMatch(
      /scheduled\.json: \/: expected configuration items, but a ScheduledNotification carries none; use --from-config/,
    );
  });

  it('needs the check subcommand', async () => {
    const t = captureIo();
    expect(await runCli(['drift'], t.io)).toBe(2);
    expect(t.stderr()).toMatch(/^groundwork drift: a subcommand is required: use `groundwork drift check`/);
  });

  it('teaches with --help', async () => {
    const t = captureIo();
    expect(await runCli(['drift', 'check', '--help'], t.io)).toBe(0);
    expect(t.stdout()).toContain('Usage: groundwork drift check --iac <cdktf.out dir>');
    expect(t.stdout()).toContain('Exit codes');
    expect(t.stdout()).toContain(
      'npm run --silent drift -- check --iac cdktf.out --state state --snapshot snapshot.json',
    );
  });
});

describe('groundwork drift check --from-config', () => {
  const config = mockClient(ConfigServiceClient);
  afterAll(() => config.restore());
  const serve = (items: ConfigItem[]) => serveConfigItems(config, items);
  // Nobody changed anything by API that CloudTrail knows of: who-changed-it stays empty here (see changed-by.test.ts).
  const cloudtrail = mockClient(CloudTrailClient);
  beforeEach(() =>
    serveTrail(cloudtrail, new SimulatedTrail({ account: '123456789012', region: 'eu-west-1' })),
  );
  afterAll(() => cloudtrail.restore());

  const live = (...args: string[]) => [
    'drift',
    'check',
    '--iac',
    ws.iac,
    '--state',
    ws.state,
    '--from-config',
    '--region',
    'eu-west-1',
    ...args,
  ];
  const command = createDriftCommand({
    configClient: () => new ConfigServiceClient({ region: 'eu-west-1' }),
    cloudTrailClient: () => new CloudTrailClient({ region: 'eu-west-1' }),
  });

  it('reads the account through the API and finds it in sync', async () => {
    serve(ws.items());
    const t = captureIo();
    expect(await command.run(live().slice(1), t.io)).toBe(0);
    expect(t.stdout()).toMatch(/No drift\.\n$/);
    expect(config.commandCalls(BatchGetResourceConfigCommand).length).toBeGreaterThan(0);
  });

  it('finds drift made in the console', async () => {
    const scenario = DRIFT_SCENARIOS.find((s) => s.kind === 'database made publicly accessible')!;
    serve(scenario.inject(ws.items(), ws.account));
    const t = captureIo();
    expect(await command.run(live().slice(1), t.io)).toBe(1);
    expect(t.stdout()).toContain('~ publicly_accessible: false → true');
  });

  it('turns an AWS error into exit 2 with the service and the reason', async () => {
    config.reset();
    config.on(ListDiscoveredResourcesCommand).rejects(
      Object.assign(new Error('No configuration recorder is available'), {
        name: 'NoAvailableConfigurationRecorderException',
      }),
    );
    const t = captureIo();
    await expect(command.run(live().slice(1), t.io)).rejects.toThrow(
      /reading AWS Config \(eu-west-1\) failed: NoAvailableConfigurationRecorderException: No configuration recorder/,
    );
  });

  it('with --live also reads Cloud Control and the direct reads, and --save writes what --snapshot reads alike', async () => {
    serve(ws.items());
    const cloudControl = mockClient(CloudControlClient);
    const iam = mockClient(IAMClient);
    const organizations = mockClient(OrganizationsClient);
    try {
      const logGroup = '/vpc/platform/flow-logs';
      cloudControl.on(ListResourcesCommand).resolves({ ResourceDescriptions: [] });
      cloudControl
        .on(ListResourcesCommand, { TypeName: 'AWS::Logs::LogGroup' })
        .resolves({ TypeName: 'AWS::Logs::LogGroup', ResourceDescriptions: [{ Identifier: logGroup }] });
      cloudControl
        .on(GetResourceCommand, { TypeName: 'AWS::Logs::LogGroup', Identifier: logGroup })
        .resolves({
          TypeName: 'AWS::Logs::LogGroup',
          ResourceDescription: {
            Identifier: logGroup,
            Properties: JSON.stringify({
              LogGroupName: logGroup,
              RetentionInDays: 1,
              Arn: `arn:aws:logs:eu-west-1:${FIXTURE_ACCOUNT}:log-group:${logGroup}:*`,
            }),
          },
        });
      iam
        .on(GetAccountPasswordPolicyCommand)
        .rejects(
          new NoSuchEntityException({ message: 'The Password Policy cannot be found.', $metadata: {} }),
        );
      organizations
        .on(DescribeOrganizationCommand)
        .rejects(new AWSOrganizationsNotInUseException({ message: 'not in an organization', $metadata: {} }));
      config.on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [] });
      // The region's recorder records every supported type: its EventBridge rules need no Cloud Control read.
      config
        .on(DescribeConfigurationRecordersCommand)
        .resolves({ ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true } }] });
      config
        .on(DescribeConfigurationRecorderStatusCommand)
        .resolves({ ConfigurationRecordersStatus: [{ name: 'default', recording: true }] });
      const saved = join(ws.dir, 'live-read.json');
      const command = createDriftCommand({
        liveClients: (region) => ({
          config: new ConfigServiceClient({ region }),
          configFor: (at) => new ConfigServiceClient({ region: at }),
          cloudControlFor: (at) => new CloudControlClient({ region: at }),
          iam: new IAMClient({ region }),
          organizations: new OrganizationsClient({ region: 'us-east-1' }),
        }),
        callerAccount: async () => FIXTURE_ACCOUNT,
      });
      const args = ['check', '--iac', ws.iac, '--state', ws.state, '--format', 'json'];
      const t = captureIo();
      const code = await command.run([...args, '--live', '--region', 'eu-west-1', '--save', saved], t.io);
      const report = JSON.parse(t.stdout());
      const flowLogs = report.resources.find((r: { resourceId: string }) => r.resourceId === logGroup);
      // Read through Cloud Control now, and compared: its retention was shortened.
      expect(flowLogs).toMatchObject({
        status: 'MODIFIED',
        source: 'cloudcontrol',
        account: FIXTURE_ACCOUNT,
      });
      expect(code).toBe(1);
      expect(report.summary.coverageBySource.cloudcontrol).toBeGreaterThan(0);
      expect(config.commandCalls(DescribeConfigurationRecordersCommand).length).toBeGreaterThan(0);
      expect(
        cloudControl.commandCalls(ListResourcesCommand).map((c) => c.args[0].input.TypeName),
      ).not.toContain('AWS::Events::Rule');
      // Every type was read in full: the account's inventory, for a later run from the file.
      const envelopes = JSON.parse(readFileSync(saved, 'utf8'));
      expect(
        envelopes.map((e: { groundworkInventory: { source: string } }) => e.groundworkInventory.source),
      ).toEqual(['config', 'cloudcontrol', 'cloudcontrol', 'direct', 'direct']);
      const again = captureIo();
      expect(await command.run([...args, '--snapshot', saved], again.io)).toBe(1);
      expect(JSON.parse(again.stdout())).toEqual(report);
    } finally {
      for (const m of [cloudControl, iam, organizations]) m.restore();
    }
  });

  it('reads through a client that retries in the SDK adaptive mode, and says how often it tried', async () => {
    config.reset();
    config.on(ListDiscoveredResourcesCommand).rejects(
      Object.assign(new Error('Rate exceeded'), {
        name: 'ThrottlingException',
        $metadata: { httpStatusCode: 400, attempts: 8 },
      }),
    );
    const t = captureIo();
    await expect(createDriftCommand().run(live().slice(1), t.io)).rejects.toThrow(
      'reading AWS Config (eu-west-1) failed: ThrottlingException: Rate exceeded (after 8 attempts)',
    );
    const client = config.commandCalls(ListDiscoveredResourcesCommand)[0].thisValue as ConfigServiceClient;
    expect(await client.config.region()).toBe('eu-west-1');
    expect(await client.config.maxAttempts()).toBe(8);
    expect(((await client.config.retryStrategy()) as { mode?: string }).mode).toBe('adaptive');
  });
});

/** The environment without FORCE_COLOR / NO_COLOR, which Node warns about when both are set (as under Nx). */
function withoutColorSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...rest } = env;
  return rest;
}

describe('npm run drift (the real entry point)', () => {
  it('runs from the project root and exits 1 with a schema-valid JSON report on drift', () => {
    const root = resolve(__dirname, '../../../..');
    const output = join(ws.dir, 'npm-report.json');
    const run = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'drift',
        '--',
        'check',
        '--iac',
        ws.iac,
        '--state',
        ws.state,
        '--snapshot',
        drifted,
        '--format',
        'json',
        '--output',
        output,
      ],
      { cwd: root, encoding: 'utf8', env: withoutColorSettings(process.env) },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(validateReport(JSON.parse(readFileSync(output, 'utf8'))) ? [] : validateReport.errors).toEqual([]);
  }, 60_000);
});
