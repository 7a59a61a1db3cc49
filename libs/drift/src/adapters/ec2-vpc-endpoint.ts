import { isRecord } from '@groundwork/core';
import type { ConfigItem } from '../live/config-item';
import type { Adapter } from './adapter';
import {
  blocks,
  bool,
  conf,
  defined,
  keys,
  liveTags,
  lower,
  orDefault,
  policy,
  stringSet,
  tagsOf,
} from './helpers';

/** `state` is recorded as `{value: "available"}` (the field inventory's `configuration.state.value`) or a string. */
function endpointState(item: ConfigItem): string {
  const s = conf(item)['state'];
  const value = isRecord(s) ? s['value'] : s;
  return String(value ?? '').toLowerCase();
}

export const ec2VpcEndpointAdapter: Adapter = {
  configType: 'AWS::EC2::VPCEndpoint',
  terraformTypes: ['aws_vpc_endpoint'],
  folds: [],
  compared: [
    'vpc_id',
    'service_name',
    'vpc_endpoint_type',
    'policy (semantic, only when the IaC sets one)',
    'route_table_ids (set)',
    'subnet_ids (set)',
    'security_group_ids (set)',
    'private_dns_enabled',
    'ip_address_type',
    'tags',
  ],
  joinKey: 'VPC endpoint id',
  desiredKeys: (_v, s) => keys(s?.['id']),
  liveKeys: (item) => keys(item.resourceId, conf(item)['vpcEndpointId']),
  expected: (input) => {
    const v = input.values;
    return defined({
      vpc_id: v['vpc_id'],
      service_name: v['service_name'],
      vpc_endpoint_type: lower(orDefault(input, 'vpc_endpoint_type', 'Gateway')),
      // Optional and computed in the provider: without one, the IaC leaves the policy to AWS.
      policy: policy(v['policy']),
      route_table_ids: stringSet(v['route_table_ids']),
      subnet_ids: stringSet(v['subnet_ids']),
      security_group_ids: stringSet(v['security_group_ids']),
      private_dns_enabled: bool(v['private_dns_enabled']),
      ip_address_type: lower(v['ip_address_type']),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      vpc_id: c['vpcId'],
      service_name: c['serviceName'],
      vpc_endpoint_type: lower(c['vpcEndpointType']),
      policy: policy(c['policyDocument']),
      route_table_ids: stringSet(c['routeTableIds'] ?? []),
      subnet_ids: stringSet(c['subnetIds'] ?? []),
      security_group_ids: stringSet(blocks(c['groups']).map((g) => g['groupId'])),
      private_dns_enabled: bool(c['privateDnsEnabled']),
      ip_address_type: lower(c['ipAddressType']),
      tags: liveTags(item),
    };
  },
  gone: (item) => ['deleted', 'deleting'].includes(endpointState(item)),
};
