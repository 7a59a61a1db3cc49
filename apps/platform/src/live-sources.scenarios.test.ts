// The drift check of every live source on the reference estate: the org stack applied to a simulated management
// account and the dev identity and network stacks to the dev account, read as AWS Config records them (a snapshot),
// as Cloud Control and the direct reads return them (declared inventories, as the sweep writes them), then changed
// the way console changes change them. Each scenario must be reported on the right resource and path; the traps must
// stay in sync.
import {
  cloudControlAt,
  itemAt,
  liveReadFiles,
  listResourcesOutput,
  simulateAccount,
  snapshotFile,
  type CloudControlResource,
  type ConfigItem as RecordedItem,
  type DirectRead,
  type SimulatedAccount,
} from '@groundwork/aws-sim';
import {
  DriftEngine,
  loadIacDir,
  parseLive,
  parseStates,
  type ConfigItem,
  type DesiredModel,
  type Inventory,
  type ResourceResult,
  type StateModel,
} from '@groundwork/drift';
import { App } from 'cdktf';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlatform, loadPlatformConfig } from './app';
import { FIXTURE_DRIFT_BUNDLE_ZIP } from './example-account-drift';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edits reach into API shapes

const STACKS = ['org', 'identity-dev', 'network-dev'];

interface Reads {
  items: RecordedItem[];
  cloudControl: CloudControlResource[];
  direct: DirectRead[];
}

let iacDir: string;
let desired: DesiredModel;
let state: StateModel;
let management: SimulatedAccount;
let dev: SimulatedAccount;
const config = loadPlatformConfig();
const devAccountId = config.environments.find((e) => e.name === 'dev')!.accountId;

beforeAll(() => {
  iacDir = mkdtempSync(join(tmpdir(), 'groundwork-live-sources-'));
  const app = new App({ outdir: iacDir });
  buildPlatform(app, {
    driftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
    organizationDriftBundleZip: FIXTURE_DRIFT_BUNDLE_ZIP,
  });
  app.synth();
  const devConfig = config.environments.find((e) => e.name === 'dev')!;
  management = simulateAccount(iacDir, {
    account: config.org.managementAccountId,
    region: config.org.approvedRegions[0],
    stacks: ['org'],
    seed: 'live-sources-management',
  });
  dev = simulateAccount(iacDir, {
    account: devConfig.accountId,
    region: devConfig.region,
    stacks: ['identity-dev', 'network-dev'],
    seed: 'live-sources-dev',
  });
  desired = loadIacDir(iacDir);
  const states = { ...management.states, ...dev.states };
  state = parseStates(
    Object.entries(states).map(([stack, content]) => ({
      path: `${stack}.tfstate`,
      content: JSON.stringify(content),
    })),
    desired,
  );
});
afterAll(() => rmSync(iacDir, { recursive: true, force: true }));

/** Fresh copies of both accounts' reads, to change. */
function reads(): { management: Reads; dev: Reads } {
  const of = (a: SimulatedAccount): Reads => ({
    items: a.items,
    cloudControl: a.cloudControl,
    direct: a.direct,
  });
  return structuredClone({ management: of(management), dev: of(dev) });
}

/** The check of the three stacks against both accounts' Config snapshots and declared inventories. */
function check(r: { management: Reads; dev: Reads }, extra: unknown[] = []): ResourceResult[] {
  const inputs: [string, unknown][] = [
    ['management-snapshot.json', snapshotFile(r.management.items)],
    ['dev-snapshot.json', snapshotFile(r.dev.items)],
    ...Object.entries(liveReadFiles(config.org.managementAccountId, r.management, management)),
    ...Object.entries(liveReadFiles(devAccountId, r.dev, dev)),
    ...extra.map((e, i): [string, unknown] => [`extra-${i}.json`, e]),
  ];
  const items: ConfigItem[] = [];
  const inventories: Inventory[] = [];
  for (const [name, json] of inputs) {
    const live = parseLive(JSON.parse(JSON.stringify(json)), name);
    items.push(...live.items);
    inventories.push(...live.inventories);
  }
  return new DriftEngine(desired, state, { stacks: STACKS }).check(items, inventories).resources;
}

const flagged = (results: ResourceResult[]) =>
  results
    .filter((x) => x.status !== 'IN_SYNC' && x.status !== 'NOT_CHECKED')
    .map((x) => `${x.status} ${x.constructPath} [${x.differences.map((d) => d.path).join(', ')}]`);

const appliedId = (account: SimulatedAccount, constructPath: string): string =>
  String([...account.applied.values()].flat().find((x) => x.constructPath === constructPath)!.attrs.id);

/** The Cloud Control resource of a managed resource, by its construct path. */
const cloudControlOf = (r: Reads, account: SimulatedAccount, constructPath: string): Json =>
  cloudControlAt(r.cloudControl, account, constructPath).properties as Json;

/** The configuration of the Config item of a managed resource, by its construct path. */
const configurationOf = (r: Reads, account: SimulatedAccount, constructPath: string): Json =>
  itemAt(r.items, account, constructPath).configuration as Json;

const ou = (path: string) => appliedId(management, `org/organization/ou-${path.replace(/\//g, '-')}`);
const scp = (name: string) => `org/organization/scp-${name}`;
const DEV_ACCOUNT = 'org/organization/account-groundwork-dev';
const FLOW_LOGS = 'network-dev/vpc/flow-logs/log-group';
const FLOW_LOG = 'network-dev/vpc/flow-logs/flow-log';
const S3_ENDPOINT = 'network-dev/vpc/gateway-endpoints/s3';
const DEFAULT_SG = 'network-dev/vpc/default-security-group';

/** AWS Config's EventBridge change event for a resource it recorded deleted (the item as it then records it). */
function deletionEvent(item: RecordedItem): object {
  const deletedAt = '2026-11-27T09:20:05.000Z';
  return {
    version: '0',
    id: '5f3c9b1e-7a42-4d0b-9e6a-2b8c1d4e6f70',
    'detail-type': 'Config Configuration Item Change',
    source: 'aws.config',
    account: item.awsAccountId,
    time: deletedAt,
    region: item.awsRegion,
    resources: [item.arn],
    detail: {
      recordVersion: '1.3',
      messageType: 'ConfigurationItemChangeNotification',
      configurationItemDiff: { changedProperties: {}, changeType: 'DELETE' },
      notificationCreationTime: deletedAt,
      configurationItem: {
        ...item,
        configurationItemStatus: 'ResourceDeleted',
        configurationItemCaptureTime: deletedAt,
        configuration: null,
        supplementaryConfiguration: {},
        tags: {},
        relationships: [],
        resourceCreationTime: null,
      },
    },
  };
}

describe('drift on the reference estate, from every live source', () => {
  it('reads the whole estate in sync: every Organizations resource, log group and the password policy', () => {
    const results = check(reads());
    expect(flagged(results)).toEqual([]);
    expect(
      results.filter((x) => x.status === 'NOT_CHECKED').map((x) => `${x.constructPath}: ${x.reason}`),
    ).toEqual([]);
    const inSync = results.filter((x) => x.status === 'IN_SYNC').map((x) => x.resourceType);
    expect(inSync.filter((t) => t === 'AWS::Organizations::OrganizationalUnit')).toHaveLength(6);
    expect(inSync.filter((t) => t === 'AWS::Organizations::Policy')).toHaveLength(4);
    expect(inSync.filter((t) => t === 'AWS::Organizations::Account')).toHaveLength(2);
    expect(inSync).toEqual(
      expect.arrayContaining([
        'AWS::Organizations::Organization',
        'AWS::IAM::AccountPasswordPolicy',
        'AWS::Logs::LogGroup',
      ]),
    );
  });

  it.each<[string, (r: { management: Reads; dev: Reads }) => unknown[] | void, string]>([
    [
      "an SCP's content edited",
      (r) => {
        const policy = cloudControlOf(r.management, management, scp('AccountGuardrails'));
        policy.Content.Statement = policy.Content.Statement.filter((s: Json) => s.Sid !== 'DenyRootUser');
      },
      `MODIFIED ${scp('AccountGuardrails')} [content]`,
    ],
    [
      'an SCP detached from an OU',
      (r) => {
        const policy = cloudControlOf(r.management, management, scp('RestrictRegions'));
        policy.TargetIds = policy.TargetIds.filter((t: string) => t !== ou('Sandbox'));
      },
      `MODIFIED ${scp('RestrictRegions')} [targets]`,
    ],
    [
      'an OU renamed',
      (r) => {
        cloudControlOf(r.management, management, 'org/organization/ou-Workloads-NonProd').Name =
          'Non-Production';
      },
      'MODIFIED org/organization/ou-Workloads-NonProd [name]',
    ],
    [
      'an account moved to another OU',
      (r) => {
        cloudControlOf(r.management, management, DEV_ACCOUNT).ParentIds = [ou('Workloads/Prod')];
      },
      `MODIFIED ${DEV_ACCOUNT} [parent_id]`,
    ],
    [
      'the password policy weakened',
      (r) => {
        const policy = r.dev.direct.find((d) => d.typeName === 'AWS::IAM::AccountPasswordPolicy')!
          .output as Json;
        policy.PasswordPolicy.MinimumPasswordLength = 8;
      },
      'MODIFIED identity-dev/baseline/password-policy [minimum_password_length]',
    ],
    [
      "a log group's retention shortened",
      (r) => {
        cloudControlOf(r.dev, dev, FLOW_LOGS).RetentionInDays = 1;
      },
      `MODIFIED ${FLOW_LOGS} [retention_in_days]`,
    ],
    [
      'service control policies disabled at the root',
      (r) => {
        const org = r.management.direct.find((d) => d.typeName === 'AWS::Organizations::Organization')!
          .output as Json;
        org.Roots[0].PolicyTypes = [];
      },
      'MODIFIED org/organization/organization [enabled_policy_types]',
    ],
    [
      'a log group deleted (the declared inventory proves it)',
      (r) => {
        const logGroup = cloudControlAt(r.dev.cloudControl, dev, FLOW_LOGS);
        r.dev.cloudControl = r.dev.cloudControl.filter((c) => c !== logGroup);
      },
      `DELETED ${FLOW_LOGS} []`,
    ],
    [
      'a flow log deleted (the snapshot no longer lists it; Config notified the deletion)',
      (r) => {
        const item = itemAt(r.dev.items, dev, FLOW_LOG);
        r.dev.items = r.dev.items.filter((i) => i !== item);
        return [deletionEvent(item)];
      },
      `DELETED ${FLOW_LOG} []`,
    ],
    [
      "a VPC endpoint's policy changed (narrowed to one outside bucket)",
      (r) => {
        configurationOf(r.dev, dev, S3_ENDPOINT).policyDocument = JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: '*',
              Action: 's3:*',
              Resource: ['arn:aws:s3:::partner-transfer', 'arn:aws:s3:::partner-transfer/*'],
            },
          ],
        });
      },
      `MODIFIED ${S3_ENDPOINT} [policy]`,
    ],
    [
      'a rule added to the default security group',
      (r) => {
        configurationOf(r.dev, dev, DEFAULT_SG).ipPermissions.push({
          fromPort: 3389,
          toPort: 3389,
          ipProtocol: 'tcp',
          ipv6Ranges: [],
          prefixListIds: [],
          userIdGroupPairs: [],
          ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }],
          ipRanges: ['0.0.0.0/0'],
        });
      },
      `MODIFIED ${DEFAULT_SG} [ingress]`,
    ],
  ])('detects %s', (_kind, change, expected) => {
    const r = reads();
    const extra = change(r) ?? [];
    expect(flagged(check(r, extra))).toEqual([expected]);
  });

  it.each<[string, (r: { management: Reads; dev: Reads }) => unknown[]]>([
    [
      'FullAWSAccess attached by AWS to the root, every OU and every account, and attached once more by hand',
      (r) => {
        const full = r.management.cloudControl.find((c) => c.identifier === 'p-FullAWSAccess')!;
        expect(full.properties.TargetIds).toContain(ou('Workloads/Prod'));
        (full.properties.TargetIds as string[]).push('999999999999');
        return [];
      },
    ],
    [
      "the root's own policy types: AWS's deprecated AvailablePolicyTypes says otherwise",
      (r) => {
        const org = r.management.direct.find((d) => d.typeName === 'AWS::Organizations::Organization')!
          .output as Json;
        org.Organization.AvailablePolicyTypes = [];
        return [];
      },
    ],
    [
      'a ListResources of the SCPs, summaries without content or targets',
      (r) => [listResourcesOutput('AWS::Organizations::Policy', r.management.cloudControl)],
    ],
    [
      'tags and statements read back in another order',
      (r) => {
        for (const c of r.management.cloudControl) {
          if (Array.isArray(c.properties.Tags)) (c.properties.Tags as unknown[]).reverse();
          const content = c.properties.Content as Json | undefined;
          if (content) content.Statement.reverse();
        }
        return [];
      },
    ],
  ])('keeps in sync: %s', (_kind, change) => {
    const r = reads();
    const extra = change(r);
    expect(flagged(check(r, extra))).toEqual([]);
  });
});
