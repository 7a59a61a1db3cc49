import { isReadReplica } from '../../inspect/rds';
import { GuardRule } from '../../model';
import { requireTrue } from '../../values';

export const rdsStorageEncrypted: GuardRule = {
  id: 'GW-RDS-001',
  severity: 'error',
  title: 'RDS storage must be encrypted',
  why: 'Unencrypted database storage, its backups and snapshots expose the data to anyone who can copy a snapshot; encryption cannot be turned on later without a restore.',
  fix: 'Set storage_encrypted = true (and kms_key_id for a customer-managed key).',
  checkov: ['CKV_AWS_16'],
  trivy: ['aws-rds-encrypt-instance-storage-data', 'aws-rds-encrypt-cluster-storage-data'],
  differences: [
    'Read replicas and Aurora Serverless v1 clusters (always encrypted) are exempt.',
    'Storage encrypted with the AWS managed key passes; trivy also requires a customer managed kms_key_id on clusters.',
  ],
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  check(db) {
    if (isReadReplica(db) || db.body.string('engine_mode') === 'serverless') return [];
    return requireTrue(db.body, 'storage_encrypted');
  },
};
