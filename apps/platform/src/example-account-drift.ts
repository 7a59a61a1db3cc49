// The example live estate of `npm start`: every stack applied to a simulated AWS account, each in the account its
// provider pins (Terraform state per stack; per account an AWS Config snapshot with AWS's own resources, and what
// Cloud Control and the direct reads return, as declared inventories), then changed by hand in a few places.
// `npm run examples` writes it to apps/platform/examples/estate/; example-account.test.ts fails when the committed
// files differ.
import {
  accountFiles,
  appliedAt,
  cloudControlAt,
  handMadeItems,
  itemAt,
  liveReadFiles,
  recordChange,
  simulateEstate,
  SimulatedTrail,
  type ApiCall,
  type CloudControlResource,
  type ConfigItem,
  type DirectRead,
  type EstateAccount,
  type HandMadeResource,
  type SimulatedAccount,
} from '@groundwork/aws-sim';
import { ACCOUNT_PASSWORD_POLICY_TYPE, type LiveSource } from '@groundwork/drift';
import { join } from 'node:path';
import { loadPlatformConfig } from './app';
import { PLATFORM_DIR } from './paths';

/**
 * The drift-checker bundle the example's IaC is synthesized with: the committed fixture, so regenerating needs no
 * build (the Lambda's code hash is not compared: AWS Config records it, the IaC's hash is of the bundle's zip).
 */
export const FIXTURE_DRIFT_BUNDLE_ZIP = join(PLATFORM_DIR, 'src/__fixtures__/drift-bundle.zip');
/** Seed of every generated id: the same IaC always gives byte-identical files. */
export const EXAMPLE_SEED = 'groundwork-example-estate';
/** When the example's live reads were taken. */
export const EXAMPLE_CAPTURE_TIME = '2026-11-27T08:00:00.000Z';

/** What the three live sources read in one account, to change by hand. */
export interface AccountLive {
  readonly items: ConfigItem[];
  readonly cloudControl: CloudControlResource[];
  readonly direct: DirectRead[];
}

/** One change made by hand in the example estate, and what the drift check must say about it. */
export interface InjectedDrift {
  /** What was done, for the README and the report reader. */
  readonly description: string;
  readonly status: 'MODIFIED';
  /** The live source that shows the change. */
  readonly source: LiveSource;
  /** The stack and construct path of the drifted resource. */
  readonly stack: string;
  readonly constructPath: string;
  readonly resourceType: string;
  /** Paths of the differences the drift check reports. */
  readonly paths: readonly string[];
  /** Applies the change to the live reads of the stack's account (in place). */
  apply(live: AccountLive, account: SimulatedAccount): void;
  /**
   * The call that made it, as CloudTrail records it (the resource it names is the drifted one): the changes in the
   * dev account, whose CloudTrail log the example holds.
   */
  readonly call?: Omit<ApiCall, 'resources' | 'requestParameters'> & {
    readonly requestParameters: (item: ConfigItem) => Record<string, unknown>;
  };
}

/** The people who changed the example estate by hand. */
const ALICE = { kind: 'sso-user', email: 'alice@example.com', permissionSet: 'AdministratorAccess' } as const;
const BOB = { kind: 'iam-user', name: 'bob' } as const;

function conf(item: ConfigItem): Record<string, unknown> {
  return item.configuration as Record<string, unknown>;
}

export const INJECTED_DRIFTS: readonly InjectedDrift[] = [
  {
    description: "SSH (tcp/22) opened to 0.0.0.0/0 on the bastion's security group",
    status: 'MODIFIED',
    source: 'config',
    stack: 'app-dev',
    constructPath: 'app-dev/bastion/security-group/group',
    resourceType: 'AWS::EC2::SecurityGroup',
    paths: ['ingress'],
    call: {
      eventName: 'AuthorizeSecurityGroupIngress',
      eventSource: 'ec2.amazonaws.com',
      actor: ALICE,
      time: '2026-11-26T14:07:45Z',
      sourceIp: '203.0.113.7',
      requestParameters: (item) => ({ groupId: item.resourceId }),
    },
    apply(live, account) {
      const sg = conf(itemAt(live.items, account, this.constructPath));
      (sg.ipPermissions as unknown[]).push({
        fromPort: 22,
        ipProtocol: 'tcp',
        ipv6Ranges: [],
        prefixListIds: [],
        toPort: 22,
        userIdGroupPairs: [],
        ipv4Ranges: [{ cidrIp: '0.0.0.0/0', description: 'temporary ssh' }],
        ipRanges: ['0.0.0.0/0'],
      });
    },
  },
  {
    description: 'Versioning suspended on the assets bucket',
    status: 'MODIFIED',
    source: 'config',
    stack: 'data-dev',
    constructPath: 'data-dev/assets-bucket/bucket',
    resourceType: 'AWS::S3::Bucket',
    paths: ['versioning.status'],
    call: {
      eventName: 'PutBucketVersioning',
      eventSource: 's3.amazonaws.com',
      actor: BOB,
      client: 'cli',
      time: '2026-11-26T16:30:02Z',
      sourceIp: '198.51.100.23',
      requestParameters: (item) => ({
        bucketName: item.resourceId,
        VersioningConfiguration: { Status: 'Suspended' },
      }),
    },
    apply(live, account) {
      const bucket = itemAt(live.items, account, this.constructPath);
      bucket.supplementaryConfiguration.BucketVersioningConfiguration = {
        status: 'Suspended',
        isMfaDeleteEnabled: null,
      };
    },
  },
  {
    description: 'AdministratorAccess attached to the web tier instance role',
    status: 'MODIFIED',
    source: 'config',
    stack: 'identity-dev',
    constructPath: 'identity-dev/web-instance-role/role',
    resourceType: 'AWS::IAM::Role',
    paths: ['managed_policy_arns'],
    call: {
      eventName: 'AttachRolePolicy',
      eventSource: 'iam.amazonaws.com',
      actor: ALICE,
      time: '2026-11-26T17:12:00Z',
      sourceIp: '203.0.113.7',
      requestParameters: (item) => ({
        roleName: item.resourceName,
        policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      }),
    },
    apply(live, account) {
      const role = conf(itemAt(live.items, account, this.constructPath));
      (role.attachedManagedPolicies as unknown[]).push({
        policyName: 'AdministratorAccess',
        policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      });
    },
  },
  {
    description: 'The database made publicly accessible',
    status: 'MODIFIED',
    source: 'config',
    stack: 'data-dev',
    constructPath: 'data-dev/database/instance',
    resourceType: 'AWS::RDS::DBInstance',
    paths: ['publicly_accessible'],
    call: {
      eventName: 'ModifyDBInstance',
      eventSource: 'rds.amazonaws.com',
      actor: BOB,
      client: 'cli',
      time: '2026-11-26T18:45:30Z',
      sourceIp: '198.51.100.23',
      requestParameters: (item) => ({ dBInstanceIdentifier: item.resourceName, publiclyAccessible: true }),
    },
    apply(live, account) {
      conf(itemAt(live.items, account, this.constructPath)).publiclyAccessible = true;
    },
  },
  {
    description: 'IMDSv1 re-enabled on the bastion instance (metadata tokens optional)',
    status: 'MODIFIED',
    source: 'config',
    stack: 'app-dev',
    constructPath: 'app-dev/bastion/instance',
    resourceType: 'AWS::EC2::Instance',
    paths: ['metadata_options.http_tokens'],
    call: {
      eventName: 'ModifyInstanceMetadataOptions',
      eventSource: 'ec2.amazonaws.com',
      actor: ALICE,
      time: '2026-11-26T19:02:11Z',
      sourceIp: '203.0.113.7',
      requestParameters: (item) => ({ instanceId: item.resourceId, httpTokens: 'optional' }),
    },
    apply(live, account) {
      const instance = conf(itemAt(live.items, account, this.constructPath));
      (instance.metadataOptions as Record<string, unknown>).httpTokens = 'optional';
    },
  },
  {
    description: 'The DenyRootUser statement removed from the AccountGuardrails SCP',
    status: 'MODIFIED',
    source: 'cloudcontrol',
    stack: 'org',
    constructPath: 'org/organization/scp-AccountGuardrails',
    resourceType: 'AWS::Organizations::Policy',
    paths: ['content'],
    apply(live, account) {
      const content = cloudControlAt(live.cloudControl, account, this.constructPath).properties.Content as {
        Statement: { Sid?: string }[];
      };
      content.Statement = content.Statement.filter((s) => s.Sid !== 'DenyRootUser');
    },
  },
  {
    description: "The flow logs' log group kept for 1 day",
    status: 'MODIFIED',
    source: 'cloudcontrol',
    stack: 'network-dev',
    constructPath: 'network-dev/vpc/flow-logs/log-group',
    resourceType: 'AWS::Logs::LogGroup',
    paths: ['retention_in_days'],
    apply(live, account) {
      cloudControlAt(live.cloudControl, account, this.constructPath).properties.RetentionInDays = 1;
    },
  },
  {
    description: 'The password policy weakened to 8 characters',
    status: 'MODIFIED',
    source: 'direct',
    stack: 'identity-prod',
    constructPath: 'identity-prod/baseline/password-policy',
    resourceType: ACCOUNT_PASSWORD_POLICY_TYPE,
    paths: ['minimum_password_length'],
    apply(live) {
      const read = live.direct.find((d) => d.typeName === ACCOUNT_PASSWORD_POLICY_TYPE);
      if (!read) throw new Error('the prod account has no password policy read');
      (read.output.PasswordPolicy as Record<string, unknown>).MinimumPasswordLength = 8;
    },
  },
  {
    description: "HTTPS from anywhere allowed by the VPC's default security group",
    status: 'MODIFIED',
    source: 'config',
    stack: 'network-prod',
    constructPath: 'network-prod/vpc/default-security-group',
    resourceType: 'AWS::EC2::SecurityGroup',
    paths: ['ingress'],
    apply(live, account) {
      const sg = conf(itemAt(live.items, account, this.constructPath));
      (sg.ipPermissions as unknown[]).push({
        fromPort: 443,
        ipProtocol: 'tcp',
        ipv6Ranges: [],
        prefixListIds: [],
        toPort: 443,
        userIdGroupPairs: [],
        ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }],
        ipRanges: ['0.0.0.0/0'],
      });
    },
  },
];

/** One resource made by hand in the example account, outside any stack: UNMANAGED when no `--stack` is given. */
export interface HandMade {
  readonly description: string;
  readonly resourceType: string;
  /** The resource, with the dev VPC's id when it needs one. */
  resource(vpcId: string): HandMadeResource;
  /** The call that created it; what it answered may name the new resource's id. */
  readonly call: Omit<ApiCall, 'resources' | 'requestParameters' | 'responseElements'> & {
    readonly requestParameters: Record<string, unknown>;
    readonly responseElements?: (item: ConfigItem) => Record<string, unknown>;
  };
}

export const HAND_MADE: readonly HandMade[] = [
  {
    description: 'a security group for a vendor appliance in the dev VPC, HTTPS from the office',
    resourceType: 'AWS::EC2::SecurityGroup',
    resource: (vpcId) => ({
      type: 'aws_security_group',
      name: 'vendor',
      values: {
        name: 'vendor-appliance',
        description: 'Vendor appliance, made in the console',
        vpc_id: vpcId,
        ingress: [
          {
            protocol: 'tcp',
            from_port: 443,
            to_port: 443,
            cidr_blocks: ['198.51.100.0/24'],
            description: 'office',
          },
        ],
        egress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }],
        tags: { Owner: 'alice' },
      },
    }),
    call: {
      eventName: 'CreateSecurityGroup',
      eventSource: 'ec2.amazonaws.com',
      actor: ALICE,
      time: '2026-11-25T10:15:00Z',
      sourceIp: '203.0.113.7',
      requestParameters: { groupName: 'vendor-appliance' },
      responseElements: (item) => ({ _return: true, groupId: item.resourceId }),
    },
  },
  {
    description: 'a bucket for report exports',
    resourceType: 'AWS::S3::Bucket',
    resource: () => ({
      type: 'aws_s3_bucket',
      name: 'exports',
      values: { bucket: 'groundwork-dev-report-exports', tags: { Owner: 'bob' } },
    }),
    call: {
      eventName: 'CreateBucket',
      eventSource: 's3.amazonaws.com',
      actor: BOB,
      client: 'cli',
      time: '2026-11-25T11:20:00Z',
      sourceIp: '198.51.100.23',
      requestParameters: { bucketName: 'groundwork-dev-report-exports' },
    },
  },
  {
    description: 'a role for the CI of another team',
    resourceType: 'AWS::IAM::Role',
    resource: () => ({
      type: 'aws_iam_role',
      name: 'ci',
      values: {
        name: 'reports-ci',
        assume_role_policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'codebuild.amazonaws.com' },
              Action: 'sts:AssumeRole',
            },
          ],
        }),
        tags: { Owner: 'bob' },
      },
    }),
    call: {
      eventName: 'CreateRole',
      eventSource: 'iam.amazonaws.com',
      actor: BOB,
      client: 'cli',
      time: '2026-11-25T11:45:00Z',
      sourceIp: '198.51.100.23',
      requestParameters: { roleName: 'reports-ci' },
    },
  },
];

/** The name CloudTrail's LookupEvents finds a resource by: a bucket's or role's name, a group's id. */
function trailName(item: ConfigItem): string {
  return item.resourceType === 'AWS::EC2::SecurityGroup'
    ? item.resourceId
    : String(item.resourceName ?? item.resourceId);
}

/**
 * The estate's accounts by what they are for: `management` for the organization's, the environment's name, and
 * `audit` for the organization drift checker's.
 */
export function accountRoles(): Map<string, string> {
  const config = loadPlatformConfig();
  const audit = config.org.organizationDrift?.auditAccountId;
  return new Map([
    [config.org.managementAccountId, 'management'],
    ...config.environments.map((e): [string, string] => [e.accountId, e.name]),
    ...(audit ? [[audit, 'audit'] as [string, string]] : []),
  ]);
}

/** Every stack in `iacDir` applied in its own account (the management account first), before any change by hand. */
export function simulateExampleEstate(iacDir: string): EstateAccount[] {
  const order = [...accountRoles().keys()];
  return simulateEstate(iacDir, { seed: EXAMPLE_SEED, captureTime: EXAMPLE_CAPTURE_TIME }).sort(
    (a, b) => order.indexOf(a.account) - order.indexOf(b.account),
  );
}

/** The account of the estate a stack is applied in. */
export function accountOfStack(estate: readonly EstateAccount[], stack: string): EstateAccount {
  const found = estate.find((a) => a.stacks.includes(stack));
  if (!found) throw new Error(`no account of the example estate applies stack ${stack}`);
  return found;
}

/**
 * The files of the estate, by path relative to its directory: `state/<stack>.tfstate` for every stack and, per
 * account (a directory named by role), `config-snapshot.json` and the Cloud Control and direct reads as
 * `liveReadFiles` writes them, from `live` (each account's reads by account id; by default, as simulated).
 */
export function estateFiles(
  estate: readonly EstateAccount[],
  live: ReadonlyMap<string, AccountLive> = new Map(),
): Record<string, unknown> {
  const roles = accountRoles();
  const files: Record<string, unknown> = {};
  for (const a of estate) {
    const reads = live.get(a.account) ?? a.simulated;
    const role = roles.get(a.account) ?? a.account;
    for (const [path, content] of Object.entries(accountFiles(a.simulated, reads.items))) {
      files[path === 'snapshot.json' ? `${role}/config-snapshot.json` : path] = JSON.parse(content);
    }
    for (const [name, envelope] of Object.entries(liveReadFiles(a.account, reads))) {
      files[`${role}/${name}`] = envelope;
    }
  }
  return files;
}

/** Each account's live reads with INJECTED_DRIFTS applied. */
export function driftedLive(estate: readonly EstateAccount[]): Map<string, AccountLive> {
  const live = new Map(estate.map((a) => [a.account, structuredClone(liveOf(a.simulated))]));
  for (const drift of INJECTED_DRIFTS) {
    const account = accountOfStack(estate, drift.stack);
    drift.apply(live.get(account.account)!, account.simulated);
  }
  return live;
}

function liveOf(account: SimulatedAccount): AccountLive {
  return { items: account.items, cloudControl: account.cloudControl, direct: account.direct };
}

/** The account of the estate that the dev stacks are applied in: the one changed by hand outside any stack. */
export const HAND_MADE_STACK = 'network-dev';

/**
 * Adds the HAND_MADE resources to the dev account's reads, and returns the CloudTrail log of that account: the calls
 * that made them, then the calls of the INJECTED_DRIFTS made there (each drift with a `call` is in that account).
 */
export function recordHandChanges(
  estate: readonly EstateAccount[],
  live: Map<string, AccountLive>,
): SimulatedTrail {
  const dev = accountOfStack(estate, HAND_MADE_STACK);
  const reads = live.get(dev.account);
  if (!reads) throw new Error(`no live reads of account ${dev.account}`);
  const trail = new SimulatedTrail({ account: dev.account, region: dev.region, seed: EXAMPLE_SEED });
  const vpcId = String(appliedAt(dev.simulated, 'network-dev/vpc/vpc').attrs['id']);
  const byHand = handMadeItems(
    HAND_MADE.map((h) => h.resource(vpcId)),
    { account: dev.account, region: dev.region, seed: EXAMPLE_SEED, captureTime: EXAMPLE_CAPTURE_TIME },
  );
  for (const h of HAND_MADE) {
    const item = byHand.find((x) => x.resourceType === h.resourceType);
    if (!item) throw new Error(`the simulated account recorded no ${h.resourceType} made by hand`);
    recordChange(trail, item, {
      ...h.call,
      responseElements: h.call.responseElements?.(item) ?? null,
      resources: [{ type: item.resourceType, name: trailName(item) }],
    });
  }
  for (const drift of INJECTED_DRIFTS) {
    if (!drift.call) continue;
    if (accountOfStack(estate, drift.stack).account !== dev.account)
      throw new Error(`${drift.constructPath}: a change with a CloudTrail call must be in the dev account`);
    const item = itemAt(reads.items, dev.simulated, drift.constructPath);
    recordChange(trail, item, {
      ...drift.call,
      requestParameters: drift.call.requestParameters(item),
      resources: [{ type: item.resourceType, name: trailName(item) }],
    });
  }
  reads.items.push(...byHand);
  return trail;
}

/**
 * The example estate's files (path relative to EXAMPLE_ACCOUNT.dir → content) for the IaC synthesized in `iacDir`:
 * state per stack, each account's live reads with INJECTED_DRIFTS applied and the HAND_MADE resources added, the
 * dev account's CloudTrail log of those calls (`dev/cloudtrail.json`), and a README (written the way prettier
 * formats it, as `npm test` checks every committed markdown file).
 */
export function exampleAccountFiles(iacDir: string): Record<string, string> {
  const estate = simulateExampleEstate(iacDir);
  const live = driftedLive(estate);
  const trail = recordHandChanges(estate, live);
  const files: Record<string, string> = {};
  for (const [path, content] of Object.entries(estateFiles(estate, live))) {
    files[path] = `${formatJson(content)}\n`;
  }
  const dev = accountOfStack(estate, HAND_MADE_STACK).account;
  const devRole = accountRoles().get(dev) ?? dev;
  return {
    ...files,
    [`${devRole}/cloudtrail.json`]: `${formatJson(trail.logFile())}\n`,
    'README.md': readme(estate),
  };
}

const PRINT_WIDTH = 110;

/** The one-line form of a value prettier may print on one line (no non-empty object inside), else undefined. */
function inlineJson(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (!Array.isArray(value)) return Object.keys(value).length === 0 ? '{}' : undefined;
  const parts = value.map(inlineJson);
  return parts.every((p) => p !== undefined) ? `[${parts.join(', ')}]` : undefined;
}

/**
 * JSON laid out as prettier lays it out (so `npm test`'s format check passes on the committed files): objects
 * one key per line, an array on one line when it holds no object and fits in the print width, else one item
 * per line.
 */
export function formatJson(value: unknown, indent = '', prefix = 0, suffix = 0): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inline = inlineJson(value);
    if (inline !== undefined && indent.length + prefix + inline.length + suffix <= PRINT_WIDTH) return inline;
    const inner = `${indent}  `;
    const lines = value.map(
      (v, i) =>
        `${inner}${formatJson(v, inner, 0, i < value.length - 1 ? 1 : 0)}${i < value.length - 1 ? ',' : ''}`,
    );
    return `[\n${lines.join('\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    const lines = entries.map(([k, v], i) => {
      const key = `${JSON.stringify(k)}: `;
      const comma = i < entries.length - 1 ? ',' : '';
      return `${inner}${key}${formatJson(v, inner, key.length, comma.length)}${comma}`;
    });
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function readme(estate: readonly EstateAccount[]): string {
  const roles = accountRoles();
  return [
    '# Example live estate',
    '',
    'Every stack of the platform as if applied, each in the account its provider pins (`allowed_account_ids`),',
    'simulated by `simulateEstate` of `@groundwork/aws-sim`; no real account is involved:',
    '',
    ...estate.map(
      (a) =>
        `- \`${roles.get(a.account) ?? a.account}/\`: account ${a.account}, ${a.region}: ${a.stacks.join(', ')}`,
    ),
    '',
    '`state/<stack>.tfstate` is the Terraform state of each stack (format 4). Each account directory holds what the',
    "three live sources read there: `config-snapshot.json`, an AWS Config snapshot that also holds AWS's own",
    'resources (default VPC, service-linked roles, instances the auto scaling groups launched, the secret RDS',
    'manages); `cloudcontrol.<region>.json`, what the AWS Cloud Control API reads of the types Config does not record',
    '(Organizations, log groups, target groups, ...; `global` for the types whose identity ignores the region;',
    '`us-east-1` for the EventBridge rules there, which no recorder records; one file per region the audit account',
    'puts its organization Config rule in), and `direct.<region>.json`, the direct reads (the password policy, the',
    "organization, the delivery channel), each a declared inventory as the drift checker's sweep writes it.",
    '',
    '`npm start` runs `groundwork drift check` of every stack against all of it. Then a few resources were changed',
    'by hand, and the check reports these:',
    '',
    ...INJECTED_DRIFTS.map(
      (d) => `- ${d.status} \`${d.constructPath}\` (${d.resourceType}, ${d.source}): ${d.description}`,
    ),
    '',
    'and a few were made by hand in the dev account, outside any stack: UNMANAGED when the check is run without',
    '`--stack` (with `--stack`, resources in no stack are not reported, since another stack may own them):',
    '',
    ...HAND_MADE.map((h) => `- UNMANAGED \`${h.resourceType}\` (dev, config): ${h.description}`),
    '',
    "`dev/cloudtrail.json` is the dev account's CloudTrail log of those calls, as a trail delivers it to S3: give it",
    'to `groundwork drift check --cloudtrail` to see who changed what.',
    '',
    'Generated by `npm run examples` (apps/platform/scripts/generate-example-account.ts) from the synthesized IaC;',
    'do not edit by hand. `apps/platform/src/example-account.test.ts` fails when these files no longer match',
    'the IaC: run `npm run examples` and commit the result.',
    '',
  ].join('\n');
}
