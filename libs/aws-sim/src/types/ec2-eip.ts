// AWS::EC2::EIP. The NAT gateway it is given to fills in its association on refresh (see ec2-nat-gateway).
import { configItem, tagList, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const ec2Eip: SimulatedType = {
  awsType: 'AWS::EC2::EIP',
  terraformTypes: {
    aws_eip: {
      taggable: true,
      computed: (_v, ctx) => {
        const id = `eipalloc-0${ctx.ids.hex(16)}`;
        return {
          id,
          allocation_id: id,
          public_ip: ctx.ids.publicIp(),
          public_ipv4_pool: 'amazon',
          network_border_group: ctx.region,
          arn: arn(ctx, 'ec2', `elastic-ip/${id}`),
        };
      },
      record: ({ attrs: a }, _lookup, ctx) => {
        const id = String(a.id);
        const tags = tagsOf(a);
        return configItem(ctx, {
          resourceType: 'AWS::EC2::EIP',
          resourceId: id,
          arn: String(a.arn),
          tags,
          configuration: {
            allocationId: id,
            associationId: a.association_id,
            domain: 'vpc',
            networkInterfaceId: a.network_interface,
            networkInterfaceOwnerId: ctx.account,
            privateIpAddress: a.private_ip,
            publicIp: a.public_ip,
            publicIpv4Pool: 'amazon',
            networkBorderGroup: ctx.region,
            tags: tagList(tags),
          },
        });
      },
    },
  },
};
