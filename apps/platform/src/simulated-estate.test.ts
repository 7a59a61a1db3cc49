// Every stack of an environment (but the organization, which AWS Config does not record) applied to a simulated
// account and checked against AWS Config's view of it: nothing drifts, and what stays unchecked is exactly what
// AWS Config does not record.
import { accountFiles, simulateAccount } from '@groundwork/aws-sim';
import { DriftEngine, loadIacDir, parseLive, parseStates, type ConfigItem } from '@groundwork/drift';
import { App } from 'cdktf';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlatform, loadPlatformConfig } from './app';
import { FIXTURE_DRIFT_BUNDLE_ZIP } from './example-account-drift';

let iacDir: string;

beforeAll(() => {
  iacDir = mkdtempSync(join(tmpdir(), 'groundwork-estate-test-'));
  const app = new App({ outdir: iacDir });
  buildPlatform(app, {
    driftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
    organizationDriftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
  });
  app.synth();
});

afterAll(() => rmSync(iacDir, { recursive: true, force: true }));

/** Terraform types of the estate that AWS Config does not record: other live sources read them. */
const NOT_RECORDED_BY_CONFIG = [
  'aws_cloudfront_origin_access_control',
  'aws_cloudwatch_log_group',
  'aws_config_config_rule',
  'aws_config_delivery_channel',
  'aws_db_parameter_group',
  'aws_iam_account_password_policy',
  'aws_lambda_function_event_invoke_config',
  'aws_lb_target_group',
  'aws_sns_topic_subscription',
];

describe('the dev estate, drift stack included, on a simulated account', () => {
  it('is in sync, and leaves unchecked only what AWS Config does not record', () => {
    const dev = loadPlatformConfig().environments.find((e) => e.name === 'dev');
    if (!dev) throw new Error('apps/platform/config has no dev environment');
    const stacks = ['identity', 'network', 'data', 'app', 'drift'].map((s) => `${s}-dev`);
    const account = simulateAccount(iacDir, { account: dev.accountId, region: dev.region, stacks });
    const files = accountFiles(account, account.items);
    const desired = loadIacDir(iacDir);
    const state = parseStates(
      Object.entries(files)
        .filter(([path]) => path.startsWith('state/'))
        .map(([path, content]) => ({ path, content })),
      desired,
    );
    const items = parseLive(JSON.parse(files['snapshot.json']), 'snapshot.json').items as ConfigItem[];
    const report = new DriftEngine(desired, state, { stacks }).check(items);
    const notInSync = report.resources.filter((r) => r.status !== 'IN_SYNC' && r.status !== 'NOT_CHECKED');
    expect(notInSync.map((r) => `${r.status} ${r.address} ${JSON.stringify(r.differences)}`)).toEqual([]);
    const unchecked = report.resources.filter((r) => r.status === 'NOT_CHECKED');
    // The recorder records its own region: the us-east-1 rule that forwards global services' calls is in no snapshot;
    // only Cloud Control, its fallback source, would read it there.
    const elsewhere = unchecked.filter((r) => r.region !== dev.region && r.region !== 'global');
    expect(elsewhere.map((r) => [r.address?.split('.')[0], r.region, r.reason])).toEqual([
      [
        'aws_cloudwatch_event_rule',
        'us-east-1',
        `no complete inventory of AWS::Events::Rule in account ${dev.accountId}, us-east-1 (config or cloudcontrol): a partial input proves nothing about absent resources`,
      ],
    ]);
    const here = unchecked.filter((r) => !elsewhere.includes(r));
    expect([...new Set(here.map((r) => r.address?.split('.')[0]))].sort()).toEqual(NOT_RECORDED_BY_CONFIG);
    // Every resource type the drift stack adds, as AWS Config records it, is compared.
    for (const type of [
      'AWS::Lambda::Function',
      'AWS::Events::Rule',
      'AWS::CloudWatch::Alarm',
      'AWS::SQS::Queue',
    ])
      expect(
        report.resources.filter((r) => r.resourceType === type && r.status === 'IN_SYNC').length,
      ).toBeGreaterThan(0);
  });
});
