import { GuardRule } from '../model';
import { isUnresolved, numberValue } from '../values';
import { isReadReplica } from './rds-support';

/** The shortest retention that still covers a week of bad changes found late. */
export const MINIMUM_BACKUP_RETENTION_DAYS = 7;

export const rdsBackupRetention: GuardRule = {
  id: 'GW-RDS-005',
  severity: 'warning',
  title: `RDS backups must be kept at least ${MINIMUM_BACKUP_RETENTION_DAYS} days`,
  why: 'Corruption or a bad migration is often found days later; a short retention leaves no backup from before it.',
  fix: `Set backup_retention_period to ${MINIMUM_BACKUP_RETENTION_DAYS} or more (the AWS default is 1 day).`,
  checkov: ['CKV_AWS_133'],
  trivy: ['aws-rds-specify-backup-retention'],
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  check(db) {
    if (isReadReplica(db) || isUnresolved(db.values.backup_retention_period)) return [];
    const days = numberValue(db.values.backup_retention_period);
    if (days === undefined) return ['backup_retention_period is not set (AWS default: 1 day)'];
    return days < MINIMUM_BACKUP_RETENTION_DAYS ? [`backup_retention_period is ${days} day(s)`] : [];
  },
};
