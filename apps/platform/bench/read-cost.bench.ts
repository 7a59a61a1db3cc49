// The read cost of a sweep: how many AWS API calls reading the live side of the estate takes, per source, per 1,000
// managed resources. The platform is applied to simulated accounts (each stack in its own account), the readers of
// @groundwork/aws-read run against AWS's read APIs answered from those accounts with the services' own page limits,
// and every call is counted. Two estates: the reference one (management, dev, prod) and the same platform with
// ten environments, to show which costs are per type and account and which grow with the resources.
import { readConfigItems, readLiveSources } from '@groundwork/aws-read';
import {
  liveReadFiles,
  simulateEstate,
  snapshotFile,
  type CloudControlResource,
  type EstateAccount,
} from '@groundwork/aws-sim';
import {
  ADAPTED_TYPES_BY_SOURCE,
  DriftEngine,
  loadIacDir,
  parseLive,
  parseStates,
  type ConfigItem,
  type DesiredModel,
  type DriftReport,
  type Inventory,
  type LiveSource,
  type StateModel,
} from '@groundwork/drift';
import { App } from 'cdktf';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlatform, loadPlatformConfig, type PlatformConfig } from '../src/app';
import { FIXTURE_DRIFT_BUNDLE_ZIP } from '../src/example-account-drift';
import { simulatedCloudControl } from './simulated-cloud-control';
import { simulatedConfigService } from './simulated-config-service';
import { simulatedIam, simulatedOrganizations, type OrganizationReads } from './simulated-direct-services';
import { addCalls } from './simulated-service';

interface Estate {
  readonly name: string;
  readonly accounts: readonly EstateAccount[];
  readonly desired: DesiredModel;
  readonly state: StateModel;
  /** The drift check of the estate against the simulated accounts' own files. */
  readonly summary: DriftReport['summary'];
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
  buildPlatform(app, {
    config,
    driftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
    organizationDriftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
  });
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
  const { modified, deleted, unmanaged } = report.summary;
  if (modified + deleted + unmanaged > 0)
    throw new Error(`${name}: the simulated estate has drift: ${JSON.stringify(report.summary)}`);
  const managed = { config: 0, cloudcontrol: 0, direct: 0 };
  for (const r of report.resources) if (r.source) managed[r.source]++;
  const terraformResources = desired.stacks.reduce((n, s) => n + s.resources.length, 0);
  return { name, accounts, desired, state, summary: report.summary, managed, terraformResources };
}

interface ConfigCost {
  readonly calls: Map<string, number>;
  readonly items: number;
}

type SourceCalls = Record<LiveSource, Map<string, number>>;

/** Operations that belong to a direct read though they are the Config client's. */
const DIRECT_CONFIG_OPERATIONS = new Set(['DescribeDeliveryChannels']);

/**
 * The organization's reads, from its management account's direct read, and Cloud Control's model of the
 * organization there (its read handler returns the root's id, which the OU listing starts from).
 */
function organizationOf(e: Estate): {
  management: string;
  reads: OrganizationReads;
  resource: CloudControlResource;
} {
  for (const a of e.accounts) {
    const read = a.simulated.direct.find((d) => d.typeName === 'AWS::Organizations::Organization');
    if (!read) continue;
    const reads = read.output as unknown as OrganizationReads;
    const org = reads.Organization;
    const properties = {
      Id: org['Id'],
      Arn: org['Arn'],
      FeatureSet: org['FeatureSet'],
      ManagementAccountArn: org['MasterAccountArn'],
      ManagementAccountId: org['MasterAccountId'],
      ManagementAccountEmail: org['MasterAccountEmail'],
      RootId: (reads.Roots[0] as { Id: string }).Id,
    };
    const resource = {
      typeName: 'AWS::Organizations::Organization',
      identifier: String(org['Id']),
      properties,
      listed: properties,
      region: 'global',
    };
    return { management: a.account, reads, resource };
  }
  throw new Error(`${e.name}: no account holds the organization`);
}

/**
 * The account's functions as Cloud Control lists them (by name): event invoke configurations are listed per function,
 * and AWS Config records the functions themselves, so the simulated account has no Cloud Control model of them.
 */
function lambdaFunctions(a: EstateAccount): CloudControlResource[] {
  return a.simulated.items
    .filter((i) => i.resourceType === 'AWS::Lambda::Function')
    .map((i) => {
      const model = { FunctionName: String(i.resourceName) };
      return {
        typeName: i.resourceType,
        identifier: model.FunctionName,
        properties: model,
        listed: model,
        region: String(i.awsRegion),
      };
    });
}

/**
 * Every account of the estate read as the sweep reads it (or the live mode, with `selectTags`): AWS Config, Cloud
 * Control and the direct reads, by @groundwork/aws-read. The reads must give back the estate fully in sync.
 */
async function sweepCost(e: Estate, selectTags: boolean): Promise<{ calls: SourceCalls; outside: number }> {
  const calls: SourceCalls = { config: new Map(), cloudcontrol: new Map(), direct: new Map() };
  const org = organizationOf(e);
  const envelopes: unknown[] = [];
  for (const a of e.accounts) {
    const management = a.account === org.management;
    const direct = (type: string) => a.simulated.direct.find((d) => d.typeName === type)?.output;
    const channels =
      (direct('AWS::Config::DeliveryChannel')?.['DeliveryChannels'] as object[] | undefined) ?? [];
    const config = simulatedConfigService(a.simulated.items, a.region, channels);
    const resources = [
      ...a.simulated.cloudControl,
      ...(management ? [org.resource] : []),
      ...lambdaFunctions(a),
    ];
    const cloudControl = new Map<string, ReturnType<typeof simulatedCloudControl>>();
    const cloudControlFor = (region: string) => {
      if (!cloudControl.has(region))
        cloudControl.set(region, simulatedCloudControl(resources, region, management));
      return cloudControl.get(region)!.client;
    };
    const iam = simulatedIam(direct('AWS::IAM::AccountPasswordPolicy'));
    const organizations = simulatedOrganizations(org.reads, management);
    const read = await readLiveSources({
      clients: {
        config: config.client,
        cloudControlFor,
        iam: iam.client,
        organizations: organizations.client,
      },
      region: a.region,
      accountId: a.account,
      selectTags,
    });
    envelopes.push(...read.envelopes);
    for (const [op, n] of config.calls())
      addCalls(DIRECT_CONFIG_OPERATIONS.has(op) ? calls.direct : calls.config, new Map([[op, n]]));
    for (const service of cloudControl.values()) addCalls(calls.cloudcontrol, service.calls());
    addCalls(calls.direct, iam.calls());
    addCalls(calls.direct, organizations.calls());
  }
  const live = parseLive(JSON.parse(JSON.stringify(envelopes)), `${e.name} reads`);
  const report = new DriftEngine(e.desired, e.state).check(live.items, live.inventories);
  const summary = report.summary;
  // The reads must give back what the simulated accounts hold: the same results as their own files, but for the
  // resources outside the one region each account is read in (the organization rule in the other swept regions, the
  // us-east-1 forwarding rules), which must be NOT_CHECKED, never DELETED.
  const homeOf = new Map(e.accounts.map((a) => [a.account, a.region]));
  const elsewhere = report.resources.filter(
    (r) =>
      typeof r.region === 'string' &&
      r.region !== 'global' &&
      typeof r.account === 'string' &&
      homeOf.get(r.account) !== r.region,
  );
  const outside = elsewhere.filter((r) => r.status === 'NOT_CHECKED').length;
  const expected = {
    ...e.summary,
    inSync: e.summary.inSync - outside,
    notChecked: e.summary.notChecked + outside,
  };
  const same = (['total', 'inSync', 'modified', 'deleted', 'unmanaged', 'notChecked'] as const).every(
    (k) => summary[k] === expected[k],
  );
  if (!same || elsewhere.some((r) => r.status === 'DELETED'))
    throw new Error(
      `${e.name}: the reads give ${JSON.stringify(summary)}, the estate ${JSON.stringify(e.summary)} (${outside} outside the regions read)`,
    );
  return { calls, outside };
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

const SOURCE_NAMES: Record<LiveSource, string> = {
  config: 'AWS Config',
  cloudcontrol: 'Cloud Control',
  direct: 'direct reads',
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-read-cost-'));
  try {
    const estates = [
      estate('reference', undefined, dir),
      estate('ten-environments', withEnvironments(10), dir),
    ];
    const rows: string[] = [];
    const outsideRegions: string[] = [];
    for (const e of estates) {
      const { calls: sweep, outside } = await sweepCost(e, false);
      const live = (await sweepCost(e, true)).calls;
      outsideRegions.push(`${e.name} ${outside}`);
      const aggregated = await aggregatorCost(e);
      const managed = e.managed.config + e.managed.cloudcontrol + e.managed.direct;
      const all = (['config', 'cloudcontrol', 'direct'] as const).reduce((n, s) => n + total(sweep[s]), 0);
      const row = (what: string, calls: Map<string, number>, resources: number) =>
        `| | ${what} | ${fmt(resources)} | ${fmt(total(calls))} (${breakdown(calls)}) | ${per1000(total(calls), resources)} |`;
      rows.push(
        `| **${e.name}**: ${e.accounts.length} accounts, ${fmt(e.terraformResources)} Terraform resources | ` +
          `**the sweep, every source** | ${fmt(managed)} | ${fmt(all)} | **${per1000(all, managed)}** |`,
        ...(['config', 'cloudcontrol', 'direct'] as const).map((s) =>
          row(`the sweep: ${SOURCE_NAMES[s]}`, sweep[s], e.managed[s]),
        ),
        row('AWS Config as the live mode reads it (tags by advanced query)', live.config, e.managed.config),
        row('AWS Config through an aggregator of every account', aggregated.calls, e.managed.config),
      );
    }
    const configTypes = ADAPTED_TYPES_BY_SOURCE.config.length;
    const cloudControlTypes = ADAPTED_TYPES_BY_SOURCE.cloudcontrol.length;
    process.stdout.write(
      [
        '## Read cost of a sweep (AWS API calls per 1,000 managed resources)',
        '',
        'The platform applied to simulated accounts, each stack in the account its provider pins; the readers of',
        '`@groundwork/aws-read` (`readLiveSources`, as the sweep and the live mode call them) run against AWS’s read',
        'APIs answered from each account with the services’ page limits (100 identifiers a ListDiscoveredResources',
        'page, 100 keys a BatchGetResourceConfig, 100 rows a SelectResourceConfig page; 100 resources a Cloud Control',
        'ListResources page is assumed, the estate has fewer of a type per account), and every call is counted.',
        'Organizations answers in its management account only (elsewhere its reads and Cloud Control handlers are',
        'refused, as in a member account). Each account is read in its own region, as the sweep runs: the reads',
        'must give back the estate in sync but for the resources in other regions (the organization rule in the other',
        `swept regions, the us-east-1 forwarding rules), which must be NOT_CHECKED, never DELETED (${outsideRegions.join(', ')}).`,
        'Per 1,000 managed resources compared through that source.',
        '',
        '| estate | reads | managed resources | API calls (by operation) | per 1,000 managed resources |',
        '| --- | --- | ---: | ---: | ---: |',
        ...rows,
        '',
        'The cost is mostly per type and account, not per resource. AWS Config: ListDiscoveredResources once per',
        `adapted type (${configTypes}) in every account and region, even for a type with no resource there;`,
        'BatchGetResourceConfig and SelectResourceConfig one call per 100 items. Through an aggregator, the pages of',
        `one SelectAggregateResourceConfig query replace all of them. Cloud Control: ListResources once per type`,
        `(${cloudControlTypes}) in every account, and under every value a list handler requires (the OU tree level by`,
        'level, each of the 13 policy types, each function), then one GetResource per resource, since several list',
        'handlers return summaries. Direct reads: a few calls per account.',
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
