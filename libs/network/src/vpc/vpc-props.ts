import type { FlowLogsOptions } from '../flow-logs/flow-logs';
import type { GatewayEndpointService } from '../endpoints/endpoint-services';

/** How the private tier reaches the internet: no NAT, one NAT gateway, or one per zone. */
export const NAT_MODES = ['none', 'single', 'perAz'] as const;

export type NatMode = (typeof NAT_MODES)[number];

/** The address space of one tier: a prefix length, explicit blocks, or neither for the automatic plan. */
export interface SubnetTierOptions {
  /**
   * Prefix length of every subnet of the tier, 16–28.
   * @default automatic: the largest blocks that fit, private subnets twice the size of public and isolated ones
   */
  readonly prefixLength?: number;
  /**
   * One explicit block per availability zone, in zone order; they must lie in the VPC and not overlap.
   * @default planned from `prefixLength` or automatically
   */
  readonly cidrBlocks?: string[];
}

export interface PublicSubnetTierOptions extends SubnetTierOptions {
  /**
   * Give every instance launched in a public subnet a public IPv4 address. Off by default: expose instances
   * through a load balancer, or ask for an address per instance.
   * @default false
   */
  readonly mapPublicIpOnLaunch?: boolean;
}

/** Which tiers the VPC has; a tier that is not listed does not exist. */
export interface SubnetTiers {
  /** Subnets routed to the internet gateway, for load balancers and NAT gateways. @default no public tier */
  readonly public?: PublicSubnetTierOptions;
  /** Subnets whose only way out is NAT, for instances. @default no private tier */
  readonly private?: SubnetTierOptions;
  /** Subnets with no route out of the VPC, for databases. @default no isolated tier */
  readonly isolated?: SubnetTierOptions;
}

export interface VpcProps {
  /**
   * The VPC's IPv4 block, /16 to /28. Must be a literal: subnets are planned from it at synth time.
   * @default '10.0.0.0/16'
   */
  readonly cidrBlock?: string;
  /**
   * Number of availability zones, 2–6. With `availabilityZones` it must match their count.
   * @default 3, or the number of `availabilityZones`
   */
  readonly azCount?: number;
  /**
   * Zone names (e.g. `['eu-west-1a', 'eu-west-1b']`), checked for the shape of a zone name unless tokens. Without them the first `azCount` zones of
   * `data.aws_availability_zones` (state available, no opt-in Local or Wavelength Zones) are used, and the
   * plan fails at apply time if the region has fewer.
   * @default read from data.aws_availability_zones
   */
  readonly availabilityZones?: string[];
  /**
   * NAT for the private tier: `perAz` puts a NAT gateway in every zone so a zone outage cannot cut the others
   * off; `single` is the cost option (one NAT gateway; every zone loses egress if its zone fails, and
   * cross-zone traffic is charged); `none` needs no private tier.
   * @default 'perAz'
   */
  readonly natMode?: NatMode;
  /**
   * The tiers and their address space.
   * @default { public: {}, private: {}, isolated: {} } (all three, planned automatically)
   */
  readonly tiers?: SubnetTiers;
  /**
   * Flow logs of the whole VPC. `false` turns them off, which leaves no record of who talked to what: only
   * for throwaway environments.
   * @default on: all traffic to a CloudWatch Logs group kept 365 days
   */
  readonly flowLogs?: FlowLogsOptions | false;
  /**
   * Gateway endpoints (free) routed from every private and isolated route table, so S3 and DynamoDB traffic
   * stays off NAT and the internet. Ignored when the VPC has neither tier; `[]` for none.
   * @default ['s3', 'dynamodb']
   */
  readonly gatewayEndpoints?: GatewayEndpointService[];
  /**
   * Interface endpoints by short service name (`['ssm', 'ssmmessages', 'ec2messages', 'secretsmanager',
   * 'logs']`), with private DNS, in the private subnets (the isolated ones when there is no private tier), behind
   * a security group that admits HTTPS from the VPC. Each costs per hour and zone.
   * @default none
   */
  readonly interfaceEndpoints?: string[];
  /**
   * Prefix of every Name tag (`<name>-private-eu-west-1a`) and of fixed resource names.
   * @default the construct id
   */
  readonly name?: string;
}
