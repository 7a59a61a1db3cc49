// AWS::EC2::VPC. AWS adds a default VPC to every region of every account (with a default subnet per zone, a main
// route table with a route to its internet gateway and a default security group), and gives every VPC a main route
// table and a default security group.
import { ConfigItem, configItem, RecorderContext, tagList, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import { mainRouteTableItem } from './ec2-route-table';
import { defaultSecurityGroupItem } from './ec2-security-group';
import { defaultSubnetItem } from './ec2-subnet';
import type { AppliedResource } from '../apply/applied-resource';
import type { SimulatedType } from './simulated-type';

const DEFAULT_VPC_CIDR = '172.31.0.0/16';

function defaultVpc(ctx: RecorderContext): ConfigItem[] {
  const { ids } = ctx;
  const vpcId = ids.ec2('vpc');
  const igw = ids.ec2('igw');
  const vpc = configItem(ctx, {
    resourceType: 'AWS::EC2::VPC',
    resourceId: vpcId,
    arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:vpc/${vpcId}`,
    availabilityZone: 'Multiple Availability Zones',
    configuration: {
      cidrBlock: DEFAULT_VPC_CIDR,
      dhcpOptionsId: ids.ec2('dopt'),
      state: 'available',
      vpcId,
      ownerId: ctx.account,
      instanceTenancy: 'default',
      ipv6CidrBlockAssociationSet: [],
      cidrBlockAssociationSet: [
        {
          associationId: `vpc-cidr-assoc-0${ids.hex(16)}`,
          cidrBlock: DEFAULT_VPC_CIDR,
          cidrBlockState: { state: 'associated' },
        },
      ],
      isDefault: true,
      tags: [],
    },
  });
  const subnets = ['a', 'b', 'c'].map((zone, i) =>
    defaultSubnetItem(ctx, vpcId, `${ctx.region}${zone}`, `172.31.${i * 16}.0/20`),
  );
  return [
    vpc,
    ...subnets,
    mainRouteTableItem(ctx, vpcId, DEFAULT_VPC_CIDR, igw),
    defaultSecurityGroupItem(ctx, vpcId),
  ];
}

/** The main route table and default security group AWS creates with a VPC of the IaC. */
function vpcDefaults(
  vpc: AppliedResource,
  applied: readonly AppliedResource[],
  ctx: RecorderContext,
): ConfigItem[] {
  return [
    mainRouteTableItem(
      ctx,
      String(vpc.attrs.id),
      String(vpc.attrs.cidr_block),
      undefined,
      String(vpc.attrs.main_route_table_id),
      // aws_default_route_table takes the table over and leaves exactly its own routes.
      applied.find(
        (r) => r.type === 'aws_default_route_table' && r.attrs.id === vpc.attrs.main_route_table_id,
      )?.attrs,
    ),
    defaultSecurityGroupItem(
      ctx,
      String(vpc.attrs.id),
      String(vpc.attrs.default_security_group_id),
      // aws_default_security_group takes the group over and leaves exactly its own rules.
      applied.find((r) => r.type === 'aws_default_security_group' && r.attrs.vpc_id === vpc.attrs.id)?.attrs,
    ),
  ];
}

export const ec2Vpc: SimulatedType = {
  awsType: 'AWS::EC2::VPC',
  terraformTypes: {
    aws_vpc: {
      taggable: true,
      schemaVersion: 1,
      computed: (_v, ctx) => {
        const { ids } = ctx;
        const id = ids.ec2('vpc');
        const dhcpOptionsId = ids.ec2('dopt');
        const mainRouteTableId = ids.ec2('rtb');
        return {
          id,
          arn: arn(ctx, 'ec2', `vpc/${id}`),
          owner_id: ctx.account,
          instance_tenancy: 'default',
          dhcp_options_id: dhcpOptionsId,
          main_route_table_id: mainRouteTableId,
          default_route_table_id: mainRouteTableId,
          default_security_group_id: ids.ec2('sg'),
          default_network_acl_id: ids.ec2('acl'),
          ipv6_cidr_block: '',
          assign_generated_ipv6_cidr_block: false,
        };
      },
      record: ({ attrs: a }, _lookup, ctx) => {
        const id = String(a.id);
        const tags = tagsOf(a);
        return configItem(ctx, {
          resourceType: 'AWS::EC2::VPC',
          resourceId: id,
          arn: String(a.arn),
          availabilityZone: 'Multiple Availability Zones',
          tags,
          configuration: {
            cidrBlock: a.cidr_block,
            dhcpOptionsId: a.dhcp_options_id,
            state: 'available',
            vpcId: id,
            ownerId: ctx.account,
            instanceTenancy: 'default',
            ipv6CidrBlockAssociationSet: [],
            cidrBlockAssociationSet: [
              {
                associationId: `vpc-cidr-assoc-0${ctx.ids.hex(16)}`,
                cidrBlock: a.cidr_block,
                cidrBlockState: { state: 'associated', statusMessage: null },
              },
            ],
            isDefault: false,
            tags: tagList(tags),
          },
        });
      },
    },
  },
  noise: (applied, ctx) => [
    ...defaultVpc(ctx),
    ...applied.filter((r) => r.type === 'aws_vpc').flatMap((vpc) => vpcDefaults(vpc, applied, ctx)),
  ],
};
