import { Construct } from 'constructs';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import { Peer } from '../security-group/peer';
import { Port } from '../security-group/port';
import { SecurityGroup } from '../security-group/security-group';
import { checkInterfaceEndpointServices } from './endpoint-services';

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
