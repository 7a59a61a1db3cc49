import type { Adapter } from './adapter';
import { bool, conf, defined, keys, liveTags, tagsOf } from './helpers';

export const ec2SubnetAdapter: Adapter = {
  configType: 'AWS::EC2::Subnet',
  terraformTypes: ['aws_subnet'],
  folds: [],
  compared: [
    'cidr_block',
    'availability_zone',
    'vpc_id',
    'map_public_ip_on_launch',
    'assign_ipv6_address_on_creation',
    'tags',
  ],
  joinKey: 'subnet id',
  desiredKeys: (_v, s) => keys(s?.['id']),
  liveKeys: (item) => keys(item.resourceId),
  expected: (input) => {
    const v = input.values;
    return defined({
      cidr_block: v['cidr_block'],
      availability_zone: v['availability_zone'],
      vpc_id: v['vpc_id'],
      map_public_ip_on_launch: bool(v['map_public_ip_on_launch']),
      assign_ipv6_address_on_creation: bool(v['assign_ipv6_address_on_creation']),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      cidr_block: c['cidrBlock'],
      availability_zone: c['availabilityZone'],
      vpc_id: c['vpcId'],
      map_public_ip_on_launch: c['mapPublicIpOnLaunch'],
      assign_ipv6_address_on_creation: c['assignIpv6AddressOnCreation'],
      tags: liveTags(item),
    };
  },
  awsDefault: (item) =>
    conf(item)['defaultForAz'] === true ? 'a default subnet of the default VPC' : undefined,
};
