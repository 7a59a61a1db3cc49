// The read cost of a sweep: how many AWS API calls reading the live side of the estate takes, per source, per 1,000
// managed resources. The platform is applied to simulated accounts (each stack in its own account), the readers of
// @groundwork/aws-read run against AWS's read APIs answered from those accounts with the services' own page limits,
// and every call is counted. Two estates: the reference one (management, dev, prod) and the same platform with
// ten environments, to show which costs are per type and account and which grow with the resources.
import { readConfigItems } from '@groundwork/aws-read';
import { liveReadFiles, simulateEstate, snapshotFile, type EstateAccount } from '@groundwork/aws-sim';
import {
  ADAPTED_TYPES_BY_SOURCE,
  DriftEngine,
  loadIacDir,
  parseLive,
  parseStates,
  type ConfigItem,
  type Inventory,
  type LiveSource,
} from '@groundwork/drift';
import { App } from 'cdktf';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlatform, loadPlatformConfig, type PlatformConfig } from '../src/app';
import { FIXTURE_DRIFT_BUNDLE_ZIP } from '../src/example-account-drift';
import { simulatedConfigService } from './simulated-config-service';

interface Estate {
  readonly name: string;
  readonly accounts: readonly EstateAccount[];
  /** Managed resources per source the drift check compares them through. */
  readonly managed: Readonly<Record<LiveSource, number>>;
  readonly terraformResources: number;
}

/** The committed configuration with `count` environments: dev's settings, each in its own account and VPC range. */
function withEnvironments(count: number): PlatformConfig {
  const config = loadPlatformConfig();
  const dev = config.environments.find((e) => e.name === 'dev')!;
  const environments = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return {
      ...dev,
      name: `env${n}`,
      accountId: `3000000000${n}`,
      accountName: `groundwork-env${n}`,
      accountEmail: `aws-env${n}@example.com`,
      vpcCidr: `10.${100 + i}.0.0/16`,
      siteDomain: `env${n}.static.example.com`,
    };
  });
  return { ...config, environments };
}

/** Synthesizes the platform, applies it to simulated accounts and counts what the drift check compares per source. */
function estate(name: string, config: PlatformConfig | undefined, dir: string): Estate {
  const iacDir = join(dir, name);
  const app = new App({ outdir: iacDir });
  buildPlatform(app, { config, driftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP });
  app.synth();
  const accounts = simulateEstate(iacDir, { seed: `read-cost-${name}` });
  const desired = loadIacDir(iacDir);
  const state = parseStates(
    accounts.flatMap((a) =>
      Object.entries(a.simulated.states).map(([stack, s]) => ({
        path: `${stack}.tfstate`,
        content: JSON.stringify(s),
      })),
    ),
    desired,
  );
  const items: ConfigItem[] = [];
  const inventories: Inventory[] = [];
  for (const a of accounts)
    for (const json of [
      snapshotFile(a.simulated.items),
      ...Object.values(liveReadFiles(a.account, a.simulated)),
    ]) {
      const live = parseLive(JSON.parse(JSON.stringify(json)), `${name}.json`);
      items.push(...live.items);
      inventories.push(...live.inventories);
    }
  const report = new DriftEngine(desired, state).check(items, inventories);
  if (report.summary.coverage !== 1 || report.summary.inSync !== report.summary.total)
    throw new Error(`${name}: the simulated estate is not fully in sync: ${JSON.stringify(report.summary)}`);
  const managed = { config: 0, cloudcontrol: 0, direct: 0 };
  for (const r of report.resources) if (r.source) managed[r.source]++;
  const terraformResources = desired.stacks.reduce((n, s) => n + s.resources.length, 0);
  return { name, accounts, managed, terraformResources };
}

interface ConfigCost {
  readonly calls: Map<string, number>;
  readonly items: number;
}

/** AWS Config read in every account of the estate, as the sweep (no tags) or the live mode (tags) reads it. */
async function configCost(e: Estate, selectTags: boolean): Promise<ConfigCost> {
  const calls = new Map<string, number>();
  let items = 0;
  const types = ADAPTED_TYPES_BY_SOURCE.config;
  for (const a of e.accounts) {
    const service = simulatedConfigService(a.simulated.items, a.region);
    const read = await readConfigItems(service.client, { resourceTypes: types, selectTags });
    const expected = a.simulated.items.filter((i) => types.includes(i.resourceType)).length;
    if (read.length !== expected)
      throw new Error(
        `${e.name} ${a.account}: read ${read.length} Config items, the account has ${expected}`,
      );
    items += read.length;
    for (const [op, n] of service.calls()) calls.set(op, (calls.get(op) ?? 0) + n);
  }
  return { calls, items };
}

/** AWS Config read through an aggregator of every account: one advanced query, page by page. */
async function aggregatorCost(e: Estate): Promise<ConfigCost> {
  const all = e.accounts.flatMap((a) => a.simulated.items);
  const service = simulatedConfigService(all, e.accounts[0].region);
  const types = ADAPTED_TYPES_BY_SOURCE.config;
  const read = await readConfigItems(service.client, { resourceTypes: types, aggregator: 'organization' });
  const expected = all.filter((i) => types.includes(i.resourceType)).length;
  if (read.length !== expected)
    throw new Error(
      `${e.name}: read ${read.length} items through the aggregator, the accounts have ${expected}`,
    );
  return { calls: service.calls(), items: read.length };
}

const total = (calls: Map<string, number>) => [...calls.values()].reduce((a, b) => a + b, 0);
const per1000 = (calls: number, resources: number) => ((calls / resources) * 1000).toFixed(0);
const fmt = (n: number) => n.toLocaleString('en-US');
const breakdown = (calls: Map<string, number>) =>
  [...calls]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([op, n]) => `${op} ${fmt(n)}`)
    .join(', ');

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-read-cost-'));
  try {
    const estates = [
      estate('reference', undefined, dir),
      estate('ten-environments', withEnvironments(10), dir),
    ];
    const rows: string[] = [];
    for (const e of estates) {
      const sweep = await configCost(e, false);
      const live = await configCost(e, true);
      const aggregated = await aggregatorCost(e);
      const where = `${e.name}: ${e.accounts.length} accounts, ${fmt(e.managed.config)} of ${fmt(
        e.managed.config + e.managed.cloudcontrol + e.managed.direct,
      )} managed resources through AWS Config (${fmt(e.terraformResources)} Terraform resources)`;
      rows.push(
        `| ${where} | AWS Config, the sweep (no tags) | ${fmt(total(sweep.calls))} (${breakdown(sweep.calls)}) | ` +
          `${per1000(total(sweep.calls), e.managed.config)} |`,
        `| | AWS Config, the live mode (tags by advanced query) | ${fmt(total(live.calls))} (${breakdown(live.calls)}) | ` +
          `${per1000(total(live.calls), e.managed.config)} |`,
        `| | AWS Config through an aggregator of every account | ${fmt(total(aggregated.calls))} (${breakdown(aggregated.calls)}) | ` +
          `${per1000(total(aggregated.calls), e.managed.config)} |`,
      );
    }
    const configTypes = ADAPTED_TYPES_BY_SOURCE.config.length;
    process.stdout.write(
      [
        '## Read cost of a sweep (AWS API calls per 1,000 managed resources)',
        '',
        'The platform applied to simulated accounts, each stack in the account its provider pins; the readers of',
        '`@groundwork/aws-read` run against AWS Config answered from each account with the service’s page limits',
        '(100 identifiers a ListDiscoveredResources page, 100 keys a BatchGetResourceConfig, 100 rows a',
        'SelectResourceConfig page), and every call is counted. Per 1,000 managed resources compared through that',
        'source; the simulated estate is checked fully in sync first, and each account’s reads must return all its',
        'items of the adapted types.',
        '',
        '| estate | source | API calls (by operation) | per 1,000 managed resources |',
        '| --- | --- | ---: | ---: |',
        ...rows,
        '',
        `The cost is mostly per type and account: ListDiscoveredResources is called once per adapted type`,
        `(${configTypes}) in every account and region, even for a type with no resource there; BatchGetResourceConfig`,
        'and SelectResourceConfig grow with the resources, one call per 100 items. Through an aggregator',
        '(`--aggregator`), the pages of one SelectAggregateResourceConfig query replace all of them.',
      ].join('\n') + '\n',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
