import { isRecord } from '@groundwork/core';
import { canonicalCidr } from './cidr';
import { UNKNOWN } from './norm-values';

/** A route reduced to its destination and its target id (ids carry their kind: igw-, nat-, vpce-, pcx-, tgw-…). */
export interface NormalizedRoute {
  readonly destination: string;
  readonly target: string;
}

const TF_DESTINATIONS = [
  'cidr_block',
  'ipv6_cidr_block',
  'destination_prefix_list_id',
  'destination_cidr_block',
  'destination_ipv6_cidr_block',
];
const TF_TARGETS = [
  'gateway_id',
  'nat_gateway_id',
  'network_interface_id',
  'transit_gateway_id',
  'vpc_peering_connection_id',
  'egress_only_gateway_id',
  'vpc_endpoint_id',
  'local_gateway_id',
  'carrier_gateway_id',
  'core_network_arn',
  'instance_id',
];
const LIVE_DESTINATIONS = ['destinationCidrBlock', 'destinationIpv6CidrBlock', 'destinationPrefixListId'];
const LIVE_TARGETS = [
  'gatewayId',
  'natGatewayId',
  'transitGatewayId',
  'vpcPeeringConnectionId',
  'egressOnlyInternetGatewayId',
  'localGatewayId',
  'carrierGatewayId',
  'coreNetworkArn',
  'networkInterfaceId',
  'instanceId',
];

function first(o: Record<string, unknown>, names: string[]): unknown {
  for (const n of names) if (o[n] !== undefined && o[n] !== null && o[n] !== '') return o[n];
  return undefined;
}

/** From an inline `route` block or an `aws_route`; UNKNOWN when a reference cannot be resolved. */
export function routeFromTerraform(r: Record<string, unknown>): NormalizedRoute | typeof UNKNOWN | undefined {
  const destination = first(r, TF_DESTINATIONS);
  const target = first(r, TF_TARGETS);
  if (destination === UNKNOWN || target === UNKNOWN) return UNKNOWN;
  if (destination === undefined) return undefined;
  return { destination: canonicalCidr(String(destination)), target: String(target ?? '') };
}

/** From a Config `routes` entry; the VPC's local route and propagated routes are AWS's, not drift. */
export function routeFromConfig(r: unknown): NormalizedRoute | undefined {
  if (!isRecord(r)) return undefined;
  // Routes AWS makes itself: the local route, propagated VPN routes, and the prefix-list routes of gateway VPC
  // endpoints (they belong to the endpoint's route_table_ids, not to the route table's IaC).
  if (
    r['gatewayId'] === 'local' ||
    r['origin'] === 'CreateRouteTable' ||
    r['origin'] === 'EnableVgwRoutePropagation' ||
    (typeof r['gatewayId'] === 'string' && r['gatewayId'].startsWith('vpce-'))
  )
    return undefined;
  const destination = first(r, LIVE_DESTINATIONS);
  if (destination === undefined) return undefined;
  return { destination: canonicalCidr(String(destination)), target: String(first(r, LIVE_TARGETS) ?? '') };
}
