import { isReadReplica } from '../../inspect/rds';
import { GuardRule } from '../../model';
import { requireTrue } from '../../values';

export const rdsMultiAz: GuardRule = {
  id: 'GW-RDS-003',
  severity: 'warning',
  title: 'RDS instance should be Multi-AZ',
  why: 'A single-AZ instance is down for the whole of an availability-zone outage and for some maintenance.',
  fix: 'Set multi_az = true (or suppress with a reason for non-production databases).',
  checkov: ['CKV_AWS_157'],
  trivy: [],
  resourceTypes: ['aws_db_instance'],
  check: (db) => (isReadReplica(db) ? [] : requireTrue(db.body, 'multi_az')),
};
