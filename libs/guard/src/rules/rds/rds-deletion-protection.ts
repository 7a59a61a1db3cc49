import { GuardRule } from '../../model';
import { requireTrue } from '../../values';

export const rdsDeletionProtection: GuardRule = {
  id: 'GW-RDS-004',
  severity: 'error',
  title: 'RDS database must have deletion protection',
  why: 'Without it, one mistaken apply or console click deletes the database.',
  fix: 'Set deletion_protection = true.',
  checkov: ['CKV_AWS_293', 'CKV_AWS_139'],
  trivy: ['aws-rds-enable-deletion-protection', 'aws-rds-enable-cluster-deletion-protection'],
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  check: (db) => requireTrue(db.body, 'deletion_protection'),
};
