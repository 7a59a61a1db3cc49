// AWS::EC2::RouteTable, with its routes and subnet associations, and the main route table AWS gives every VPC.
import type { Attrs } from '../apply/applied-resource';
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

/** A VPC's main route table: the local route, and a route to the internet gateway in the default VPC. */
export function mainRouteTableItem(
  ctx: RecorderContext,
  vpcId: string,
  cidr: string,
  igw?: string,
  id = ctx.ids.ec2('rtb'),
): ConfigItem {
  return configItem(ctx, {
    resourceType: 'AWS::EC2::RouteTable',
    resourceId: id,
    arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:route-table/${id}`,
    relationships: [vpcRelationship(vpcId)],
    configuration: {
      associations: [
        {
          main: true,
          routeTableAssociationId: ctx.ids.ec2('rtbassoc'),
          routeTableId: id,
          associationState: { state: 'associated', statusMessage: null },
        },
      ],
      propagatingVgws: [],
      routeTableId: id,
      routes: [
        { destinationCidrBlock: cidr, gatewayId: 'local', origin: 'CreateRouteTable', state: 'active' },
        ...(igw
          ? [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: igw, origin: 'CreateRoute', state: 'active' }]
          : []),
      ],
      tags: [],
      vpcId,
      ownerId: ctx.account,
    },
  });
}

export const ec2RouteTable: SimulatedType = {
  awsType: 'AWS::EC2::RouteTable',
  terraformTypes: {
    aws_route_table: {
      taggable: true,
      computed: (v, ctx) => {
        const id = ctx.ids.ec2('rtb');
        return {
          id,
          arn: arn(ctx, 'ec2', `route-table/${id}`),
          owner_id: ctx.account,
          propagating_vgws: [],
          route: v.route ?? [],
        };
      },
      record: ({ attrs: a }, lookup, ctx) => {
        const id = String(a.id);
        const tags = tagsOf(a);
        const vpc = lookup('aws_vpc', (v) => v.id === a.vpc_id)[0];
        const routes: Record<string, unknown>[] = [
          {
            destinationCidrBlock: vpc?.attrs.cidr_block,
            gatewayId: 'local',
            origin: 'CreateRouteTable',
            state: 'active',
          },
          ...(a.route as Attrs[]).map((route) => ({
            destinationCidrBlock: route.cidr_block,
            ...(route.gateway_id ? { gatewayId: route.gateway_id } : {}),
            ...(route.nat_gateway_id ? { natGatewayId: route.nat_gateway_id } : {}),
            origin: 'CreateRoute',
            state: 'active',
          })),
        ];
        // AWS adds a prefix-list route (`pl-…` → `vpce-…`) to every route table a gateway VPC endpoint names.
        for (const endpoint of lookup(
          'aws_vpc_endpoint',
          (e) =>
            e.vpc_endpoint_type === 'Gateway' &&
            ((e.route_table_ids as string[] | undefined) ?? []).includes(id),
        )) {
          routes.push({
            destinationPrefixListId: String(endpoint.attrs.prefix_list_id),
            gatewayId: String(endpoint.attrs.id),
            origin: 'CreateRoute',
            state: 'active',
          });
        }
        const associations = lookup('aws_route_table_association', (x) => x.route_table_id === id).map(
          (x) => ({
            main: false,
            routeTableAssociationId: x.attrs.id,
            routeTableId: id,
            subnetId: x.attrs.subnet_id,
            associationState: { state: 'associated', statusMessage: null },
          }),
        );
        return configItem(ctx, {
          resourceType: 'AWS::EC2::RouteTable',
          resourceId: id,
          arn: String(a.arn),
          tags,
          relationships: [vpcRelationship(a.vpc_id)],
          configuration: {
            associations,
            propagatingVgws: [],
            routeTableId: id,
            routes,
            tags: tagList(tags),
            vpcId: a.vpc_id,
            ownerId: ctx.account,
          },
        });
      },
    },
    aws_route: {
      computed: (v) => ({ id: `r-${v.route_table_id}1080289494`, origin: 'CreateRoute', state: 'active' }),
      refresh: ({ attrs: a }, lookup) => {
        const table = lookup('aws_route_table', (t) => t.id === a.route_table_id)[0];
        (table?.attrs.route as Attrs[]).push({
          cidr_block: a.destination_cidr_block,
          gateway_id: a.gateway_id ?? '',
          nat_gateway_id: a.nat_gateway_id ?? '',
        });
      },
    },
    aws_route_table_association: {
      computed: (_v, ctx) => ({ id: ctx.ids.ec2('rtbassoc') }),
    },
    // Takes over the VPC's main route table.
    aws_default_route_table: {
      taggable: true,
      computed: (v, ctx) => ({
        id: v.default_route_table_id,
        arn: arn(ctx, 'ec2', `route-table/${v.default_route_table_id}`),
        owner_id: ctx.account,
        vpc_id: ctx.applied().find((r) => r.attrs.default_route_table_id === v.default_route_table_id)?.attrs
          .id,
        propagating_vgws: [],
        route: v.route ?? [],
      }),
    },
  },
};
