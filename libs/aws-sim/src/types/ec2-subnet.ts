// AWS::EC2::Subnet, and the default subnets of the default VPC (one per zone).
import type { ApplyContext } from '../apply/applied-resource';
import { zoneId, zoneNames } from '../availability-zones';
import {
  ConfigItem,
  configItem,
  RecorderContext,
  tagList,
  tagsOf,
  vpcRelationship,
} from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

/** The availability zones of applied subnets, by id. */
export function subnetZones(subnetIds: unknown, ctx: ApplyContext): string[] {
  return ((subnetIds as string[] | undefined) ?? []).map((id) =>
    String(ctx.applied().find((r) => r.type === 'aws_subnet' && r.attrs.id === id)?.attrs.availability_zone),
  );
}

/** The CIDR block of an applied subnet, by id. */
export function subnetCidr(subnetId: unknown, ctx: ApplyContext): string {
  const subnet = ctx.applied().find((r) => r.type === 'aws_subnet' && r.attrs.id === subnetId);
  if (!subnet) throw new Error(`subnet ${String(subnetId)} is not applied: no address can be drawn in it`);
  return String(subnet.attrs.cidr_block);
}

/** The default subnet of a zone in the default VPC. */
export function defaultSubnetItem(
  ctx: RecorderContext,
  vpcId: string,
  zone: string,
  cidr: string,
): ConfigItem {
  const id = ctx.ids.ec2('subnet');
  return configItem(ctx, {
    resourceType: 'AWS::EC2::Subnet',
    resourceId: id,
    arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:subnet/${id}`,
    availabilityZone: zone,
    relationships: [vpcRelationship(vpcId)],
    configuration: {
      availabilityZone: zone,
      availableIpAddressCount: 4091,
      cidrBlock: cidr,
      defaultForAz: true,
      mapPublicIpOnLaunch: true,
      state: 'available',
      subnetId: id,
      vpcId,
      ownerId: ctx.account,
      assignIpv6AddressOnCreation: false,
      ipv6CidrBlockAssociationSet: [],
      tags: [],
      subnetArn: `arn:aws:ec2:${ctx.region}:${ctx.account}:subnet/${id}`,
    },
  });
}

export const ec2Subnet: SimulatedType = {
  awsType: 'AWS::EC2::Subnet',
  terraformTypes: {
    aws_subnet: {
      taggable: true,
      computed: (v, ctx) => {
        const id = ctx.ids.ec2('subnet');
        // Without a zone, AWS picks one: the simulated account picks the region's first.
        const zone =
          v.availability_zone === undefined ? zoneNames(ctx.region)[0] : String(v.availability_zone);
        return {
          id,
          arn: arn(ctx, 'ec2', `subnet/${id}`),
          owner_id: ctx.account,
          availability_zone: zone,
          availability_zone_id: v.availability_zone_id ?? zoneId(zone),
          assign_ipv6_address_on_creation: false,
          ipv6_native: false,
          private_dns_hostname_type_on_launch: 'ip-name',
        };
      },
      record: ({ attrs: a }, _lookup, ctx) => {
        const id = String(a.id);
        const tags = tagsOf(a);
        const prefix = Number(String(a.cidr_block).split('/')[1]);
        return configItem(ctx, {
          resourceType: 'AWS::EC2::Subnet',
          resourceId: id,
          arn: String(a.arn),
          availabilityZone: String(a.availability_zone),
          tags,
          relationships: [vpcRelationship(a.vpc_id)],
          configuration: {
            availabilityZone: a.availability_zone,
            availabilityZoneId: a.availability_zone_id,
            availableIpAddressCount: 2 ** (32 - prefix) - 5,
            cidrBlock: a.cidr_block,
            defaultForAz: false,
            mapPublicIpOnLaunch: a.map_public_ip_on_launch ?? false,
            mapCustomerOwnedIpOnLaunch: false,
            state: 'available',
            subnetId: id,
            vpcId: a.vpc_id,
            ownerId: ctx.account,
            assignIpv6AddressOnCreation: false,
            ipv6CidrBlockAssociationSet: [],
            tags: tagList(tags),
            subnetArn: a.arn,
            enableDns64: false,
            ipv6Native: false,
            privateDnsNameOptionsOnLaunch: {
              hostnameType: 'ip-name',
              enableResourceNameDnsARecord: false,
              enableResourceNameDnsAAAARecord: false,
            },
          },
        });
      },
    },
  },
};
