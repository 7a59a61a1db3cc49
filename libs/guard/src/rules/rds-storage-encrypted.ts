import { GuardRule } from '../model';
import { isTrue, isUnresolved } from '../values';
import { isReadReplica } from './rds-support';

export const rdsStorageEncrypted: GuardRule = {
  id: 'GW-RDS-001',
  severity: 'error',
  title: 'RDS storage must be encrypted',
  why: 'Unencrypted database storage, its backups and snapshots expose the data to anyone who can copy a snapshot; encryption cannot be turned on later without a restore.',
  fix: 'Set storage_encrypted = true (and kms_key_id for a customer-managed key).',
  checkov: ['CKV_AWS_16'],
  trivy: ['aws-rds-encrypt-instance-storage-data', 'aws-rds-encrypt-cluster-storage-data'],
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  check(db) {
    if (isReadReplica(db) || db.values.engine_mode === 'serverless') return [];
    const encrypted = db.values.storage_encrypted;
    return isTrue(encrypted) || isUnresolved(encrypted) ? [] : ['storage_encrypted is not true'];
  },
};
