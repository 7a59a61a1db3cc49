// AWS::RDS::DBInstance, and the master-user secret RDS creates and rotates in Secrets Manager for
// `manage_master_user_password`.
import type { AppliedLookup, AppliedResource, Attrs } from '../apply/applied-resource';
import { ConfigItem, configItem, CREATED_AT, RecorderContext, tagList, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

function dbItem(r: AppliedResource, lookup: AppliedLookup, ctx: RecorderContext): ConfigItem {
  const a = r.attrs;
  const tags = tagsOf(a);
  const group = lookup('aws_db_subnet_group', (g) => g.name === a.db_subnet_group_name)[0]?.attrs;
  const subnets = ((group?.subnet_ids as string[]) ?? []).map(
    (s) => lookup('aws_subnet', (x) => x.id === s)[0]?.attrs,
  );
  const secret = (a.master_user_secret as Attrs[])[0] as Attrs | undefined;
  // RDS places the instance in the first zone of its subnet group, a Multi-AZ standby in the next one.
  const zones = [...new Set(subnets.map((s) => String(s?.availability_zone)))];
  const zone = zones[0] ?? `${ctx.region}a`;
  const standbyZone = a.multi_az === true ? (zones[1] ?? null) : null;
  const majorVersion = String(a.engine_version ?? '').split('.')[0];
  return configItem(ctx, {
    resourceType: 'AWS::RDS::DBInstance',
    resourceId: String(a.resource_id),
    resourceName: String(a.identifier),
    arn: String(a.arn),
    availabilityZone: zone,
    tags,
    relationships: [
      {
        resourceType: 'AWS::RDS::DBSubnetGroup',
        resourceId: String(a.db_subnet_group_name),
        name: 'Is associated with DBSubnetGroup',
      },
      ...(a.vpc_security_group_ids as string[]).map((sg) => ({
        resourceType: 'AWS::EC2::SecurityGroup',
        resourceId: sg,
        name: 'Is associated with SecurityGroup',
      })),
    ],
    configuration: {
      dBInstanceIdentifier: a.identifier,
      dBInstanceClass: a.instance_class,
      engine: a.engine,
      dBInstanceStatus: 'available',
      masterUsername: a.username,
      endpoint: { address: a.address, port: a.port, hostedZoneId: 'Z29XKXDKYMONMX' },
      allocatedStorage: a.allocated_storage,
      instanceCreateTime: CREATED_AT,
      preferredBackupWindow: a.backup_window,
      backupRetentionPeriod: a.backup_retention_period,
      dBSecurityGroups: [],
      vpcSecurityGroups: (a.vpc_security_group_ids as string[]).map((sg) => ({
        vpcSecurityGroupId: sg,
        status: 'active',
      })),
      dBParameterGroups: [
        {
          dBParameterGroupName: a.parameter_group_name ?? `default.${String(a.engine)}${majorVersion}`,
          parameterApplyStatus: 'in-sync',
        },
      ],
      availabilityZone: zone,
      dBSubnetGroup: {
        dBSubnetGroupName: a.db_subnet_group_name,
        dBSubnetGroupDescription: group?.description,
        vpcId: group?.vpc_id,
        subnetGroupStatus: 'Complete',
        subnets: subnets.map((s) => ({
          subnetIdentifier: s?.id,
          subnetAvailabilityZone: { name: s?.availability_zone },
          subnetStatus: 'Active',
        })),
        dBSubnetGroupArn: null,
      },
      preferredMaintenanceWindow: a.maintenance_window,
      pendingModifiedValues: {
        dBInstanceClass: null,
        allocatedStorage: null,
        masterUserPassword: null,
        port: null,
        backupRetentionPeriod: null,
        multiAZ: null,
        engineVersion: null,
        iops: null,
        storageType: null,
      },
      latestRestorableTime: ctx.captureTime,
      multiAZ: a.multi_az,
      engineVersion: a.engine_version,
      autoMinorVersionUpgrade: a.auto_minor_version_upgrade !== false,
      readReplicaDBInstanceIdentifiers: [],
      readReplicaDBClusterIdentifiers: [],
      licenseModel: 'postgresql-license',
      iops: 3000,
      optionGroupMemberships: [
        { optionGroupName: `default:${String(a.engine)}-${majorVersion}`, status: 'in-sync' },
      ],
      secondaryAvailabilityZone: standbyZone,
      publiclyAccessible: a.publicly_accessible,
      statusInfos: [],
      storageType: a.storage_type,
      dbInstancePort: 0,
      storageEncrypted: a.storage_encrypted,
      kmsKeyId: a.kms_key_id,
      dbiResourceId: a.resource_id,
      cACertificateIdentifier: 'rds-ca-rsa2048-g1',
      domainMemberships: [],
      copyTagsToSnapshot: a.copy_tags_to_snapshot === true,
      monitoringInterval: 0,
      promotionTier: 1,
      dBInstanceArn: a.arn,
      iAMDatabaseAuthenticationEnabled: a.iam_database_authentication_enabled === true,
      performanceInsightsEnabled: a.performance_insights_enabled === true,
      ...(a.performance_insights_enabled === true
        ? {
            performanceInsightsKMSKeyId: a.kms_key_id,
            performanceInsightsRetentionPeriod: a.performance_insights_retention_period ?? 7,
          }
        : {}),
      deletionProtection: a.deletion_protection,
      maxAllocatedStorage: a.max_allocated_storage ?? null,
      enabledCloudwatchLogsExports: a.enabled_cloudwatch_logs_exports ?? [],
      ...(secret
        ? {
            masterUserSecret: {
              secretArn: secret.secret_arn,
              secretStatus: 'active',
              kmsKeyId: secret.kms_key_id,
            },
          }
        : {}),
      tagList: tagList(tags),
    },
    supplementaryConfiguration: { Tags: tagList(tags) },
  });
}

/** The secret RDS creates and rotates for each database with `manage_master_user_password`. */
function managedMasterUserSecrets(applied: readonly AppliedResource[], ctx: RecorderContext): ConfigItem[] {
  return applied
    .filter((r) => r.type === 'aws_db_instance' && r.attrs.manage_master_user_password === true)
    .map((db) => managedMasterUserSecret(db, applied, ctx));
}

function managedMasterUserSecret(
  db: AppliedResource,
  applied: readonly AppliedResource[],
  ctx: RecorderContext,
): ConfigItem {
  const secretArn = String((db.attrs.master_user_secret as { secret_arn: string }[])[0].secret_arn);
  const name = secretArn.split(':secret:')[1].replace(/-[0-9a-f]{6}$/, '');
  const tags = {
    'aws:rds:primaryDBInstanceArn': String(db.attrs.arn),
    'aws:secretsmanager:owningService': 'rds',
  };
  return configItem(ctx, {
    resourceType: 'AWS::SecretsManager::Secret',
    resourceId: secretArn,
    resourceName: name,
    arn: secretArn,
    tags,
    configuration: {
      ARN: secretArn,
      Name: name,
      Description: `Secret associated with primary RDS DB instance: ${db.attrs.arn}`,
      KMSKeyId: (db.attrs.master_user_secret as { kms_key_id: string }[])[0].kms_key_id,
      RotationEnabled: true,
      // RDS rotates its managed secret every 7 days unless a rotation resource sets the schedule.
      RotationRules: {
        AutomaticallyAfterDays:
          (
            applied.find(
              (r) => r.type === 'aws_secretsmanager_secret_rotation' && r.attrs.secret_id === secretArn,
            )?.attrs.rotation_rules as Attrs[] | undefined
          )?.[0]?.automatically_after_days ?? 7,
      },
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    },
  });
}

export const rdsDbInstance: SimulatedType = {
  awsType: 'AWS::RDS::DBInstance',
  terraformTypes: {
    aws_db_instance: {
      taggable: true,
      computed: (v, ctx) => {
        const { ids } = ctx;
        const resourceId = `db-${ids.upper(26)}`;
        return {
          id: resourceId,
          resource_id: resourceId,
          arn: arn(ctx, 'rds', `db:${v.identifier}`),
          address: `${v.identifier}.c${ids.hex(11)}.${ctx.region}.rds.amazonaws.com`,
          port: v.port ?? 5432,
          kms_key_id: arn(ctx, 'kms', `key/${ids.uuid()}`),
          // RDS manages the master password in Secrets Manager only when asked to.
          master_user_secret:
            v.manage_master_user_password === true
              ? [
                  {
                    secret_arn: arn(ctx, 'secretsmanager', `secret:rds!db-${ids.uuid()}-${ids.hex(6)}`),
                    secret_status: 'active',
                    kms_key_id: arn(ctx, 'kms', `key/${ids.uuid()}`),
                  },
                ]
              : [],
          auto_minor_version_upgrade: v.auto_minor_version_upgrade ?? true,
          iam_database_authentication_enabled: v.iam_database_authentication_enabled ?? false,
          backup_window: v.backup_window ?? '03:27-03:57',
          maintenance_window: v.maintenance_window ?? 'sun:04:10-sun:04:40',
        };
      },
      record: dbItem,
    },
  },
  noise: managedMasterUserSecrets,
};
