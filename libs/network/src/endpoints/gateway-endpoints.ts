import { Construct } from 'constructs';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import type { GatewayEndpointService } from './endpoint-services';

export interface GatewayEndpointsProps {
  readonly vpcId: string;
  /** The region part of the service names (`com.amazonaws.<region>.s3`). */
  readonly region: string;
  readonly services: readonly GatewayEndpointService[];
  /** The route tables that get a route to each service. */
  readonly routeTableIds: string[];
  /** Prefix of the Name tags. */
  readonly name: string;
}

/** One gateway endpoint per service, routed from the given route tables. */
export class GatewayEndpoints extends Construct {
  /** Endpoint id per service. */
  readonly endpointIds: Partial<Record<GatewayEndpointService, string>> = {};
  /** The AWS-managed prefix list per service, for egress rules: `Peer.prefixList(prefixListIds.s3)`. */
  readonly prefixListIds: Partial<Record<GatewayEndpointService, string>> = {};

  constructor(scope: Construct, id: string, props: GatewayEndpointsProps) {
    super(scope, id);
    for (const service of props.services) {
      const endpoint = new VpcEndpoint(this, service, {
        vpcId: props.vpcId,
        serviceName: `com.amazonaws.${props.region}.${service}`,
        vpcEndpointType: 'Gateway',
        routeTableIds: props.routeTableIds,
        tags: { Name: `${props.name}-${service}` },
      });
      this.endpointIds[service] = endpoint.id;
      this.prefixListIds[service] = endpoint.prefixListId;
    }
  }
}
