// Property, on the whole reference estate in its three accounts: no partial live input ever yields DELETED for a
// resource it does not mention, whatever the source. Partial inputs are drawn from everything the three sources read
// in the simulated estate: any subset of AWS Config's items (as bare items or EventBridge change events), of Cloud
// Control's resources (GetResource outputs, or ListResources of the types listed per parent or per policy type) and of
// the direct reads that read one resource (the password policy, the organization), each given as its own file.
import {
  getResourceOutput,
  listResourcesOutput,
  type CloudControlResource,
  type ConfigItem as RecordedItem,
  type DirectRead,
} from '@groundwork/aws-sim';
import {
  DriftEngine,
  loadIacDir,
  parseLive,
  parseStates,
  type ConfigItem,
  type Inventory,
} from '@groundwork/drift';
import { App } from 'cdktf';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlatform } from './app';
import { FIXTURE_DRIFT_BUNDLE_ZIP, simulateExampleEstate } from './example-account-drift';

/** One thing a source read, and the files it can be given in without claiming to be a full listing. */
type Read =
  | { readonly kind: 'config'; readonly item: RecordedItem }
  | { readonly kind: 'cloudcontrol'; readonly resource: CloudControlResource }
  | { readonly kind: 'direct'; readonly read: DirectRead; readonly account: string };

/** Types whose ListResources lists one parent's (OUs) or one policy type's (policies) resources: no inventory. */
const LISTED_PER_PARENT = new Set(['AWS::Organizations::OrganizationalUnit', 'AWS::Organizations::Policy']);

let iacDir: string;
let engine: DriftEngine;
let reads: Read[];

beforeAll(() => {
  iacDir = mkdtempSync(join(tmpdir(), 'groundwork-partial-input-'));
  const app = new App({ outdir: iacDir });
  buildPlatform(app, {
    driftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
    organizationDriftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
  });
  app.synth();
  const estate = simulateExampleEstate(iacDir);
  const desired = loadIacDir(iacDir);
  const state = parseStates(
    estate.flatMap((a) =>
      Object.entries(a.simulated.states).map(([stack, s]) => ({
        path: `${stack}.tfstate`,
        content: JSON.stringify(s),
      })),
    ),
    desired,
  );
  engine = new DriftEngine(desired, state);
  reads = estate.flatMap((a): Read[] => [
    ...a.simulated.items.map((item): Read => ({ kind: 'config', item })),
    ...a.simulated.cloudControl.map((resource): Read => ({ kind: 'cloudcontrol', resource })),
    // DescribeDeliveryChannels without names lists every channel of the account and region: always complete.
    ...a.simulated.direct
      .filter((read) => read.typeName !== 'AWS::Config::DeliveryChannel')
      .map((read): Read => ({ kind: 'direct', read, account: a.account })),
  ]);
}, 120_000);
afterAll(() => rmSync(iacDir, { recursive: true, force: true }));

/** A read as one file's content, in the form `asList` picks where the source has two, with the context it needs. */
function fileOf(read: Read, asList: boolean): { json: unknown; accountId?: string; region?: string } {
  switch (read.kind) {
    case 'config':
      return {
        json: asList
          ? [read.item]
          : {
              'detail-type': 'Config Configuration Item Change',
              source: 'aws.config',
              detail: notification(read.item),
            },
      };
    case 'cloudcontrol':
      return {
        json:
          asList && LISTED_PER_PARENT.has(read.resource.typeName)
            ? listResourcesOutput(read.resource.typeName, [read.resource])
            : getResourceOutput(read.resource),
        accountId: accountOf(read.resource),
      };
    case 'direct':
      return {
        json: read.read.output,
        accountId: read.account,
        ...(read.read.region !== 'global' && { region: read.read.region }),
      };
  }
}

function notification(configurationItem: RecordedItem): object {
  return {
    messageType: 'ConfigurationItemChangeNotification',
    notificationCreationTime: '2026-11-27T10:00:01.000Z',
    recordVersion: '1.3',
    configurationItem,
  };
}

/** Cloud Control output names no account unless an ARN does: the file is given with its account, as `--account`. */
function accountOf(resource: CloudControlResource): string | undefined {
  const arn = Object.values(resource.properties).find(
    (v): v is string => typeof v === 'string' && v.startsWith('arn:'),
  );
  return arn?.split(':')[4] || undefined;
}

describe('partial live input on the reference estate', () => {
  it('never yields DELETED (nor drift) for what it does not mention, from any source', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.record({ asList: fc.boolean() }), { nil: null }), {
          minLength: reads.length,
          maxLength: reads.length,
        }),
        (mentions) => {
          const items: ConfigItem[] = [];
          const inventories: Inventory[] = [];
          mentions.forEach((m, i) => {
            if (!m) return;
            const { json, accountId, region } = fileOf(reads[i], m.asList);
            const live = parseLive(json, `partial-${i}.json`, { accountId, region });
            items.push(...live.items);
            inventories.push(...live.inventories);
          });
          expect(inventories).toEqual([]);
          const report = engine.check(items, inventories);
          // Nothing was changed: whatever is mentioned is in sync, whatever is not is unchecked, nothing is deleted.
          expect(
            report.resources
              .filter((r) => r.status !== 'IN_SYNC' && r.status !== 'NOT_CHECKED')
              .map((r) => `${r.status} ${r.constructPath}`),
          ).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('does yield DELETED when the same reads come as complete inventories (the property can fail)', () => {
    const estate = simulateExampleEstate(iacDir);
    const dev = estate.find((a) => a.stacks.includes('network-dev'))!;
    const withoutLogGroups = dev.simulated.cloudControl.filter((c) => c.typeName !== 'AWS::Logs::LogGroup');
    const listing = parseLive(
      [
        listResourcesOutput('AWS::Logs::LogGroup', withoutLogGroups),
        { fileVersion: '1.0', configSnapshotId: 'full', configurationItems: dev.simulated.items },
      ],
      'inventories.json',
      { accountId: dev.account, region: dev.region },
    );
    const deleted = engine
      .check(listing.items, listing.inventories)
      .resources.filter((r) => r.status === 'DELETED')
      .map((r) => r.constructPath);
    expect(deleted.sort()).toEqual(
      dev.simulated.cloudControl
        .filter((c) => c.typeName === 'AWS::Logs::LogGroup')
        .map((c) => {
          const applied = [...dev.simulated.applied.values()]
            .flat()
            .find((r) => r.attrs.name === c.identifier);
          return applied?.constructPath;
        })
        .sort(),
    );
  });
});
