import { readFileSync } from 'node:fs';
import { Ipv4Cidr } from '@groundwork/core';
import { DEFAULT_OU_TREE, ORGANIZATION_ROOT, flattenOrganizationalUnits } from '@groundwork/iam';
import { NAT_MODES, type NatMode } from '@groundwork/network';
import * as z from 'zod/mini';
import { parseConfigFile, SENTENCE } from './config-problems';
import { flag, list, oneOf, record, text, wholeNumber } from './fields';
import {
  ACCOUNT_ID,
  ACM_CERTIFICATE_ARN,
  DB_INSTANCE_CLASS,
  DOMAIN,
  EMAIL,
  ENV_NAME,
  GITHUB_REPOSITORY,
  INSTANCE_TYPE,
  ORGANIZATION_ID,
  REGION,
  S3_BUCKET,
} from './patterns';

export interface TierCapacity {
  readonly instanceType: string;
  readonly minCapacity: number;
  readonly desiredCapacity: number;
  readonly maxCapacity: number;
}

export interface DatabaseSettings {
  readonly instanceClass: string;
  readonly allocatedStorageGb: number;
  readonly multiAz: boolean;
  readonly deletionProtection: boolean;
  readonly backupRetentionDays: number;
}

/** One deployment environment (`config/<name>.json`). */
export interface EnvironmentConfig {
  readonly name: string;
  readonly accountId: string;
  /** The account's name in the organization (AWS Organizations, 1-50 characters). */
  readonly accountName: string;
  /** The account's root user e-mail address. */
  readonly accountEmail: string;
  /** Where the account sits in the organization: an OU path of the org stack (`Workloads/NonProd`) or `Root`. */
  readonly organizationalUnit: string;
  /** Must be one of the organization's approved regions (the region SCP denies the others). */
  readonly region: string;
  readonly vpcCidr: string;
  readonly azCount: number;
  /** `single` is the cost option (one NAT for all zones); `perAz` survives the loss of a zone. */
  readonly natMode: NatMode;
  readonly web: TierCapacity;
  readonly app: TierCapacity;
  readonly database: DatabaseSettings;
  /** CIDRs allowed to SSH to the bastion; empty means SSM Session Manager only. */
  readonly bastionAllowedCidrs: readonly string[];
  /** ACM certificate of the web tier's public load balancer, in the environment's region. */
  readonly certificateArn: string;
  /** Domain name CloudFront serves the static front end on. */
  readonly siteDomain: string;
  /** ACM certificate for `siteDomain`; CloudFront accepts only certificates in us-east-1. */
  readonly siteCertificateArn: string;
  readonly alertEmails: readonly string[];
  /** Accounts whose principals may assume the switch role (with MFA). */
  readonly switchRoleTrustedAccountIds: readonly string[];
}

/** The organization's drift checker in the audit account (`organizationDrift` in org.json). */
export interface OrganizationDriftConfig {
  /** The audit (or Config delegated administrator) account that runs the organization sweep. */
  readonly auditAccountId: string;
  /** The AWS Organizations id (`o-…`): the central bus and the member roles admit only its accounts. */
  readonly organizationId: string;
  /** Who gets each sweep's digest. */
  readonly alertEmails: readonly string[];
}

/** The organization-wide settings (`config/org.json`). */
export interface OrgConfig {
  readonly project: string;
  readonly owner: string;
  readonly managementAccountId: string;
  readonly approvedRegions: readonly string[];
  /** Role exempt from the region SCP, used to administer member accounts. */
  readonly privilegedRoleName: string;
  readonly github: { readonly repository: string; readonly deployBranch: string };
  /** S3 bucket that holds every stack's Terraform state (S3 backend, native locking). */
  readonly stateBucket: string;
  readonly stateRegion: string;
  /**
   * The organization sweep: absent, its stacks (`drift-organization` in the audit account, `drift-member-<env>` in
   * each environment's) are not built. It sweeps the approved regions from the state region.
   */
  readonly organizationDrift?: OrganizationDriftConfig;
}

const accountId = () => text('a 12-digit AWS account id', (v) => ACCOUNT_ID.test(v));

/** Where an environment account may sit: the root or an OU of the org stack's tree. */
const ORGANIZATION_PLACES: readonly [string, ...string[]] = [
  ORGANIZATION_ROOT,
  ...flattenOrganizationalUnits(DEFAULT_OU_TREE).map((ou) => ou.path),
];

function tierSchema(expected: string) {
  return record(expected, {
    instanceType: text('an EC2 instance type like "t3.micro"', (v) => INSTANCE_TYPE.test(v)),
    minCapacity: wholeNumber({ min: 0, max: 1000 }),
    desiredCapacity: wholeNumber({ min: 0, max: 1000 }),
    maxCapacity: wholeNumber({ min: 1, max: 1000 }),
  }).check((ctx) => {
    const { minCapacity: min, desiredCapacity: desired, maxCapacity: max } = ctx.value;
    if (!(min <= desired && desired <= max)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        params: SENTENCE,
        message: `minCapacity ≤ desiredCapacity ≤ maxCapacity must hold, got ${min} ≤ ${desired} ≤ ${max}`,
      });
    }
  });
}

/** The schema of `config/<name>.json`: its fields, and the checks against the organization and the file name. */
function environmentSchema(file: string, org: OrgConfig) {
  const fileName = /([^/\\]+)\.json$/.exec(file)?.[1];
  return record('an environment object', {
    name: text('a lowercase name of 2-12 letters and digits, like "dev"', (v) => ENV_NAME.test(v)).check(
      z.refine((v) => fileName === undefined || v === fileName, {
        params: SENTENCE,
        error: (issue) =>
          `"${String(issue.input)}" does not match the file name "${fileName}.json"; rename one of them`,
      }),
    ),
    accountId: accountId(),
    accountName: text('the account name in the organization, 1 to 50 characters', (v) => /^.{1,50}$/.test(v)),
    accountEmail: text("the account's root user e-mail address", (v) => EMAIL.test(v)),
    organizationalUnit: oneOf(ORGANIZATION_PLACES),
    region: text('an AWS region like "eu-west-1"', (v) => REGION.test(v)).check(
      z.refine((v) => org.approvedRegions.includes(v), {
        params: SENTENCE,
        error: (issue) =>
          `"${String(issue.input)}" is not an approved region (${org.approvedRegions.join(', ')}); the region SCP ` +
          'would deny it. Pick an approved region or add it to approvedRegions in org.json.',
      }),
    ),
    vpcCidr: text('an aligned IPv4 CIDR like "10.0.0.0/16" with a prefix from /16 to /24', (v) => {
      const prefix = Number(v.split('/')[1]);
      return Ipv4Cidr.isValid(v) && prefix >= 16 && prefix <= 24;
    }),
    azCount: wholeNumber({ min: 2, max: 6 }),
    natMode: oneOf(NAT_MODES),
    web: tierSchema('the web tier: instanceType, minCapacity, desiredCapacity, maxCapacity'),
    app: tierSchema('the app tier: instanceType, minCapacity, desiredCapacity, maxCapacity'),
    database: record('the database settings', {
      instanceClass: text('an RDS class like "db.t4g.micro"', (v) => DB_INSTANCE_CLASS.test(v)),
      allocatedStorageGb: wholeNumber({ min: 20, max: 65536 }),
      multiAz: flag(),
      deletionProtection: flag(),
      backupRetentionDays: wholeNumber({ min: 1, max: 35 }),
    }),
    bastionAllowedCidrs: list(
      'IPv4 CIDR other than 0.0.0.0/0',
      text('IPv4 CIDR other than 0.0.0.0/0', (v) => Ipv4Cidr.isValid(v) && v !== '0.0.0.0/0'),
    ),
    certificateArn: text('an ACM certificate ARN', (v) => ACM_CERTIFICATE_ARN.test(v)),
    siteDomain: text('a domain name like "static.example.com"', (v) => DOMAIN.test(v)),
    siteCertificateArn: text(
      'an ACM certificate ARN in us-east-1 (CloudFront uses no other region)',
      (v) => ACM_CERTIFICATE_ARN.test(v) && v.split(':')[3] === 'us-east-1',
    ),
    alertEmails: list(
      'email address',
      text('email address', (v) => EMAIL.test(v)),
      1,
    ),
    switchRoleTrustedAccountIds: list(
      '12-digit account id',
      text('12-digit account id', (v) => ACCOUNT_ID.test(v)),
    ),
  });
}

const ORG_SCHEMA = record('the organization object', {
  project: text('a lowercase project name', (v) => /^[a-z][a-z0-9-]{1,30}$/.test(v)),
  owner: text('the owning team', (v) => v.length > 0 && v.length <= 256),
  managementAccountId: accountId(),
  approvedRegions: list(
    'AWS region',
    text('AWS region', (v) => REGION.test(v)),
    1,
  ),
  privilegedRoleName: text('an IAM role name', (v) => /^[\w+=,.@-]{1,64}$/.test(v)),
  github: record('the GitHub settings: repository, deployBranch', {
    repository: text('"owner/name"', (v) => GITHUB_REPOSITORY.test(v)),
    deployBranch: text('a branch name', (v) => /^[\w./-]+$/.test(v)),
  }),
  stateBucket: text('an S3 bucket name', (v) => S3_BUCKET.test(v)),
  stateRegion: text('an AWS region', (v) => REGION.test(v)),
  organizationDrift: z.optional(
    record('the organization drift settings: auditAccountId, organizationId, alertEmails', {
      auditAccountId: accountId(),
      organizationId: text(
        'an AWS Organizations id like "o-abcd123456" (aws organizations describe-organization)',
        (v) => ORGANIZATION_ID.test(v),
      ),
      alertEmails: list(
        'email address',
        text('email address', (v) => EMAIL.test(v)),
        1,
      ),
    }),
  ),
});

/** Validates an environment document against the organization settings; throws ConfigError listing every problem. */
export function parseEnvironment(file: string, text: string, org: OrgConfig): EnvironmentConfig {
  return parseConfigFile(file, text, environmentSchema(file, org));
}

/** Validates the organization document; throws ConfigError listing every problem. */
export function parseOrg(file: string, text: string): OrgConfig {
  return parseConfigFile(file, text, ORG_SCHEMA);
}

/** Reads and validates a configuration file from disk. */
export function loadEnvironment(file: string, org: OrgConfig): EnvironmentConfig {
  return parseEnvironment(file, readFileSync(file, 'utf8'), org);
}

export function loadOrg(file: string): OrgConfig {
  return parseOrg(file, readFileSync(file, 'utf8'));
}
