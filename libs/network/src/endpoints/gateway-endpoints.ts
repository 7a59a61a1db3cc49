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

/**
 * The policy AWS attaches to a gateway endpoint created without one (full access through the endpoint), written out
 * so that the endpoint's policy is the IaC's: the provider leaves an unset policy to AWS, and a policy changed by hand
 * would then be neither reverted by the next apply nor reported as drift.
 */
const GATEWAY_ENDPOINT_DEFAULT_POLICY = JSON.stringify({
  Version: '2008-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
});

/** One gateway endpoint per service, routed from the given route tables, with AWS's full-access policy owned. */
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
        policy: GATEWAY_ENDPOINT_DEFAULT_POLICY,
        tags: { Name: `${props.name}-${service}` },
      });
      this.endpointIds[service] = endpoint.id;
      this.prefixListIds[service] = endpoint.prefixListId;
    }
  }
}
