// AWS::EC2::NatGateway.
import { configItem, CREATED_AT, tagList, tagsOf, vpcRelationship } from '../config/config-item';
import { subnetCidr } from './ec2-subnet';
import type { SimulatedType } from './simulated-type';

export const ec2NatGateway: SimulatedType = {
  awsType: 'AWS::EC2::NatGateway',
  terraformTypes: {
    aws_nat_gateway: {
      taggable: true,
      computed: (v, ctx) => ({
        id: ctx.ids.ec2('nat'),
        connectivity_type: 'public',
        network_interface_id: ctx.ids.ec2('eni'),
        private_ip: ctx.ids.ipIn(subnetCidr(v.subnet_id, ctx)),
        public_ip: '',
      }),
      // The elastic IP is associated with the gateway's network interface.
      refresh: ({ attrs: a }, lookup) => {
        const eip = lookup('aws_eip', (e) => e.id === a.allocation_id)[0];
        if (eip) {
          eip.attrs.association_id = `eipassoc-0${(a.id as string).slice(5)}`;
          eip.attrs.network_interface = a.network_interface_id;
          eip.attrs.private_ip = a.private_ip;
          a.public_ip = eip.attrs.public_ip;
        }
      },
      record: ({ attrs: a }, lookup, ctx) => {
        const id = String(a.id);
        const tags = tagsOf(a);
        const subnet = lookup('aws_subnet', (s) => s.id === a.subnet_id)[0];
        return configItem(ctx, {
          resourceType: 'AWS::EC2::NatGateway',
          resourceId: id,
          arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:natgateway/${id}`,
          availabilityZone: String(subnet?.attrs.availability_zone),
          tags,
          relationships: [
            vpcRelationship(subnet?.attrs.vpc_id),
            {
              resourceType: 'AWS::EC2::Subnet',
              resourceId: String(a.subnet_id),
              name: 'Is contained in Subnet',
            },
          ],
          configuration: {
            createTime: Date.parse(CREATED_AT),
            natGatewayAddresses: [
              {
                allocationId: a.allocation_id,
                networkInterfaceId: a.network_interface_id,
                privateIp: a.private_ip,
                publicIp: a.public_ip,
              },
            ],
            natGatewayId: id,
            state: 'available',
            subnetId: a.subnet_id,
            vpcId: subnet?.attrs.vpc_id,
            tags: tagList(tags),
            connectivityType: 'public',
          },
        });
      },
    },
  },
};
