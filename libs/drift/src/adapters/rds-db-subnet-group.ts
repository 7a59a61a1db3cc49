import type { Adapter } from './adapter';
import { blocks, conf, defined, keys, liveTags, orDefault, stringSet, tagsOf } from './helpers';

export const rdsDbSubnetGroupAdapter: Adapter = {
  configType: 'AWS::RDS::DBSubnetGroup',
  terraformTypes: ['aws_db_subnet_group'],
  folds: [],
  compared: ['name', 'description', 'subnet_ids (set)', 'tags'],
  joinKey: 'DB subnet group name (or ARN)',
  desiredKeys: (v, s) => keys(s?.['name'], s?.['id'], s?.['arn'], v['name']),
  liveKeys: (item) =>
    keys(
      item.resourceId,
      item.resourceName,
      conf(item)['dBSubnetGroupName'],
      item.arn,
      conf(item)['dBSubnetGroupArn'],
    ),
  expected: (input) => {
    const v = input.values;
    return defined({
      name: v['name'],
      // The provider's default, always sent on create.
      description: orDefault(input, 'description', 'Managed by Terraform'),
      subnet_ids: stringSet(v['subnet_ids']),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      name: c['dBSubnetGroupName'],
      description: c['dBSubnetGroupDescription'],
      subnet_ids: stringSet(blocks(c['subnets']).map((s) => s['subnetIdentifier'])),
      tags: liveTags(item),
    };
  },
  awsDefault: (item) =>
    conf(item)['dBSubnetGroupName'] === 'default'
      ? 'the default DB subnet group of the default VPC'
      : undefined,
};
