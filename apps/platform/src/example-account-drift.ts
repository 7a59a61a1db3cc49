// The example live account of `npm start`: the dev stacks applied to a simulated AWS account (Terraform state per
// stack, a Config snapshot with AWS's own resources), then changed by hand in a few places. `npm run examples`
// writes it to apps/platform/examples/dev-account/; example-account.test.ts fails when the committed files differ.
import {
  accountFiles,
  appliedAt,
  handMadeItems,
  itemAt,
  recordChange,
  simulateAccount,
  SimulatedTrail,
  type ApiCall,
  type ConfigItem,
  type HandMadeResource,
  type SimulatedAccount,
} from '@groundwork/aws-sim';
import { join } from 'node:path';
import { loadPlatformConfig } from './app';
import { EXAMPLE_ACCOUNT } from './example-account';
import { PLATFORM_DIR } from './paths';

/**
 * The drift-checker bundle the example's IaC is synthesized with: the committed fixture, so regenerating needs no
 * build (the example covers the dev stacks the drift stack watches, not the drift stack itself).
 */
export const FIXTURE_DRIFT_BUNDLE_ZIP = join(PLATFORM_DIR, 'src/__fixtures__/drift-bundle.zip');
/** Seed of every generated id: the same IaC always gives byte-identical files. */
export const EXAMPLE_SEED = 'groundwork-example-dev-account';
/** When the example's Config snapshot was taken. */
export const EXAMPLE_CAPTURE_TIME = '2026-11-27T08:00:00.000Z';

/** One change made by hand in the example account, and what the drift check must say about it. */
export interface InjectedDrift {
  /** What was done, for the README and the report reader. */
  readonly description: string;
  readonly status: 'MODIFIED';
  /** The stack and construct path of the drifted resource. */
  readonly stack: string;
  readonly constructPath: string;
  readonly resourceType: string;
  /** Paths of the differences the drift check reports. */
  readonly paths: readonly string[];
  /** Applies the change to the recorded Config items (in place). */
  apply(items: ConfigItem[], account: SimulatedAccount): void;
  /** The call that made it, as CloudTrail records it (the resource it names is the drifted one). */
  readonly call: Omit<ApiCall, 'resources' | 'requestParameters'> & {
    readonly requestParameters: (item: ConfigItem) => Record<string, unknown>;
  };
}

/** The people who changed the example account by hand. */
const ALICE = { kind: 'sso-user', email: 'alice@example.com', permissionSet: 'AdministratorAccess' } as const;
const BOB = { kind: 'iam-user', name: 'bob' } as const;

function conf(item: ConfigItem): Record<string, unknown> {
  return item.configuration as Record<string, unknown>;
}

export const INJECTED_DRIFTS: readonly InjectedDrift[] = [
  {
    description: "SSH (tcp/22) opened to 0.0.0.0/0 on the bastion's security group",
    status: 'MODIFIED',
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
    apply(items, account) {
      const sg = conf(itemAt(items, account, this.constructPath));
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
    apply(items, account) {
      const bucket = itemAt(items, account, this.constructPath);
      bucket.supplementaryConfiguration.BucketVersioningConfiguration = {
        status: 'Suspended',
        isMfaDeleteEnabled: null,
      };
    },
  },
  {
    description: 'AdministratorAccess attached to the web tier instance role',
    status: 'MODIFIED',
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
    apply(items, account) {
      const role = conf(itemAt(items, account, this.constructPath));
      (role.attachedManagedPolicies as unknown[]).push({
        policyName: 'AdministratorAccess',
        policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      });
    },
  },
  {
    description: 'The database made publicly accessible',
    status: 'MODIFIED',
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
    apply(items, account) {
      conf(itemAt(items, account, this.constructPath)).publiclyAccessible = true;
    },
  },
  {
    description: 'IMDSv1 re-enabled on the bastion instance (metadata tokens optional)',
    status: 'MODIFIED',
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
    apply(items, account) {
      const instance = conf(itemAt(items, account, this.constructPath));
      (instance.metadataOptions as Record<string, unknown>).httpTokens = 'optional';
    },
  },
];

/** The dev environment's account and region, from apps/platform/config. */
function devEnvironment(): { account: string; region: string } {
  const env = loadPlatformConfig().environments.find((e) => e.name === EXAMPLE_ACCOUNT.environment);
  if (!env) throw new Error(`apps/platform/config has no ${EXAMPLE_ACCOUNT.environment} environment`);
  return { account: env.accountId, region: env.region };
}

/** The dev stacks in `iacDir` applied to the simulated dev account, before anything is changed by hand. */
export function simulateExampleAccount(iacDir: string): SimulatedAccount {
  const { account, region } = devEnvironment();
  return simulateAccount(iacDir, {
    account,
    region,
    seed: EXAMPLE_SEED,
    stacks: EXAMPLE_ACCOUNT.stacks,
    captureTime: EXAMPLE_CAPTURE_TIME,
  });
}

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
 * The example account's files (path relative to EXAMPLE_ACCOUNT.dir → content) for the IaC synthesized in
 * `iacDir`: state per stack, the Config snapshot with INJECTED_DRIFTS applied and the HAND_MADE resources added,
 * the CloudTrail log of those calls (`cloudtrail.json`), and a README (written the way prettier formats it, as
 * `npm test` checks every committed markdown file).
 */
export function exampleAccountFiles(iacDir: string): Record<string, string> {
  const account = simulateExampleAccount(iacDir);
  const { account: accountId, region } = devEnvironment();
  const items = structuredClone(account.items);
  const trail = new SimulatedTrail({ account: accountId, region, seed: EXAMPLE_SEED });
  const vpcId = String(appliedAt(account, 'network-dev/vpc/vpc').attrs['id']);
  const byHand = handMadeItems(
    HAND_MADE.map((h) => h.resource(vpcId)),
    { account: accountId, region, seed: EXAMPLE_SEED, captureTime: EXAMPLE_CAPTURE_TIME },
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
    drift.apply(items, account);
    const item = itemAt(items, account, drift.constructPath);
    recordChange(trail, item, {
      ...drift.call,
      requestParameters: drift.call.requestParameters(item),
      resources: [{ type: item.resourceType, name: trailName(item) }],
    });
  }
  const files: Record<string, string> = {};
  for (const [path, content] of Object.entries(accountFiles(account, [...items, ...byHand]))) {
    files[path] = `${formatJson(JSON.parse(content))}\n`;
  }
  return {
    ...files,
    'cloudtrail.json': `${formatJson(trail.logFile())}\n`,
    'README.md': readme(accountId, region),
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

function readme(accountId: string, region: string): string {
  return [
    '# Example live account: dev',
    '',
    `The dev stacks (${EXAMPLE_ACCOUNT.stacks.join(', ')}) as if applied to account ${accountId} in ${region}:`,
    'Terraform state per stack (`state/<stack>.tfstate`, format 4) and an AWS Config snapshot',
    "(`snapshot.json`) that also holds AWS's own resources (default VPC, service-linked roles, instances the",
    'auto scaling groups launched, the secret RDS manages). It is simulated by `simulateAccount` of',
    '`@groundwork/aws-sim`; no real account is involved.',
    '',
    '`npm start` runs `groundwork drift check` of those stacks against it. Then a few resources were changed by',
    'hand, and the check reports these:',
    '',
    ...INJECTED_DRIFTS.map(
      (d) => `- ${d.status} \`${d.constructPath}\` (${d.resourceType}): ${d.description}`,
    ),
    '',
    'and a few were made by hand, outside any stack: UNMANAGED when the check is run without `--stack` (with',
    '`--stack`, resources in no stack are not reported, since another stack may own them):',
    '',
    ...HAND_MADE.map((h) => `- ${h.resourceType}: ${h.description}`),
    '',
    '`cloudtrail.json` is the CloudTrail log of those calls, as a trail delivers it to S3: give it to',
    '`groundwork drift check --cloudtrail` to see who changed what.',
    '',
    'Generated by `npm run examples` (apps/platform/scripts/generate-example-account.ts) from the synthesized IaC;',
    'do not edit by hand. `apps/platform/src/example-account.test.ts` fails when these files no longer match',
    'the IaC: run `npm run examples` and commit the result.',
    '',
  ].join('\n');
}
