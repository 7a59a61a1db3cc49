import type { Adapter } from './adapter';
import { conf, defined, foldedOf, keys, liveTags, lower, tagsOf } from './helpers';

export const ec2EipAdapter: Adapter = {
  configType: 'AWS::EC2::EIP',
  terraformTypes: ['aws_eip'],
  folds: [{ type: 'aws_eip_association', parentAttributes: ['allocation_id'] }],
  compared: ['domain', 'instance', 'network_interface', 'tags'],
  joinKey: 'allocation id (or public IP)',
  desiredKeys: (_v, s) => keys(s?.['id'], s?.['allocation_id'], s?.['public_ip']),
  liveKeys: (item) => keys(item.resourceId, conf(item)['allocationId'], conf(item)['publicIp']),
  expected: (input) => {
    const v = input.values;
    const assoc = foldedOf(input, 'aws_eip_association')[0];
    return defined({
      domain: lower(v['domain'] ?? (v['vpc'] === true ? 'vpc' : undefined)),
      instance: v['instance'] ?? assoc?.['instance_id'],
      network_interface: v['network_interface'] ?? assoc?.['network_interface_id'],
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      domain: lower(c['domain']),
      instance: c['instanceId'],
      network_interface: c['networkInterfaceId'],
      tags: liveTags(item),
    };
  },
};
