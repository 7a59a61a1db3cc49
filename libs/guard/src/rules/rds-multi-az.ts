import { GuardRule } from '../model';
import { isTrue, isUnresolved } from '../values';
import { isReadReplica } from './rds-support';

export const rdsMultiAz: GuardRule = {
  id: 'GW-RDS-003',
  severity: 'warning',
  title: 'RDS instance should be Multi-AZ',
  why: 'A single-AZ instance is down for the whole of an availability-zone outage and for some maintenance.',
  fix: 'Set multi_az = true (or suppress with a reason for non-production databases).',
  checkov: ['CKV_AWS_157'],
  trivy: [],
  resourceTypes: ['aws_db_instance'],
  check(db) {
    if (isReadReplica(db)) return [];
    const multiAz = db.values.multi_az;
    return isTrue(multiAz) || isUnresolved(multiAz) ? [] : ['multi_az is not true'];
  },
};
