import type { Adapter } from './adapter';
import { conf, defined, keys, liveTags, lower, tagsOf } from './helpers';

export const ec2VpcAdapter: Adapter = {
  configType: 'AWS::EC2::VPC',
  terraformTypes: ['aws_vpc'],
  folds: [],
  compared: ['cidr_block', 'instance_tenancy', 'tags'],
  joinKey: 'VPC id',
  desiredKeys: (_v, s) => keys(s?.['id']),
  liveKeys: (item) => keys(item.resourceId),
  expected: ({ values, ...input }) =>
    defined({
      cidr_block: values['cidr_block'],
      instance_tenancy: lower(values['instance_tenancy']),
      tags: tagsOf({ values, ...input }),
    }),
  actual: (item) => {
    const c = conf(item);
    return {
      cidr_block: c['cidrBlock'],
      instance_tenancy: lower(c['instanceTenancy']),
      tags: liveTags(item),
    };
  },
  awsDefault: (item) => (conf(item)['isDefault'] === true ? 'the default VPC' : undefined),
};
