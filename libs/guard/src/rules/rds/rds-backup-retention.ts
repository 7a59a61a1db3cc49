import { isReadReplica } from '../../inspect/rds';
import { GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';

/** The shortest retention that still covers a week of bad changes found late. */
export const MINIMUM_BACKUP_RETENTION_DAYS = 7;
/** The longest automated-backup retention RDS accepts. */
export const MAXIMUM_BACKUP_RETENTION_DAYS = 35;

export const rdsBackupRetention: GuardRule = {
  id: 'GW-RDS-005',
  severity: 'warning',
  title: `RDS backups must be kept at least ${MINIMUM_BACKUP_RETENTION_DAYS} days`,
  why: 'Corruption or a bad migration is often found days later; a short retention leaves no backup from before it.',
  fix: `Set backup_retention_period between ${MINIMUM_BACKUP_RETENTION_DAYS} and ${MAXIMUM_BACKUP_RETENTION_DAYS} (the AWS default is 1 day; RDS accepts 0 to ${MAXIMUM_BACKUP_RETENTION_DAYS}).`,
  checkov: ['CKV_AWS_133'],
  trivy: ['aws-rds-specify-backup-retention'],
  differences: [
    `An unset retention (the AWS default of 1 day) and anything under ${MINIMUM_BACKUP_RETENTION_DAYS} days are reported; checkov accepts 1 to ${MAXIMUM_BACKUP_RETENTION_DAYS} days and an unset retention.`,
    'trivy accepts any retention above 1 day.',
  ],
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  check(db) {
    if (isReadReplica(db)) return [];
    const days = db.body.number('backup_retention_period');
    if (days instanceof Expression)
      return [computed('backup_retention_period', days, 'how many days backups are kept')];
    if (days === undefined) {
      // Aurora clusters default to 1 day as well.
      return ['backup_retention_period is not set (AWS default: 1 day)'];
    }
    if (!Number.isInteger(days) || days < 0 || days > MAXIMUM_BACKUP_RETENTION_DAYS) {
      return [
        `backup_retention_period ${days} is not one RDS accepts (a whole number of days from 0 to ${MAXIMUM_BACKUP_RETENTION_DAYS})`,
      ];
    }
    return days < MINIMUM_BACKUP_RETENTION_DAYS ? [`backup_retention_period is ${days} day(s)`] : [];
  },
};
