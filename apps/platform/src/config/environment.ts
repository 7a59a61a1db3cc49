import { readFileSync } from 'node:fs';
import { Ipv4Cidr } from '@groundwork/core';
import { ConfigError } from './config-error';
import { FieldReader, Json } from './fields';
import {
  ACCOUNT_ID,
  ACM_CERTIFICATE_ARN,
  DB_INSTANCE_CLASS,
  DOMAIN,
  EMAIL,
  ENV_NAME,
  GITHUB_REPOSITORY,
  INSTANCE_TYPE,
  REGION,
  S3_BUCKET,
} from './patterns';

export type NatMode = 'none' | 'single' | 'perAz';

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
}

function parseJson(file: string, text: string): Record<string, Json> {
  let parsed: Json;
  try {
    parsed = JSON.parse(text) as Json;
  } catch (err) {
    throw new ConfigError(file, [`not valid JSON: ${(err as Error).message}`]);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError(file, ['expected a JSON object at the top level']);
  }
  return parsed;
}

function tier(r: FieldReader, path: string): TierCapacity {
  r.unknownKeys(path, ['instanceType', 'minCapacity', 'desiredCapacity', 'maxCapacity']);
  const capacity = {
    instanceType: r.string(`${path}.instanceType`, 'an EC2 instance type like "t3.micro"', (v) =>
      INSTANCE_TYPE.test(v),
    ),
    minCapacity: r.integer(`${path}.minCapacity`, 0, 1000),
    desiredCapacity: r.integer(`${path}.desiredCapacity`, 0, 1000),
    maxCapacity: r.integer(`${path}.maxCapacity`, 1, 1000),
  };
  if (!(
    capacity.minCapacity <= capacity.desiredCapacity && capacity.desiredCapacity <= capacity.maxCapacity
  )) {
    r.problem(
      `${path}: minCapacity ≤ desiredCapacity ≤ maxCapacity must hold, got ` +
        `${capacity.minCapacity} ≤ ${capacity.desiredCapacity} ≤ ${capacity.maxCapacity}`,
    );
  }
  return capacity;
}

/** Validates an environment document against the organization settings; throws ConfigError listing every problem. */
export function parseEnvironment(file: string, text: string, org: OrgConfig): EnvironmentConfig {
  const r = new FieldReader(parseJson(file, text));
  r.unknownKeys('', [
    'name',
    'accountId',
    'region',
    'vpcCidr',
    'azCount',
    'natMode',
    'web',
    'app',
    'database',
    'bastionAllowedCidrs',
    'certificateArn',
    'siteDomain',
    'siteCertificateArn',
    'alertEmails',
    'switchRoleTrustedAccountIds',
  ]);
  r.unknownKeys('database', [
    'instanceClass',
    'allocatedStorageGb',
    'multiAz',
    'deletionProtection',
    'backupRetentionDays',
  ]);
  const region = r.string('region', 'an AWS region like "eu-west-1"', (v) => REGION.test(v));
  if (region && !org.approvedRegions.includes(region)) {
    r.problem(
      `region: "${region}" is not an approved region (${org.approvedRegions.join(', ')}); the region SCP would deny ` +
        'it. Pick an approved region or add it to approvedRegions in org.json.',
    );
  }
  const config: EnvironmentConfig = {
    name: r.string('name', 'a lowercase name of 2-12 letters and digits, like "dev"', (v) =>
      ENV_NAME.test(v),
    ),
    accountId: r.string('accountId', 'a 12-digit AWS account id', (v) => ACCOUNT_ID.test(v)),
    region,
    vpcCidr: r.string(
      'vpcCidr',
      'an aligned IPv4 CIDR like "10.0.0.0/16" with a prefix from /16 to /24',
      (v) => {
        const prefix = Number(v.split('/')[1]);
        return Ipv4Cidr.isValid(v) && prefix >= 16 && prefix <= 24;
      },
    ),
    azCount: r.integer('azCount', 2, 6),
    natMode: r.oneOf('natMode', ['none', 'single', 'perAz'] as const),
    web: tier(r, 'web'),
    app: tier(r, 'app'),
    database: {
      instanceClass: r.string('database.instanceClass', 'an RDS class like "db.t4g.micro"', (v) =>
        DB_INSTANCE_CLASS.test(v),
      ),
      allocatedStorageGb: r.integer('database.allocatedStorageGb', 20, 65536),
      multiAz: r.boolean('database.multiAz'),
      deletionProtection: r.boolean('database.deletionProtection'),
      backupRetentionDays: r.integer('database.backupRetentionDays', 1, 35),
    },
    bastionAllowedCidrs: r.strings(
      'bastionAllowedCidrs',
      'IPv4 CIDR other than 0.0.0.0/0',
      (v) => Ipv4Cidr.isValid(v) && v !== '0.0.0.0/0',
    ),
    certificateArn: r.string('certificateArn', 'an ACM certificate ARN', (v) => ACM_CERTIFICATE_ARN.test(v)),
    siteDomain: r.string('siteDomain', 'a domain name like "static.example.com"', (v) => DOMAIN.test(v)),
    siteCertificateArn: r.string(
      'siteCertificateArn',
      'an ACM certificate ARN in us-east-1 (CloudFront uses no other region)',
      (v) => ACM_CERTIFICATE_ARN.test(v) && v.split(':')[3] === 'us-east-1',
    ),
    alertEmails: r.strings('alertEmails', 'email address', (v) => EMAIL.test(v), 1),
    switchRoleTrustedAccountIds: r.strings('switchRoleTrustedAccountIds', '12-digit account id', (v) =>
      ACCOUNT_ID.test(v),
    ),
  };
  const expectedName = /([^/\\]+)\.json$/.exec(file)?.[1];
  if (expectedName && config.name && expectedName !== config.name) {
    r.problem(
      `name: "${config.name}" does not match the file name "${expectedName}.json"; rename one of them`,
    );
  }
  if (r.problems.length) throw new ConfigError(file, r.problems);
  return config;
}

/** Validates the organization document; throws ConfigError listing every problem. */
export function parseOrg(file: string, text: string): OrgConfig {
  const r = new FieldReader(parseJson(file, text));
  r.unknownKeys('', [
    'project',
    'owner',
    'managementAccountId',
    'approvedRegions',
    'privilegedRoleName',
    'github',
    'stateBucket',
    'stateRegion',
  ]);
  const config: OrgConfig = {
    project: r.string('project', 'a lowercase project name', (v) => /^[a-z][a-z0-9-]{1,30}$/.test(v)),
    owner: r.string('owner', 'the owning team', (v) => v.length > 0 && v.length <= 256),
    managementAccountId: r.string('managementAccountId', 'a 12-digit AWS account id', (v) =>
      ACCOUNT_ID.test(v),
    ),
    approvedRegions: r.strings('approvedRegions', 'AWS region', (v) => REGION.test(v), 1),
    privilegedRoleName: r.string('privilegedRoleName', 'an IAM role name', (v) =>
      /^[\w+=,.@-]{1,64}$/.test(v),
    ),
    github: {
      repository: r.string('github.repository', '"owner/name"', (v) => GITHUB_REPOSITORY.test(v)),
      deployBranch: r.string('github.deployBranch', 'a branch name', (v) => /^[\w./-]+$/.test(v)),
    },
    stateBucket: r.string('stateBucket', 'an S3 bucket name', (v) => S3_BUCKET.test(v)),
    stateRegion: r.string('stateRegion', 'an AWS region', (v) => REGION.test(v)),
  };
  if (r.problems.length) throw new ConfigError(file, r.problems);
  return config;
}

/** Reads and validates a configuration file from disk. */
export function loadEnvironment(file: string, org: OrgConfig): EnvironmentConfig {
  return parseEnvironment(file, readFileSync(file, 'utf8'), org);
}

export function loadOrg(file: string): OrgConfig {
  return parseOrg(file, readFileSync(file, 'utf8'));
}
