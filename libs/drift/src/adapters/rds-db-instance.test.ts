import { awsConfigExample } from '../fixtures/load-fixture';
import { configItem, engineFor } from '../fixtures/harness';
import { parseLive } from '../live/parse-live';

describe('AWS::RDS::DBInstance adapter (real item)', () => {
  const [db] = parseLive(
    awsConfigExample('custodian-rule-invokingEvent-only-rds-dbinstance.json'),
    'rds',
  ).items;

  const values = {
    identifier: 'c7n-data-index',
    instance_class: 'db.t2.small',
    engine: 'postgres',
    engine_version: '9.6',
    allocated_storage: 32,
    username: 'c7nroot',
    db_name: 'c7ndata',
    port: 5432,
    vpc_security_group_ids: ['sg-837620f1'],
    backup_retention_period: 7,
    tags: { 'workload-type': 'other' },
  };

  it('joins by identifier although state id and Config resourceId are dbi ids, and matches "9.6" with "9.6.3"', () => {
    // Provider v5 state: id is the dbi resource id; the join must not depend on it.
    const engine = engineFor({
      db: {
        resources: { aws_db_instance: { main: { ...values, publicly_accessible: true } } },
        state: { 'aws_db_instance.main': { id: 'db-OTHER', identifier: 'c7n-data-index' } },
      },
    });
    expect(engine.checkItem(db)).toMatchObject({
      status: 'IN_SYNC',
      resourceId: 'db-KOCU7UR74VM3AC4R3H2UXX7PE4',
    });
  });

  it('takes storage that autoscaling grew (up to max_allocated_storage) as in sync, as the provider does', () => {
    const grown = (allocatedStorage: number) =>
      configItem(
        'AWS::RDS::DBInstance',
        db.resourceId,
        { ...db.configuration, allocatedStorage, maxAllocatedStorage: 100 },
        { tags: db.tags },
      );
    const storageDiffs = (declared: Record<string, unknown>, live: number) =>
      engineFor({
        db: {
          resources: { aws_db_instance: { main: { ...values, publicly_accessible: true, ...declared } } },
        },
      })
        .checkItem(grown(live))
        .differences.map((d) => [d.path, d.expected, d.actual]);
    expect(storageDiffs({ allocated_storage: 20, max_allocated_storage: 100 }, 32)).toEqual([]);
    expect(storageDiffs({ allocated_storage: 20, max_allocated_storage: 100 }, 20)).toEqual([]);
    // Shrunk below the IaC, past the ceiling, or without autoscaling: drift.
    expect(storageDiffs({ allocated_storage: 20, max_allocated_storage: 100 }, 16)).toEqual([
      ['allocated_storage', '20', 16],
    ]);
    expect(storageDiffs({ allocated_storage: 20, max_allocated_storage: 30 }, 32)).toEqual([
      ['allocated_storage', '20', 32],
      ['max_allocated_storage', 30, 100],
    ]);
    expect(storageDiffs({ allocated_storage: 20 }, 32)).toEqual([['allocated_storage', 20, 32]]);
  });

  it('reports an instance made public (the IaC default is private)', () => {
    expect(
      engineFor({ db: { resources: { aws_db_instance: { main: values } } } }).checkItem(db).differences,
    ).toEqual([{ path: 'publicly_accessible', expected: false, actual: true, type: 'NOT_EQUAL' }]);
  });
});
