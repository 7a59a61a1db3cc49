// AWS::EC2::VPCEndpoint. Not recorded here; a gateway endpoint's routes show in its route tables (ec2-route-table).
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const ec2VpcEndpoint: SimulatedType = {
  awsType: 'AWS::EC2::VPCEndpoint',
  terraformTypes: {
    aws_vpc_endpoint: {
      taggable: true,
      computed: (_v, ctx) => {
        const id = ctx.ids.ec2('vpce');
        return {
          id,
          arn: arn(ctx, 'ec2', `vpc-endpoint/${id}`),
          owner_id: ctx.account,
          state: 'available',
          prefix_list_id: `pl-${ctx.ids.hex(8)}`,
          cidr_blocks: [],
          dns_entry: [],
          network_interface_ids: [],
          requester_managed: false,
          policy: JSON.stringify({
            Version: '2008-10-17',
            Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
          }),
          service_region: ctx.region,
        };
      },
    },
  },
};
