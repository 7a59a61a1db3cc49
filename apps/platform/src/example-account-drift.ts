// The example live estate of `npm start`: every stack applied to a simulated AWS account, each in the account its
// provider pins (Terraform state per stack; per account an AWS Config snapshot with AWS's own resources, and what
// Cloud Control and the direct reads return, as declared inventories), then changed by hand in a few places.
// `npm run examples` writes it to apps/platform/examples/estate/; example-account.test.ts fails when the committed
// files differ.
import {
  accountFiles,
  cloudControlAt,
  itemAt,
  liveReadFiles,
  simulateEstate,
  type CloudControlResource,
  type ConfigItem,
  type DirectRead,
  type EstateAccount,
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
}

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

/** The estate's accounts by what they are for: `management` for the organization's, else the environment's name. */
export function accountRoles(): Map<string, string> {
  const config = loadPlatformConfig();
  return new Map([
    [config.org.managementAccountId, 'management'],
    ...config.environments.map((e): [string, string] => [e.accountId, e.name]),
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

/**
 * The example estate's files (path relative to EXAMPLE_ACCOUNT.dir → content) for the IaC synthesized in `iacDir`:
 * state per stack, each account's live reads with INJECTED_DRIFTS applied, and a README (written the way prettier
 * formats it, as `npm test` checks every committed markdown file).
 */
export function exampleAccountFiles(iacDir: string): Record<string, string> {
  const estate = simulateExampleEstate(iacDir);
  const files: Record<string, string> = {};
  for (const [path, content] of Object.entries(estateFiles(estate, driftedLive(estate)))) {
    files[path] = `${formatJson(content)}\n`;
  }
  return { ...files, 'README.md': readme(estate) };
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
    '(Organizations, log groups, target groups, ...; `global` for the types whose identity ignores the region), and',
    '`direct.<region>.json`, the direct reads (the password policy, the organization, the delivery channel), each a',
    "declared inventory as the drift checker's sweep writes it.",
    '',
    '`npm start` runs `groundwork drift check` of every stack against all of it. Then a few resources were changed',
    'by hand, and the check reports these:',
    '',
    ...INJECTED_DRIFTS.map(
      (d) => `- ${d.status} \`${d.constructPath}\` (${d.resourceType}, ${d.source}): ${d.description}`,
    ),
    '',
    'Generated by `npm run examples` (apps/platform/scripts/generate-example-account.ts) from the synthesized IaC;',
    'do not edit by hand. `apps/platform/src/example-account.test.ts` fails when these files no longer match',
    'the IaC: run `npm run examples` and commit the result.',
    '',
  ].join('\n');
}
