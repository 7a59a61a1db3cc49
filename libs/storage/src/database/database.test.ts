import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { TerraformOutput } from 'cdktf';
import { SecurityGroup, Vpc } from '@groundwork/network';
import { Database, DatabaseProps } from './database';
import { parameterGroupFamily } from './database-engine';

const ref = SynthesizedStack.ref;

function synthDb(
  props: Omit<DatabaseProps, 'vpc'> = {},
  configure?: (db: Database, app: SecurityGroup) => void,
) {
  let db!: Database;
  const stack = synthConstruct((s) => {
    const vpc = new Vpc(s, 'vpc', { azCount: 2 });
    const app = new SecurityGroup(s, 'app', { vpc, description: 'App tier' });
    db = new Database(s, 'db', { vpc, allowedPeers: [app], ...props });
    configure?.(db, app);
  });
  return { stack, db };
}

describe('Database defaults', () => {
  const { stack, db } = synthDb();
  const instance = stack.resource('aws_db_instance');
  const v = instance.values;

  it('is PostgreSQL 17 with minor upgrades, on encrypted gp3 storage that autoscales', () => {
    expect(v).toMatchObject({
      engine: 'postgres',
      engine_version: '17',
      auto_minor_version_upgrade: true,
      allow_major_version_upgrade: false,
      instance_class: 'db.t4g.medium',
      storage_type: 'gp3',
      allocated_storage: 20,
      max_allocated_storage: 100,
      storage_encrypted: true,
      port: 5432,
    });
  });

  it('sits in the isolated tier subnet group, not public, Multi-AZ', () => {
    expect(v.db_subnet_group_name).toBe(ref(stack.resource('aws_db_subnet_group'), 'name'));
    expect(v.publicly_accessible).toBe(false);
    expect(v.multi_az).toBe(true);
  });

  it('lets RDS keep the master password in Secrets Manager and exposes its ARN', () => {
    expect(v.manage_master_user_password).toBe(true);
    expect(v).not.toHaveProperty('password');
    expect(v.username).toBe('dbadmin');
    expect(stack.resources('aws_secretsmanager_secret_rotation')).toHaveLength(0);
  });

  it('protects from deletion, keeps backups 7 days and takes a final snapshot', () => {
    expect(v).toMatchObject({
      deletion_protection: true,
      backup_retention_period: 7,
      delete_automated_backups: false,
      copy_tags_to_snapshot: true,
      skip_final_snapshot: false,
      final_snapshot_identifier: `${db.identifier}-final`,
    });
  });

  it('turns on Performance Insights, IAM authentication and the postgres log exports', () => {
    expect(v).toMatchObject({
      performance_insights_enabled: true,
      performance_insights_retention_period: 7,
      iam_database_authentication_enabled: true,
      enabled_cloudwatch_logs_exports: ['postgresql', 'upgrade'],
    });
  });

  it('requires TLS through its own parameter group', () => {
    const pg = stack.resource('aws_db_parameter_group');
    expect(pg.values).toMatchObject({
      family: 'postgres17',
      parameter: [{ name: 'rds.force_ssl', value: '1', apply_method: 'pending-reboot' }],
    });
    expect(v.parameter_group_name).toBe(ref(pg, 'name'));
  });

  it('has a derived, valid identifier', () => {
    expect(db.identifier).toMatch(/^db-[0-9a-f]{8}$/);
    expect(v.identifier).toBe(db.identifier);
  });

  it('admits only the peer security group on the engine port, with no egress', () => {
    const groups = stack.resources('aws_security_group').filter((g) => g.name.startsWith('db_'));
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(v.vpc_security_group_ids).toEqual([ref(group, 'id')]);
    const ingress = stack
      .resources('aws_vpc_security_group_ingress_rule')
      .filter((r) => r.values.security_group_id === ref(group, 'id'));
    const app = stack.resources('aws_security_group').find((g) => g.name.startsWith('app_'));
    expect(ingress.map((r) => r.values)).toEqual([
      expect.objectContaining({
        ip_protocol: 'tcp',
        from_port: 5432,
        to_port: 5432,
        referenced_security_group_id: ref(app!, 'id'),
      }),
    ]);
    expect(ingress[0].values).not.toHaveProperty('cidr_ipv4');
    const egress = stack
      .resources('aws_vpc_security_group_egress_rule')
      .filter((r) => r.values.security_group_id === ref(group, 'id'));
    expect(egress).toHaveLength(0);
  });
});

describe('Database options', () => {
  it('exposes the master secret ARN as a reference to the RDS-managed secret', () => {
    const { stack } = synthDb({ masterPasswordRotationDays: 14 }, (db) => {
      db.grantSecretRead('app');
      new TerraformOutput(db, 'secret-arn', { value: db.masterUserSecretArn });
    });
    const instance = stack.resource('aws_db_instance');
    const secretArn = `\${${instance.address}.master_user_secret[0].secret_arn}`;
    expect(Object.values(stack.outputs())[0].value).toBe(secretArn);
    expect(stack.resource('aws_secretsmanager_secret_rotation').values).toEqual({
      secret_id: secretArn,
      rotation_rules: { automatically_after_days: 14 },
    });
    const grant = stack.resource('aws_iam_role_policy', 'secret-read');
    expect(grant.values.role).toBe('app');
    expect(JSON.parse(grant.values.policy as string).Statement).toEqual([
      {
        Sid: 'ReadSecret',
        Effect: 'Allow',
        Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
        Resource: secretArn,
      },
    ]);
  });

  it('runs MySQL 8.4 on 3306 with TLS required and MySQL log exports', () => {
    const { stack } = synthDb({ engine: 'mysql' });
    expect(stack.resource('aws_db_instance').values).toMatchObject({
      engine: 'mysql',
      engine_version: '8.4',
      port: 3306,
      enabled_cloudwatch_logs_exports: ['error', 'slowquery'],
    });
    expect(stack.resource('aws_db_parameter_group').values).toMatchObject({
      family: 'mysql8.4',
      parameter: [{ name: 'require_secure_transport', value: '1', apply_method: 'pending-reboot' }],
    });
    expect(stack.resource('aws_vpc_security_group_ingress_rule', 'db').values).toMatchObject({
      from_port: 3306,
      to_port: 3306,
    });
  });

  it('allows single-AZ, no deletion protection and no final snapshot only when asked', () => {
    const v = synthDb({ multiAz: false, deletionProtection: false, skipFinalSnapshot: true }).stack.resource(
      'aws_db_instance',
    ).values;
    expect(v).toMatchObject({ multi_az: false, deletion_protection: false, skip_final_snapshot: true });
    expect(v).not.toHaveProperty('final_snapshot_identifier');
  });

  it('uses customer managed keys for storage and the master secret, and grants decrypt through Secrets Manager', () => {
    const key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const { stack } = synthDb({ kmsKeyArn: key, masterUserSecretKmsKeyArn: key }, (db) =>
      db.grantSecretRead('arn:aws:iam::123456789012:role/service/app'),
    );
    expect(stack.resource('aws_db_instance').values).toMatchObject({
      kms_key_id: key,
      master_user_secret_kms_key_id: key,
    });
    const policy = stack.resource('aws_iam_role_policy', 'secret-read').values;
    expect(policy.role).toBe('app');
    expect(JSON.parse(policy.policy as string).Statement[1]).toEqual({
      Sid: 'DecryptSecretThroughSecretsManager',
      Effect: 'Allow',
      Action: 'kms:Decrypt',
      Resource: key,
      Condition: { StringLike: { 'kms:ViaService': 'secretsmanager.*.amazonaws.com' } },
    });
  });

  it('turns Performance Insights off on request, e.g. for a small MySQL instance', () => {
    const v = synthDb({
      engine: 'mysql',
      instanceClass: 'db.t4g.micro',
      performanceInsights: false,
    }).stack.resource('aws_db_instance').values;
    expect(v.performance_insights_enabled).toBe(false);
    expect(v).not.toHaveProperty('performance_insights_retention_period');
  });

  it('adds peers with allowFrom once each', () => {
    const { stack } = synthDb({}, (db, app) => {
      db.allowFrom(app);
      const vpc = db.node.scope!.node.findChild('vpc') as Vpc;
      db.allowFrom(new SecurityGroup(db.node.scope!, 'bastion', { vpc, description: 'Bastion' }));
    });
    expect(
      stack.resources('aws_vpc_security_group_ingress_rule').filter((r) => r.name.startsWith('db_')),
    ).toHaveLength(2);
  });

  it('keeps rule descriptions within the characters AWS accepts, whatever the peer construct id', () => {
    const { stack } = synthDb({}, (db) => {
      const vpc = db.node.scope!.node.findChild('vpc') as Vpc;
      db.allowFrom(new SecurityGroup(db.node.scope!, 'batch~jobs', { vpc, description: 'Batch jobs' }));
    });
    const rules = stack
      .resources('aws_vpc_security_group_ingress_rule')
      .filter((r) => r.name.startsWith('db_'));
    expect(rules.map((r) => r.values.description).sort()).toEqual([
      'postgres from test/app',
      'postgres from test/batch-jobs',
    ]);
  });

  it('takes explicit identifier, database name, version, storage and log exports', () => {
    const v = synthDb({
      identifier: 'orders-prod',
      databaseName: 'orders',
      engineVersion: '16.4',
      allocatedStorageGiB: 50,
      maxAllocatedStorageGiB: 50,
      logExports: ['postgresql', 'upgrade', 'iam-db-auth-error'],
      backupRetentionDays: 35,
      performanceInsightsRetentionDays: 731,
    }).stack.resource('aws_db_instance').values;
    expect(v).toMatchObject({
      identifier: 'orders-prod',
      db_name: 'orders',
      engine_version: '16.4',
      allocated_storage: 50,
      max_allocated_storage: 50,
      backup_retention_period: 35,
      performance_insights_retention_period: 731,
      final_snapshot_identifier: 'orders-prod-final',
    });
  });
});

describe('Database grantSecretRead', () => {
  it.each([
    ['arn:aws:iam::123456789012:user/alice', 'is not an IAM role ARN'],
    ['role with spaces', 'is not an IAM role name'],
  ])('fails when it gets %s, naming the database and the method', (role, message) => {
    expect(() => synthDb({}, (db) => db.grantSecretRead(role))).toThrow(
      `Database test/db: grantSecretRead: "${role}" ${message}`,
    );
  });
});

describe('Database instance class', () => {
  it.each(['db.t4g.micro', 'db.m7g.large', 'db.r6gd.16xlarge', 'db.x2iedn.metal', 'db.m7i.48xlarge'])(
    'accepts %s',
    (instanceClass) => {
      const { stack } = synthDb({ instanceClass, performanceInsights: false });
      expect(stack.resource('aws_db_instance').values.instance_class).toBe(instanceClass);
    },
  );
});

describe('parameterGroupFamily', () => {
  it.each([
    ['postgres', '17', 'postgres17'],
    ['postgres', '16.4', 'postgres16'],
    ['mysql', '8.0', 'mysql8.0'],
    ['mysql', '8.4.3', 'mysql8.4'],
  ] as const)('%s %s is %s', (engine, version, family) => {
    expect(parameterGroupFamily('x', engine, version)).toBe(family);
  });
});

describe('Database validation', () => {
  it('fails when the VPC has no isolated tier', () => {
    expect(() =>
      synthConstruct((s) => {
        const vpc = new Vpc(s, 'vpc', { azCount: 2, tiers: { public: {}, private: {} } });
        new Database(s, 'db', { vpc });
      }),
    ).toThrow('Database test/db: the VPC test/vpc has no isolated tier, so no DB subnet group');
  });

  it.each<[Omit<DatabaseProps, 'vpc'>, string | RegExp]>([
    [{ engineVersion: 'latest' }, 'engineVersion "latest" is not a postgres version such as "17" or "17.4"'],
    [{ engine: 'mysql', engineVersion: '8' }, 'engineVersion "8" is not a mysql version'],
    [
      { engine: 'mysql', logExports: ['postgresql'] },
      'mysql cannot export postgresql logs; choose from audit, error, general, slowquery',
    ],
    [{ backupRetentionDays: 0 }, 'backupRetentionDays must be a whole number from 1 to 35, got 0'],
    [{ backupRetentionDays: 36 }, 'backupRetentionDays must be a whole number from 1 to 35, got 36'],
    [
      { performanceInsightsRetentionDays: 30 },
      'performanceInsightsRetentionDays must be 7, 731 or a multiple of 31 up to 713, got 30',
    ],
    [{ allocatedStorageGiB: 10 }, 'allocatedStorageGiB must be a whole number from 20 to 65536, got 10'],
    [
      { allocatedStorageGiB: 200, maxAllocatedStorageGiB: 100 },
      'maxAllocatedStorageGiB must be a whole number from 200 to 65536, got 100',
    ],
    [{ port: 80 }, 'port must be a whole number from 1150 to 65535, got 80'],
    [
      { masterPasswordRotationDays: 0 },
      'masterPasswordRotationDays must be a whole number from 1 to 365, got 0',
    ],
    [{ identifier: 'Orders' }, 'identifier "Orders" must be 1-63 lowercase letters'],
    [{ identifier: 'orders--prod' }, 'identifier "orders--prod"'],
    [{ identifier: 'orders-' }, 'identifier "orders-"'],
    [{ masterUsername: '1admin' }, 'masterUsername "1admin" must be 1-63 letters, digits and underscores'],
    [{ masterUsername: 'rdsadmin' }, 'masterUsername "rdsadmin" is reserved by RDS'],
    [{ engine: 'mysql', masterUsername: 'a'.repeat(33) }, /masterUsername "a+" must be 1-32/],
    [{ engine: 'mysql', instanceClass: 'db.t4g.small' }, 'MySQL has no Performance Insights on db.t4g.small'],
    [{ performanceInsights: false, performanceInsightsRetentionDays: 31 }, 'needs performanceInsights: true'],
    [{ databaseName: 'my-db' }, 'databaseName "my-db" must be 1-63 letters, digits and underscores'],
    [
      { engine: 'aurora-postgresql' as DatabaseProps['engine'] },
      "Database test/db: engine must be 'postgres' or 'mysql', got 'aurora-postgresql'",
    ],
    [
      { instanceClass: 't4g.medium' },
      'Database test/db: instanceClass must be an RDS instance class db.<family>.<size> such as "db.t4g.medium" or "db.r7g.large", got "t4g.medium"',
    ],
    [{ instanceClass: 'db.serverless' }, 'got "db.serverless"'],
    [{ kmsKeyArn: 'alias/aws/rds' }, 'Database test/db: kmsKeyArn must be a KMS key ARN'],
    [
      { masterUserSecretKmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:alias/db' },
      'masterUserSecretKmsKeyArn must be a KMS key ARN such as',
    ],
    [{ instanceClass: 'db.M5.large' }, 'got "db.M5.large"'],
  ])('fails on %j', (props, message) => {
    expect(() => synthDb(props)).toThrow(message);
  });
});
