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

/** Routes of a table as EC2 describes them: the local route first, then the table's own. */
function routesOf(vpcCidr: unknown, routes: readonly Attrs[]): Record<string, unknown>[] {
  return [
    { destinationCidrBlock: vpcCidr, gatewayId: 'local', origin: 'CreateRouteTable', state: 'active' },
    ...routes.map((route) => ({
      destinationCidrBlock: route.cidr_block,
      ...(route.gateway_id ? { gatewayId: route.gateway_id } : {}),
      ...(route.nat_gateway_id ? { natGatewayId: route.nat_gateway_id } : {}),
      origin: 'CreateRoute',
      state: 'active',
    })),
  ];
}

/**
 * A VPC's main route table: the local route, and a route to the internet gateway in the default VPC; or, taken over
 * by aws_default_route_table, exactly that resource's routes and tags.
 */
export function mainRouteTableItem(
  ctx: RecorderContext,
  vpcId: string,
  cidr: string,
  igw?: string,
  id = ctx.ids.ec2('rtb'),
  managed?: Attrs,
): ConfigItem {
  const tags = managed ? tagsOf(managed) : {};
  const routes = managed
    ? routesOf(cidr, managed.route as Attrs[])
    : routesOf(cidr, igw ? [{ cidr_block: '0.0.0.0/0', gateway_id: igw }] : []);
  return configItem(ctx, {
    resourceType: 'AWS::EC2::RouteTable',
    resourceId: id,
    arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:route-table/${id}`,
    tags,
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
      routes,
      tags: tagList(tags),
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
        const routes = routesOf(vpc?.attrs.cidr_block, a.route as Attrs[]);
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
    // Takes over the VPC's main route table; the VPC's defaults (ec2-vpc) record it with these routes and tags.
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
