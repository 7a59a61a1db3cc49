import { GuardRule } from '../../model';
import { forbidTrue } from '../../values';

export const rdsNotPublic: GuardRule = {
  id: 'GW-RDS-002',
  severity: 'error',
  title: 'RDS database must not be publicly accessible',
  why: 'A public endpoint puts the database one password (or one engine vulnerability) away from the internet.',
  fix: 'Set publicly_accessible = false and reach the database from private subnets or through a bastion.',
  checkov: ['CKV_AWS_17'],
  trivy: ['aws-rds-enable-public-access'],
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster_instance'],
  check: (db) => forbidTrue(db.body, 'publicly_accessible'),
};
