import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { DbParameterGroup } from '@cdktf/provider-aws/lib/db-parameter-group';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { SecretsmanagerSecretRotation } from '@cdktf/provider-aws/lib/secretsmanager-secret-rotation';
import { ISecurityGroup, IVpc, Peer, Port, SecurityGroup } from '@groundwork/network';
import { requireWholeNumber } from '@groundwork/core';
import { requireKmsKeyArn } from '../internal/validate';
import { physicalName } from '../internal/physical-name';
import { grantId, grantSecretRead } from '../secrets/grant-secret-read';
import { DatabaseEngine, DatabaseLogExport, ENGINES, parameterGroupFamily } from './database-engine';

export interface DatabaseProps {
  /** The VPC whose isolated tier holds the database (its DB subnet group). */
  readonly vpc: IVpc;
  /** @default 'postgres' */
  readonly engine?: DatabaseEngine;
  /**
   * Engine version; a major version ("17", "8.4") lets RDS pick the newest minor and apply minor upgrades.
   * @default '17' for postgres, '8.4' for mysql
   */
  readonly engineVersion?: string;
  /** Parameter group family. @default derived from engineVersion, e.g. 'postgres17' */
  readonly parameterGroupFamily?: string;
  /**
   * RDS instance class, checked against `db.<family>.<size>` unless it is a token.
   * @default 'db.t4g.medium' (the smallest Graviton class with Performance Insights on every engine)
   */
  readonly instanceClass?: string;
  /** Initial gp3 storage in GiB, 20 to 65536. @default 20 */
  readonly allocatedStorageGiB?: number;
  /** Storage autoscaling ceiling in GiB; equal to allocatedStorageGiB turns autoscaling off. @default 100 */
  readonly maxAllocatedStorageGiB?: number;
  /** A standby in another availability zone with automatic failover. Keep it on in production. @default true */
  readonly multiAz?: boolean;
  /** Instance identifier: lowercase letters, digits, single hyphens, starting with a letter, at most 63. @default derived from the construct path */
  readonly identifier?: string;
  /** Database created with the instance. @default none (postgres has the "postgres" database) */
  readonly databaseName?: string;
  /** @default 'dbadmin' */
  readonly masterUsername?: string;
  /**
   * KMS key ARN (not an alias: the read grant names the key) for the RDS-managed master password secret.
   * @default the AWS managed key aws/secretsmanager
   */
  readonly masterUserSecretKmsKeyArn?: string;
  /**
   * Rotate the master password every this many days (1-365). RDS rotates its managed secret every 7 days
   * by itself; set this to choose another schedule.
   * @default RDS's own schedule (7 days)
   */
  readonly masterPasswordRotationDays?: number;
  /** KMS key ARN (not an alias, which RDS reports back as the key ARN) for storage encryption. @default the AWS managed key aws/rds */
  readonly kmsKeyArn?: string;
  /** @default 5432 for postgres, 3306 for mysql */
  readonly port?: number;
  /** Security groups whose members may connect on the engine port; add more with `allowFrom`. @default none */
  readonly allowedPeers?: ISecurityGroup[];
  /** Days of automated backups, 1 to 35. @default 7 */
  readonly backupRetentionDays?: number;
  /** @default true */
  readonly deletionProtection?: boolean;
  /** Destroy without a final snapshot. Only for throwaway environments. @default false */
  readonly skipFinalSnapshot?: boolean;
  /**
   * Performance Insights (the engine behind CloudWatch Database Insights). MySQL offers it only from the
   * medium classes up, so micro and small MySQL instances must turn it off.
   * @default true
   */
  readonly performanceInsights?: boolean;
  /** Performance Insights retention: 7, 731, or a multiple of 31 up to 713. @default 7 (the free tier) */
  readonly performanceInsightsRetentionDays?: number;
  /** Logs exported to CloudWatch Logs. @default ['postgresql', 'upgrade'] for postgres, ['error', 'slowquery'] for mysql */
  readonly logExports?: DatabaseLogExport[];
  /** IAM database authentication alongside the password. @default true */
  readonly iamAuthentication?: boolean;
  /** @default none */
  readonly tags?: Record<string, string>;
}

const DEFAULT_INSTANCE_CLASS = 'db.t4g.medium';
// db.<family>.<size>: db.t4g.micro, db.m7g.large, db.r6gd.16xlarge, db.x2iedn.metal.
const INSTANCE_CLASS = /^db\.[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9-]*$/;

/**
 * An RDS instance in the isolated tier: encrypted, never public, Multi-AZ, TLS required through its parameter
 * group, master password kept by RDS in Secrets Manager, deletion protection, backups, Performance Insights,
 * log exports, and a security group that admits only the given peer groups on the engine port.
 */
export class Database extends Construct {
  readonly instance: DbInstance;
  readonly securityGroup: SecurityGroup;
  readonly parameterGroup: DbParameterGroup;
  readonly engine: DatabaseEngine;
  readonly identifier: string;
  readonly instanceArn: string;
  /** Host name to connect to. */
  readonly endpointAddress: string;
  readonly port: number;
  /** ARN of the Secrets Manager secret (managed by RDS) that holds the master user name and password. */
  readonly masterUserSecretArn: string;
  readonly masterUserSecretKmsKeyArn?: string;
  readonly passwordRotation?: SecretsmanagerSecretRotation;
  private readonly peers = new Set<ISecurityGroup>();
  private secretGrants = 0;

  constructor(scope: Construct, id: string, props: DatabaseProps) {
    super(scope, id);
    const where = `Database ${this.node.path}`;
    const engine = props.engine ?? 'postgres';
    if (engine !== 'postgres' && engine !== 'mysql') {
      throw new Error(`${where}: engine must be 'postgres' or 'mysql', got '${String(engine)}'`);
    }
    const facts = ENGINES[engine];
    this.engine = engine;
    const subnetGroup = props.vpc.dbSubnetGroupName;
    if (subnetGroup === undefined) {
      throw new Error(
        `${where}: the VPC ${props.vpc.node.path} has no isolated tier, so no DB subnet group; ` +
          'add the isolated tier to the Vpc, where nothing outside the VPC can reach the database',
      );
    }
    const version = props.engineVersion ?? facts.defaultVersion;
    const family = props.parameterGroupFamily ?? parameterGroupFamily(where, engine, version);
    this.port = props.port ?? facts.defaultPort;
    if (!Token.isUnresolved(this.port)) {
      requireWholeNumber(where, 'port', this.port, { min: 1150, max: 65535 });
    }
    const allocated = props.allocatedStorageGiB ?? 20;
    if (!Token.isUnresolved(allocated)) {
      requireWholeNumber(where, 'allocatedStorageGiB', allocated, { min: 20, max: 65536 });
    }
    const maxAllocated = props.maxAllocatedStorageGiB ?? Math.max(100, allocated);
    if (!Token.isUnresolved(maxAllocated) && !Token.isUnresolved(allocated)) {
      requireWholeNumber(where, 'maxAllocatedStorageGiB', maxAllocated, { min: allocated, max: 65536 });
    }
    const backupDays = props.backupRetentionDays ?? 7;
    if (!Token.isUnresolved(backupDays)) {
      requireWholeNumber(where, 'backupRetentionDays', backupDays, { min: 1, max: 35 });
    }
    const piDays = props.performanceInsightsRetentionDays ?? 7;
    if (
      !Token.isUnresolved(piDays) &&
      !(piDays === 7 || piDays === 731 || (piDays % 31 === 0 && piDays >= 31 && piDays <= 713))
    ) {
      throw new Error(
        `${where}: performanceInsightsRetentionDays must be 7, 731 or a multiple of 31 up to 713, got ${piDays}`,
      );
    }
    const instanceClass = props.instanceClass ?? DEFAULT_INSTANCE_CLASS;
    if (!Token.isUnresolved(instanceClass) && !INSTANCE_CLASS.test(instanceClass)) {
      throw new Error(
        `${where}: instanceClass must be an RDS instance class db.<family>.<size> such as "db.t4g.medium" or ` +
          `"db.r7g.large", got "${instanceClass}"`,
      );
    }
    const performanceInsights = props.performanceInsights ?? true;
    if (
      performanceInsights &&
      engine === 'mysql' &&
      !Token.isUnresolved(instanceClass) &&
      /^db\.t\d+g?\.(micro|small)$/.test(instanceClass)
    ) {
      throw new Error(
        `${where}: MySQL has no Performance Insights on ${instanceClass}; use db.t4g.medium or larger, ` +
          'or set performanceInsights: false',
      );
    }
    if (!performanceInsights && props.performanceInsightsRetentionDays !== undefined) {
      throw new Error(`${where}: performanceInsightsRetentionDays needs performanceInsights: true`);
    }
    const rotationDays = props.masterPasswordRotationDays;
    if (rotationDays !== undefined && !Token.isUnresolved(rotationDays)) {
      requireWholeNumber(where, 'masterPasswordRotationDays', rotationDays, { min: 1, max: 365 });
    }
    const logExports = props.logExports ?? [...facts.defaultLogExports];
    const unsupported = logExports.filter((l) => !facts.logExports.includes(l));
    if (unsupported.length) {
      throw new Error(
        `${where}: ${engine} cannot export ${unsupported.join(', ')} logs; choose from ${facts.logExports.join(', ')}`,
      );
    }
    requireKmsKeyArn(where, 'kmsKeyArn', props.kmsKeyArn);
    requireKmsKeyArn(where, 'masterUserSecretKmsKeyArn', props.masterUserSecretKmsKeyArn);
    const username = props.masterUsername ?? 'dbadmin';
    validateUsername(where, username, facts.maxUsernameLength);
    if (props.databaseName !== undefined)
      validateDatabaseName(where, props.databaseName, facts.maxDatabaseNameLength);
    this.identifier = props.identifier ?? defaultIdentifier(this);
    validateIdentifier(where, this.identifier);

    this.securityGroup = new SecurityGroup(this, 'security-group', {
      vpc: props.vpc,
      description: `Database ${this.identifier}: engine port from allowed security groups only`,
      allowAllOutbound: false,
    });
    for (const peer of props.allowedPeers ?? []) this.allowFrom(peer);

    this.parameterGroup = new DbParameterGroup(this, 'parameters', {
      namePrefix: `${this.identifier}-`,
      family,
      description: `Parameters of ${this.identifier}: TLS required`,
      parameter: [{ ...facts.tlsParameter, applyMethod: 'pending-reboot' }],
      lifecycle: { createBeforeDestroy: true },
    });

    this.masterUserSecretKmsKeyArn = props.masterUserSecretKmsKeyArn;
    this.instance = new DbInstance(this, 'instance', {
      identifier: this.identifier,
      engine,
      engineVersion: version,
      autoMinorVersionUpgrade: true,
      allowMajorVersionUpgrade: false,
      instanceClass,
      allocatedStorage: allocated,
      maxAllocatedStorage: maxAllocated,
      storageType: 'gp3',
      storageEncrypted: true,
      kmsKeyId: props.kmsKeyArn,
      dbName: props.databaseName,
      username,
      manageMasterUserPassword: true,
      masterUserSecretKmsKeyId: props.masterUserSecretKmsKeyArn,
      port: this.port,
      dbSubnetGroupName: subnetGroup,
      vpcSecurityGroupIds: [this.securityGroup.securityGroupId],
      publiclyAccessible: false,
      multiAz: props.multiAz ?? true,
      parameterGroupName: this.parameterGroup.name,
      iamDatabaseAuthenticationEnabled: props.iamAuthentication ?? true,
      backupRetentionPeriod: backupDays,
      copyTagsToSnapshot: true,
      deleteAutomatedBackups: false,
      deletionProtection: props.deletionProtection ?? true,
      skipFinalSnapshot: props.skipFinalSnapshot ?? false,
      finalSnapshotIdentifier: props.skipFinalSnapshot ? undefined : `${this.identifier}-final`,
      performanceInsightsEnabled: performanceInsights,
      performanceInsightsRetentionPeriod: performanceInsights ? piDays : undefined,
      enabledCloudwatchLogsExports: logExports,
      tags: props.tags,
    });
    this.instanceArn = this.instance.arn;
    this.endpointAddress = this.instance.address;
    this.masterUserSecretArn = this.instance.masterUserSecret.get(0).secretArn;

    if (props.masterPasswordRotationDays !== undefined) {
      this.passwordRotation = new SecretsmanagerSecretRotation(this, 'password-rotation', {
        secretId: this.masterUserSecretArn,
        rotationRules: { automaticallyAfterDays: props.masterPasswordRotationDays },
      });
    }
  }

  /** Admits members of the group on the engine port (one ingress rule referencing the group). */
  allowFrom(group: ISecurityGroup): void {
    if (this.peers.has(group)) return;
    this.peers.add(group);
    this.securityGroup.addIngressRule(
      Peer.securityGroup(group),
      Port.tcp(this.port),
      // Security group rule descriptions accept a limited character set; construct paths may hold others.
      `${this.engine} from ${group.node.path}`
        .replace(/[^a-zA-Z0-9. _\-:/()#,@[\]+=&;{}!$*]/g, '-')
        .slice(0, 255),
    );
  }

  /** Lets the role read the master user secret (role name or ARN in this account). */
  grantSecretRead(role: string): IamRolePolicy {
    this.secretGrants += 1;
    return grantSecretRead(this, grantId('secret-read', role, this.secretGrants), {
      secretArn: this.masterUserSecretArn,
      kmsKeyArn: this.masterUserSecretKmsKeyArn,
      role,
      caller: `Database ${this.node.path}: grantSecretRead`,
    });
  }
}

function defaultIdentifier(db: Construct): string {
  const name = physicalName(db, 63).toLowerCase();
  return /^[a-z]/.test(name) ? name : `db-${name}`.slice(0, 63).replace(/-+$/, '');
}

function validateIdentifier(where: string, id: string): void {
  if (Token.isUnresolved(id)) return;
  if (!/^[a-z][a-z0-9-]{0,62}$/.test(id) || id.includes('--') || id.endsWith('-')) {
    throw new Error(
      `${where}: identifier "${id}" must be 1-63 lowercase letters, digits and single hyphens, ` +
        'start with a letter and not end with a hyphen',
    );
  }
}

function validateUsername(where: string, name: string, max: number): void {
  if (Token.isUnresolved(name)) return;
  if (!new RegExp(`^[A-Za-z][A-Za-z0-9_]{0,${max - 1}}$`).test(name)) {
    throw new Error(
      `${where}: masterUsername "${name}" must be 1-${max} letters, digits and underscores, starting with a letter`,
    );
  }
  if (['rdsadmin', 'rdsrepladmin'].includes(name.toLowerCase()) || name.toLowerCase().startsWith('rds_')) {
    throw new Error(`${where}: masterUsername "${name}" is reserved by RDS; pick another, e.g. "dbadmin"`);
  }
}

function validateDatabaseName(where: string, name: string, max: number): void {
  if (Token.isUnresolved(name)) return;
  if (!new RegExp(`^[A-Za-z][A-Za-z0-9_]{0,${max - 1}}$`).test(name)) {
    throw new Error(
      `${where}: databaseName "${name}" must be 1-${max} letters, digits and underscores, starting with a letter`,
    );
  }
}
