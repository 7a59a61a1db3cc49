import { awsConfigExample } from '../fixtures/load-fixture';
import { configItem, engineFor } from '../fixtures/harness';
import { pathsMissingFromInventory } from '../fixtures/property-inventory';
import { parseLive } from '../live/parse-live';

// A DB subnet group as Config records it: SDK-v1 names (`dBSubnetGroupName`), subnets with their zones.
const group = {
  dBSubnetGroupName: 'platform-db',
  dBSubnetGroupDescription: 'Isolated subnets',
  vpcId: 'vpc-0c9d8e7f6a5b4c3d2',
  subnetGroupStatus: 'Complete',
  subnets: [
    {
      subnetIdentifier: 'subnet-0aaa',
      subnetAvailabilityZone: { name: 'eu-west-1a' },
      subnetStatus: 'Active',
    },
    {
      subnetIdentifier: 'subnet-0bbb',
      subnetAvailabilityZone: { name: 'eu-west-1b' },
      subnetStatus: 'Active',
    },
  ],
  dBSubnetGroupArn: 'arn:aws:rds:eu-west-1:111122223333:subgrp:platform-db',
};
const item = (c: Record<string, unknown>) =>
  configItem('AWS::RDS::DBSubnetGroup', 'platform-db', c, { tags: { Name: 'platform-db' } });
const stack = (values: Record<string, unknown>) =>
  engineFor({
    db: {
      resources: {
        aws_db_subnet_group: { g: { name: 'platform-db', tags: { Name: 'platform-db' }, ...values } },
      },
      state: {
        'aws_db_subnet_group.g': { id: 'platform-db', name: 'platform-db', arn: group.dBSubnetGroupArn },
      },
    },
  });

describe('AWS::RDS::DBSubnetGroup adapter', () => {
  it('builds on an item that uses the field inventory’s names', () => {
    expect(pathsMissingFromInventory('AWS::RDS::DBSubnetGroup', group)).toEqual([]);
  });

  it('is IN_SYNC with subnets in any order', () => {
    const engine = stack({ description: 'Isolated subnets', subnet_ids: ['subnet-0bbb', 'subnet-0aaa'] });
    expect(engine.checkItem(item(group))).toMatchObject({ status: 'IN_SYNC', differences: [] });
  });

  it('expects the provider’s default description, and reports a subnet added by hand', () => {
    const engine = stack({ subnet_ids: ['subnet-0aaa', 'subnet-0bbb'] });
    const added = {
      ...group,
      subnets: [...group.subnets, { subnetIdentifier: 'subnet-0ccc', subnetStatus: 'Active' }],
    };
    expect(engine.checkItem(item(added)).differences.map((d) => [d.path, d.type])).toEqual([
      ['description', 'NOT_EQUAL'],
      ['subnet_ids', 'ADD'],
    ]);
  });

  it('never calls RDS’s own "default" group unmanaged (the real DB instance item points at it)', () => {
    const [db] = parseLive(
      awsConfigExample('custodian-rule-invokingEvent-only-rds-dbinstance.json'),
      'rds',
    ).items;
    const relation = db.relationships.find((r) => r.resourceType === 'AWS::RDS::DBSubnetGroup');
    expect(relation?.resourceId).toBe('default');
    const reason = engineFor({ db: { resources: {} } }).checkItem(
      configItem('AWS::RDS::DBSubnetGroup', 'default', { ...group, dBSubnetGroupName: 'default' }),
    ).reason;
    expect(reason).toMatch(/default DB subnet group/);
  });
});
