import { RuleFixtures, tf } from '../../testing/rule-fixtures';

const db = (extra: Record<string, unknown>) => ({
  aws_db_instance: {
    db: {
      engine: 'postgres',
      instance_class: 'db.t3.micro',
      storage_encrypted: true,
      multi_az: true,
      deletion_protection: true,
      backup_retention_period: 7,
      ...extra,
    },
  },
});
const replica = { replicate_source_db: '${aws_db_instance.primary.identifier}' };

export const RDS_FIXTURES: Record<string, RuleFixtures> = {
  'GW-RDS-001': {
    passes: [
      { name: 'encrypted', json: tf(db({})) },
      { name: 'a read replica', json: tf(db({ storage_encrypted: null, ...replica })) },
      {
        name: 'an Aurora Serverless v1 cluster (always encrypted)',
        json: tf({ aws_rds_cluster: { c: { engine: 'aurora-postgresql', engine_mode: 'serverless' } } }),
      },
    ],
    fails: [
      { name: 'not encrypted', json: tf(db({ storage_encrypted: false })), at: 'aws_db_instance.db' },
      {
        name: 'a cluster without encryption',
        json: tf({ aws_rds_cluster: { c: { engine: 'aurora-postgresql' } } }),
        at: 'aws_rds_cluster.c',
      },
    ],
    undecided: [
      { name: 'computed', json: tf(db({ storage_encrypted: '${var.encrypted}' })), at: 'aws_db_instance.db' },
    ],
  },
  'GW-RDS-002': {
    passes: [
      { name: 'private', json: tf(db({ publicly_accessible: false })) },
      { name: 'the default (private)', json: tf(db({})) },
    ],
    fails: [
      { name: 'public', json: tf(db({ publicly_accessible: true })), at: 'aws_db_instance.db' },
      {
        name: 'a public cluster instance',
        json: tf({
          aws_rds_cluster_instance: { i: { cluster_identifier: 'c', publicly_accessible: 'true' } },
        }),
        at: 'aws_rds_cluster_instance.i',
      },
    ],
    undecided: [
      { name: 'computed', json: tf(db({ publicly_accessible: '${var.public}' })), at: 'aws_db_instance.db' },
    ],
  },
  'GW-RDS-003': {
    passes: [
      { name: 'Multi-AZ', json: tf(db({})) },
      { name: 'a read replica', json: tf(db({ multi_az: null, ...replica })) },
    ],
    fails: [{ name: 'single AZ', json: tf(db({ multi_az: null })), at: 'aws_db_instance.db' }],
    undecided: [
      { name: 'computed', json: tf(db({ multi_az: '${var.env == "prod"}' })), at: 'aws_db_instance.db' },
    ],
  },
  'GW-RDS-004': {
    passes: [
      { name: 'protected', json: tf(db({})) },
      { name: 'a protected cluster', json: tf({ aws_rds_cluster: { c: { deletion_protection: true } } }) },
    ],
    fails: [
      { name: 'off', json: tf(db({ deletion_protection: false })), at: 'aws_db_instance.db' },
      {
        name: 'unset (off by default)',
        json: tf(db({ deletion_protection: null })),
        at: 'aws_db_instance.db',
      },
    ],
    undecided: [
      { name: 'computed', json: tf(db({ deletion_protection: '${var.protect}' })), at: 'aws_db_instance.db' },
    ],
  },
  'GW-RDS-005': {
    passes: [
      { name: '7 days', json: tf(db({})) },
      { name: '35 days as a string', json: tf(db({ backup_retention_period: '35' })) },
      { name: 'a read replica', json: tf(db({ backup_retention_period: null, ...replica })) },
    ],
    fails: [
      { name: '1 day', json: tf(db({ backup_retention_period: 1 })), at: 'aws_db_instance.db' },
      { name: 'unset', json: tf(db({ backup_retention_period: null })), at: 'aws_db_instance.db' },
      {
        name: 'above the 35 days RDS accepts',
        json: tf(db({ backup_retention_period: 90 })),
        at: 'aws_db_instance.db',
      },
      {
        name: 'not a whole number',
        json: tf(db({ backup_retention_period: 7.5 })),
        at: 'aws_db_instance.db',
      },
    ],
    undecided: [
      {
        name: 'computed',
        json: tf(db({ backup_retention_period: '${var.days}' })),
        at: 'aws_db_instance.db',
      },
    ],
  },
};
