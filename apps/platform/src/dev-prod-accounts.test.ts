// dev and prod in their own accounts, with the same names in both (IAM groups, policies, the VPC's constructs), checked
// end to end with the `groundwork` command three ways: from one multi-account input (an aggregator's snapshot of both
// accounts, and every Cloud Control and direct read in one file), from per-account files given together, and each
// environment on its own from its own account's files. All three must give the same findings, each in its account.
import {
  cloudControlAt,
  itemAt,
  liveReadFiles,
  simulateEstate,
  snapshotFile,
  type EstateAccount,
} from '@groundwork/aws-sim';
import { ACCOUNT_PASSWORD_POLICY_TYPE, type DriftReport, type ResourceResult } from '@groundwork/drift';
import { App } from 'cdktf';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlatform, loadPlatformConfig } from './app';
import { FIXTURE_DRIFT_BUNDLE_ZIP } from './example-account-drift';
import { runGroundwork } from './groundwork-cli';

const ENVIRONMENTS = ['dev', 'prod'];
const STACKS = ['identity', 'network', 'data', 'app', 'drift'];
const stacksOf = (env: string) => STACKS.map((s) => `${s}-${env}`);
const config = loadPlatformConfig();
const accountOf = (env: string) => config.environments.find((e) => e.name === env)!.accountId;

let dir: string;
let iacDir: string;
let estate: EstateAccount[];
/** Per environment, the files of its account's live reads. */
const liveFiles: Record<string, string[]> = {};
/** One file of every account's reads: an aggregator's snapshot, and the other reads in one JSON array. */
let together: string[];

const write = (path: string, content: unknown): string => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, JSON.stringify(content));
  return path;
};

/** The changes made by hand, and what each check must report: the same name is changed in one account only. */
const EXPECTED = [
  // prod's Admins group: dev has a group of the same name, untouched.
  'MODIFIED identity-prod/baseline/admins-group 222222222222 config [managed_policy_arns]',
  // Deleted in prod: the snapshot of prod's recorder no longer lists it.
  'DELETED network-prod/vpc/isolated-subnet-2 222222222222 config []',
  'MODIFIED identity-prod/baseline/password-policy 222222222222 direct [minimum_password_length]',
  'MODIFIED network-dev/vpc/flow-logs/log-group 111111111111 cloudcontrol [retention_in_days]',
].sort();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'groundwork-dev-prod-'));
  iacDir = join(dir, 'cdktf.out');
  const app = new App({ outdir: iacDir });
  buildPlatform(app, {
    driftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
    organizationDriftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
  });
  app.synth();
  estate = simulateEstate(iacDir, { seed: 'dev-prod-accounts', stacks: ENVIRONMENTS.flatMap(stacksOf) });

  const reads = new Map(
    estate.map((a) => [
      a.account,
      structuredClone({
        items: a.simulated.items,
        cloudControl: a.simulated.cloudControl,
        direct: a.simulated.direct,
      }),
    ]),
  );
  const dev = estate.find((a) => a.account === accountOf('dev'))!;
  const prod = estate.find((a) => a.account === accountOf('prod'))!;
  const devReads = reads.get(dev.account)!;
  const prodReads = reads.get(prod.account)!;
  const admins = itemAt(prodReads.items, prod.simulated, 'identity-prod/baseline/admins-group');
  (admins.configuration as { attachedManagedPolicies: unknown[] }).attachedManagedPolicies.push({
    policyName: 'IAMFullAccess',
    policyArn: 'arn:aws:iam::aws:policy/IAMFullAccess',
  });
  const subnet = itemAt(prodReads.items, prod.simulated, 'network-prod/vpc/isolated-subnet-2');
  prodReads.items = prodReads.items.filter((i) => i !== subnet);
  const policy = prodReads.direct.find((d) => d.typeName === ACCOUNT_PASSWORD_POLICY_TYPE)!;
  (policy.output.PasswordPolicy as Record<string, unknown>).MinimumPasswordLength = 8;
  cloudControlAt(devReads.cloudControl, dev.simulated, 'network-dev/vpc/flow-logs/log-group').properties[
    'RetentionInDays'
  ] = 1;

  for (const a of estate)
    for (const [stack, state] of Object.entries(a.simulated.states))
      write(join(dir, 'state', `${stack}.tfstate`), state);
  const envelopes: unknown[] = [];
  for (const env of ENVIRONMENTS) {
    const account = accountOf(env);
    const r = reads.get(account)!;
    liveFiles[env] = [write(join(dir, env, 'config-snapshot.json'), snapshotFile(r.items))];
    for (const [name, envelope] of Object.entries(liveReadFiles(account, r))) {
      liveFiles[env].push(write(join(dir, env, name), envelope));
      envelopes.push(envelope);
    }
  }
  together = [
    write(
      join(dir, 'aggregated', 'config-snapshot.json'),
      snapshotFile(ENVIRONMENTS.flatMap((env) => reads.get(accountOf(env))!.items)),
    ),
    write(join(dir, 'aggregated', 'reads.json'), envelopes),
  ];
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `groundwork drift check` of these stacks against these files: the JSON report. */
function check(stacks: readonly string[], snapshots: readonly string[]): DriftReport {
  const output = join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const run = runGroundwork([
    'drift',
    'check',
    '--iac',
    iacDir,
    '--state',
    join(dir, 'state'),
    ...snapshots.flatMap((s) => ['--snapshot', s]),
    ...stacks.flatMap((s) => ['--stack', s]),
    '--format',
    'json',
    '--output',
    output,
  ]);
  if (run.status !== 1) throw new Error(`drift check exited ${run.status}, not 1 (drift): ${run.stderr}`);
  return JSON.parse(readFileSync(output, 'utf8'));
}

/** Every result, as what a reader compares: status, place, source, difference paths and values. */
const findings = (results: readonly ResourceResult[]) =>
  results
    .map((r) =>
      JSON.stringify([
        r.status,
        r.stack,
        r.constructPath,
        r.account,
        r.region,
        r.source,
        r.differences,
        r.reason,
      ]),
    )
    .sort();

const drifted = (results: readonly ResourceResult[]) =>
  results
    .filter((r) => r.status !== 'IN_SYNC' && r.status !== 'NOT_CHECKED')
    .map(
      (r) => `${r.status} ${r.constructPath} ${r.account} ${r.source} [${r.differences.map((d) => d.path)}]`,
    )
    .sort();

describe('dev and prod in separate accounts', () => {
  jest.setTimeout(120_000);
  const all = ENVIRONMENTS.flatMap(stacksOf);

  it('applies each stack in its own account', () => {
    expect(estate.map((a) => [a.account, [...a.stacks].sort()])).toEqual(
      ENVIRONMENTS.map((env) => [accountOf(env), stacksOf(env).sort()]),
    );
  });

  it('gives the same findings from one multi-account input, per-account inputs together, and each account alone', () => {
    const fromOne = check(all, together).resources;
    expect(drifted(fromOne)).toEqual(EXPECTED);
    // Nothing is unchecked: each drift stack's us-east-1 rule is read through Cloud Control, its fallback source, as
    // the accounts record AWS Config in eu-west-1 alone.
    expect(fromOne.filter((r) => r.status === 'NOT_CHECKED')).toEqual([]);
    expect(
      fromOne
        .filter((r) => r.resourceType === 'AWS::Events::Rule' && r.region === 'us-east-1')
        .map((r) => `${r.stack} ${r.status} ${r.source}`),
    ).toEqual(ENVIRONMENTS.map((env) => `drift-${env} IN_SYNC cloudcontrol`));
    // Each result is in its own stack's account: nothing of one account was compared with the other's.
    for (const r of fromOne)
      expect(`${r.stack} ${r.account}`).toBe(`${r.stack} ${accountOf(String(r.stack).split('-').pop()!)}`);

    const fromPerAccount = check(all, [...liveFiles.dev, ...liveFiles.prod]).resources;
    const eachAlone = ENVIRONMENTS.flatMap((env) => check(stacksOf(env), liveFiles[env]).resources);
    expect(findings(fromPerAccount)).toEqual(findings(fromOne));
    expect(findings(eachAlone)).toEqual(findings(fromOne));
  });

  it("leaves prod NOT_CHECKED, never DELETED, when only dev's account is read", () => {
    const report = check(all, liveFiles.dev).resources;
    const prod = report.filter((r) => r.stack?.endsWith('-prod'));
    expect(prod.length).toBeGreaterThan(50);
    expect(new Set(prod.map((r) => `${r.status}: ${r.reason}`))).toEqual(
      new Set([`NOT_CHECKED: no live input for account ${accountOf('prod')}`]),
    );
    expect(drifted(report)).toEqual(EXPECTED.filter((e) => e.includes(accountOf('dev'))));
  });
});
