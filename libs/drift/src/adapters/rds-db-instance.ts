import { NormMatch } from '../normalize/norm-values';
import type { Adapter } from './adapter';
import {
  UNKNOWN,
  blocks,
  bool,
  conf,
  defined,
  get,
  keys,
  kmsKey,
  liveTags,
  lower,
  maybe,
  orDefault,
  stringSet,
  tagsOf,
} from './helpers';

/** "15" matches "15.4": AWS upgrades minor versions on its own when the IaC pins only the major one. */
function engineVersion(v: unknown): unknown {
  if (v === undefined || v === UNKNOWN) return v;
  const want = String(v);
  return new NormMatch(
    want,
    (actual) => typeof actual === 'string' && (actual === want || actual.startsWith(`${want}.`)),
  );
}

/**
 * With storage autoscaling (`max_allocated_storage` above `allocated_storage`), RDS grows the storage on its own:
 * more storage live than the IaC asks for is not drift, as the AWS provider suppresses that difference too.
 */
function allocatedStorage(v: unknown, max: unknown): unknown {
  if (v === undefined || v === UNKNOWN) return v;
  const want = Number(v);
  const ceiling = max === undefined || max === UNKNOWN ? 0 : Number(max);
  if (!Number.isFinite(want) || !(ceiling > want)) return v;
  return new NormMatch(String(v), (actual) => {
    const live = Number(actual);
    return live === want || (live > want && live <= ceiling);
  });
}

export const rdsDbInstanceAdapter: Adapter = {
  configType: 'AWS::RDS::DBInstance',
  terraformTypes: ['aws_db_instance'],
  folds: [],
  compared: [
    'identifier',
    'instance_class',
    'engine',
    'engine_version (prefix)',
    'allocated_storage',
    'max_allocated_storage',
    'storage_type',
    'storage_encrypted',
    'kms_key_id',
    'multi_az',
    'publicly_accessible',
    'db_subnet_group_name',
    'vpc_security_group_ids (set)',
    'backup_retention_period',
    'deletion_protection',
    'iam_database_authentication_enabled',
    'port',
    'username',
    'db_name',
    'auto_minor_version_upgrade',
    'performance_insights_enabled',
    'enabled_cloudwatch_logs_exports (set)',
    'backup_window',
    'maintenance_window',
    'tags',
  ],
  joinKey: 'DB instance identifier or ARN (not the dbi resource id)',
  // Provider v5 made `id` the dbi resource id: join on the identifier and the ARN instead.
  desiredKeys: (v, s) => keys(s?.['identifier'], s?.['arn'], v['identifier']),
  liveKeys: (item) =>
    keys(conf(item)['dBInstanceIdentifier'], item.resourceName, item.arn, conf(item)['dBInstanceArn']),
  expected: (input) => {
    const v = input.values;
    return defined({
      identifier: v['identifier'],
      instance_class: v['instance_class'],
      engine: lower(v['engine']),
      engine_version: engineVersion(v['engine_version']),
      allocated_storage: allocatedStorage(v['allocated_storage'], v['max_allocated_storage']),
      max_allocated_storage: v['max_allocated_storage'],
      storage_type: lower(v['storage_type']),
      storage_encrypted: bool(v['storage_encrypted']),
      kms_key_id: kmsKey(v['kms_key_id']),
      multi_az: bool(v['multi_az']),
      publicly_accessible: maybe(orDefault(input, 'publicly_accessible', false), (x) => bool(x)),
      db_subnet_group_name: v['db_subnet_group_name'],
      vpc_security_group_ids: stringSet(v['vpc_security_group_ids']),
      backup_retention_period: v['backup_retention_period'],
      deletion_protection: bool(v['deletion_protection']),
      iam_database_authentication_enabled: bool(v['iam_database_authentication_enabled']),
      port: v['port'],
      username: v['username'],
      db_name: v['db_name'],
      auto_minor_version_upgrade: bool(v['auto_minor_version_upgrade']),
      performance_insights_enabled: bool(v['performance_insights_enabled']),
      enabled_cloudwatch_logs_exports: stringSet(v['enabled_cloudwatch_logs_exports']),
      backup_window: lower(v['backup_window']),
      maintenance_window: lower(v['maintenance_window']),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      identifier: c['dBInstanceIdentifier'],
      instance_class: c['dBInstanceClass'],
      engine: lower(c['engine']),
      engine_version: c['engineVersion'],
      allocated_storage: c['allocatedStorage'],
      max_allocated_storage: c['maxAllocatedStorage'],
      storage_type: lower(c['storageType']),
      storage_encrypted: c['storageEncrypted'],
      kms_key_id: c['kmsKeyId'],
      multi_az: c['multiAZ'],
      publicly_accessible: c['publiclyAccessible'],
      db_subnet_group_name: get(c, 'dBSubnetGroup.dBSubnetGroupName'),
      vpc_security_group_ids: stringSet(blocks(c['vpcSecurityGroups']).map((g) => g['vpcSecurityGroupId'])),
      backup_retention_period: c['backupRetentionPeriod'],
      deletion_protection: c['deletionProtection'],
      iam_database_authentication_enabled: c['iAMDatabaseAuthenticationEnabled'],
      port: get(c, 'endpoint.port') ?? c['dbInstancePort'],
      username: c['masterUsername'],
      db_name: c['dBName'],
      auto_minor_version_upgrade: c['autoMinorVersionUpgrade'],
      performance_insights_enabled: c['performanceInsightsEnabled'],
      enabled_cloudwatch_logs_exports: stringSet(c['enabledCloudwatchLogsExports'] ?? []),
      backup_window: lower(c['preferredBackupWindow']),
      maintenance_window: lower(c['preferredMaintenanceWindow']),
      tags: liveTags(item),
    };
  },
  gone: (item) => conf(item)['dBInstanceStatus'] === 'deleting',
};
