import type { Adapter } from './adapter';
import { blocks, conf, defined, keys, liveTags, lower, stringSet, tagsOf } from './helpers';

export const ec2NatGatewayAdapter: Adapter = {
  configType: 'AWS::EC2::NatGateway',
  terraformTypes: ['aws_nat_gateway'],
  folds: [],
  compared: ['subnet_id', 'allocation_id', 'connectivity_type', 'tags'],
  joinKey: 'NAT gateway id',
  desiredKeys: (_v, s) => keys(s?.['id']),
  liveKeys: (item) => keys(item.resourceId),
  expected: (input) => {
    const v = input.values;
    return defined({
      subnet_id: v['subnet_id'],
      allocation_id: v['allocation_id'] === undefined ? undefined : stringSet([v['allocation_id']], false),
      connectivity_type: lower(v['connectivity_type']),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      subnet_id: c['subnetId'],
      allocation_id: stringSet(blocks(c['natGatewayAddresses']).map((a) => a['allocationId'])),
      connectivity_type: lower(c['connectivityType'] ?? 'public'),
      tags: liveTags(item),
    };
  },
  gone: (item) => {
    const state = conf(item)['state'];
    const s =
      typeof state === 'object' && state !== null ? (state as Record<string, unknown>)['value'] : state;
    return s === 'deleted' || s === 'deleting' || s === 'failed';
  },
};
