import { Construct } from 'constructs';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import { Peer } from './peer';
import { Port } from './port';
import { SecurityGroup } from './security-group';

/** Services reached through a free gateway endpoint, a route in the route tables instead of an interface. */
export type GatewayEndpointService = 's3' | 'dynamodb';

export const GATEWAY_ENDPOINT_SERVICES: readonly GatewayEndpointService[] = ['s3', 'dynamodb'];

const SERVICE_NAME_PATTERN = /^[a-z0-9]+([.-][a-z0-9]+)*$/;

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

/** Checks interface endpoint short names (`ssm`, `ecr.api`), naming the field and the fix. */
export function checkInterfaceEndpointServices(where: string, services: readonly string[]): void {
  const seen = new Set<string>();
  services.forEach((service, i) => {
    if (!SERVICE_NAME_PATTERN.test(service) || /^(cn\.)?com\.amazonaws\./.test(service)) {
      throw new Error(
        `${where}: interfaceEndpoints[${i}] "${service}" is not a service short name: write it as AWS names the ` +
          `endpoint after com.amazonaws.<region>., e.g. ssm, ecr.api, secretsmanager`,
      );
    }
    if ((GATEWAY_ENDPOINT_SERVICES as readonly string[]).includes(service)) {
      throw new Error(
        `${where}: interfaceEndpoints[${i}] "${service}" is served by a gateway endpoint (gatewayEndpoints), ` +
          `which is free and needs no security group: remove it here`,
      );
    }
    if (seen.has(service)) throw new Error(`${where}: interfaceEndpoints lists "${service}" twice`);
    seen.add(service);
  });
}

export interface InterfaceEndpointsProps {
  readonly vpcId: string;
  /** The VPC block: the endpoints' security group admits HTTPS from it. */
  readonly vpcCidrBlock: string;
  readonly region: string;
  /** Short service names, e.g. `['ssm', 'ssmmessages', 'ec2messages', 'secretsmanager', 'logs']`. */
  readonly services: readonly string[];
  /** One subnet per zone where the endpoint network interfaces go. */
  readonly subnetIds: string[];
  readonly name: string;
}

/**
 * Interface endpoints with private DNS, in one subnet per zone, behind their own security group that admits
 * HTTPS from the VPC and nothing else.
 */
export class InterfaceEndpoints extends Construct {
  readonly securityGroup: SecurityGroup;
  /** Endpoint id per service short name. */
  readonly endpointIds: Record<string, string> = {};

  constructor(scope: Construct, id: string, props: InterfaceEndpointsProps) {
    super(scope, id);
    checkInterfaceEndpointServices(`InterfaceEndpoints ${this.node.path}`, props.services);
    this.securityGroup = new SecurityGroup(this, 'security-group', {
      vpcId: props.vpcId,
      name: `${props.name}-interface-endpoints`,
      description: `Interface endpoints of ${props.name}: HTTPS from the VPC`,
    });
    this.securityGroup.addIngressRule(Peer.ipv4(props.vpcCidrBlock), Port.tcp(443), 'HTTPS from the VPC');
    for (const service of props.services) {
      this.endpointIds[service] = new VpcEndpoint(this, service, {
        vpcId: props.vpcId,
        serviceName: `com.amazonaws.${props.region}.${service}`,
        vpcEndpointType: 'Interface',
        privateDnsEnabled: true,
        subnetIds: props.subnetIds,
        securityGroupIds: [this.securityGroup.securityGroupId],
        tags: { Name: `${props.name}-${service}` },
      }).id;
    }
  }
}
