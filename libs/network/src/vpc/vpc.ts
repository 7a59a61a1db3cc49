import { Construct } from 'constructs';
import { Fn, TerraformOutput, Token } from 'cdktf';
import { DataAwsAvailabilityZones } from '@cdktf/provider-aws/lib/data-aws-availability-zones';
import { DbSubnetGroup } from '@cdktf/provider-aws/lib/db-subnet-group';
import { DefaultRouteTable } from '@cdktf/provider-aws/lib/default-route-table';
import { DefaultSecurityGroup } from '@cdktf/provider-aws/lib/default-security-group';
import { Eip } from '@cdktf/provider-aws/lib/eip';
import { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway';
import { NatGateway } from '@cdktf/provider-aws/lib/nat-gateway';
import { Route } from '@cdktf/provider-aws/lib/route';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc as VpcResource } from '@cdktf/provider-aws/lib/vpc';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';
import { FlowLogsOptions, VpcFlowLogs, checkFlowLogsOptions } from '../flow-logs/flow-logs';
import { Ipv4Cidr, requireWholeNumber } from '@groundwork/core';
import type { IVpc } from './ivpc';
import { SubnetPlan, planSubnets } from './subnet-plan';
import { SUBNET_TIERS, SubnetTier } from './subnet-tier';
import {
  GATEWAY_ENDPOINT_SERVICES,
  GatewayEndpointService,
  checkInterfaceEndpointServices,
} from '../endpoints/endpoint-services';
import { GatewayEndpoints } from '../endpoints/gateway-endpoints';
import { InterfaceEndpoints } from '../endpoints/interface-endpoints';

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
  /** Subnets routed to the internet gateway, for load balancers and NAT gateways. */
  readonly public?: PublicSubnetTierOptions;
  /** Subnets whose only way out is NAT, for instances. */
  readonly private?: SubnetTierOptions;
  /** Subnets with no route out of the VPC, for databases. */
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

const DEFAULT_TIERS: SubnetTiers = { public: {}, private: {}, isolated: {} };
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
// Zone names (eu-west-1a, us-gov-west-1b, us-east-1-bos-1a), not region names or zone ids (use1-az1).
const ZONE_NAME = /^[a-z]{2}(-[a-z0-9]+)+-\d+[a-z]$/;

/**
 * A VPC over 2–6 availability zones with public, private and isolated subnet tiers whose blocks are planned
 * at synth time, an internet gateway, NAT per `natMode` with an EIP each, one route table per tier and zone,
 * the default security group and main route table taken over empty, and a DB subnet group over the isolated
 * tier.
 */
export class Vpc extends Construct implements IVpc {
  readonly vpcId: string;
  readonly cidrBlock: string;
  /** Zone names in order; Terraform tokens when read from the data source. */
  readonly availabilityZones: string[];
  readonly natMode: NatMode;
  /** The `aws_vpc` resource. */
  readonly resource: VpcResource;
  /** The internet gateway, when the VPC has a public tier. */
  readonly internetGatewayId?: string;
  /** NAT gateway ids: one per zone (`perAz`), one (`single`) or none. */
  readonly natGatewayIds: string[];
  /** `aws_db_subnet_group` name over the isolated tier, when that tier exists. */
  readonly dbSubnetGroupName?: string;
  /** The flow logs, unless turned off. */
  readonly flowLogs?: VpcFlowLogs;
  /** The gateway endpoints, when there are any. */
  readonly gatewayEndpoints?: GatewayEndpoints;
  /** The interface endpoints and their security group, when any are asked for. */
  readonly interfaceEndpoints?: InterfaceEndpoints;

  private readonly plan: SubnetPlan;
  private readonly subnetsByTier = new Map<SubnetTier, Subnet[]>();
  private readonly routeTablesByTier = new Map<SubnetTier, RouteTable[]>();
  private readonly baseName: string;

  constructor(scope: Construct, id: string, props: VpcProps = {}) {
    super(scope, id);
    const where = `Vpc ${this.node.path}`;
    this.baseName = props.name ?? id;
    if (!NAME_PATTERN.test(this.baseName)) {
      throw new Error(
        `${where}: name must be 1–63 letters, digits, ".", "_" or "-" starting with a letter or digit, got "${this.baseName}"`,
      );
    }

    this.cidrBlock = props.cidrBlock ?? '10.0.0.0/16';
    if (Token.isUnresolved(this.cidrBlock)) {
      throw new Error(
        `${where}: cidrBlock must be a literal such as 10.0.0.0/16, got a Terraform token; subnets are planned from it at synth time`,
      );
    }
    let vpcBlock: Ipv4Cidr;
    try {
      vpcBlock = Ipv4Cidr.parse(this.cidrBlock);
    } catch (e) {
      throw new Error(`${where}: cidrBlock ${(e as Error).message}`);
    }
    if (vpcBlock.prefixLength < 16 || vpcBlock.prefixLength > 28) {
      throw new Error(`${where}: cidrBlock must be a /16 to a /28 (AWS limits), got ${this.cidrBlock}`);
    }

    const azCount = resolveAzCount(where, props);
    const tiers = props.tiers ?? DEFAULT_TIERS;
    const present = SUBNET_TIERS.filter((t) => tiers[t] !== undefined);
    if (present.length === 0) {
      throw new Error(`${where}: tiers must list at least one of public, private or isolated, got none`);
    }

    this.natMode = props.natMode ?? 'perAz';
    if (!NAT_MODES.includes(this.natMode)) {
      throw new Error(`${where}: natMode must be 'none', 'single' or 'perAz', got '${String(this.natMode)}'`);
    }
    if (this.natMode !== 'none' && !tiers.public) {
      throw new Error(
        `${where}: natMode '${this.natMode}' places NAT gateways in the public tier, but tiers has no public tier: ` +
          `add tiers.public or set natMode 'none'`,
      );
    }
    if (this.natMode === 'none' && tiers.private) {
      throw new Error(
        `${where}: natMode 'none' leaves the private tier with no way out: use natMode 'single' or 'perAz', ` +
          `or use the isolated tier for subnets that need no internet`,
      );
    }

    if (props.flowLogs !== undefined && props.flowLogs !== false) checkFlowLogsOptions(where, props.flowLogs);
    const gatewayServices = props.gatewayEndpoints ?? [...GATEWAY_ENDPOINT_SERVICES];
    gatewayServices.forEach((service, i) => {
      if (!GATEWAY_ENDPOINT_SERVICES.includes(service) || gatewayServices.indexOf(service) !== i) {
        throw new Error(
          `${where}: gatewayEndpoints[${i}] must be 's3' or 'dynamodb', each at most once, got '${String(service)}'`,
        );
      }
    });
    const interfaceServices = props.interfaceEndpoints ?? [];
    checkInterfaceEndpointServices(where, interfaceServices);
    const endpointTier: SubnetTier | undefined = tiers.private
      ? 'private'
      : tiers.isolated
        ? 'isolated'
        : undefined;
    if (interfaceServices.length > 0 && !endpointTier) {
      throw new Error(
        `${where}: interfaceEndpoints need a private or isolated tier to place their network interfaces in; ` +
          `add one, or drop interfaceEndpoints`,
      );
    }

    try {
      this.plan = planSubnets(
        vpcBlock,
        azCount,
        present.map((tier) => ({ tier, ...tiers[tier] })),
      );
    } catch (e) {
      throw new Error(`${where}: ${(e as Error).message}`);
    }

    this.resource = new VpcResource(this, 'vpc', {
      cidrBlock: this.cidrBlock,
      enableDnsSupport: true,
      enableDnsHostnames: true,
      tags: { Name: this.baseName },
    });
    this.vpcId = this.resource.id;

    if (props.availabilityZones) {
      this.availabilityZones = [...props.availabilityZones];
    } else {
      const zones = new DataAwsAvailabilityZones(this, 'zones', {
        state: 'available',
        filter: [{ name: 'opt-in-status', values: ['opt-in-not-required'] }],
      });
      // Index, not element(): element() wraps around and would put two subnets in one zone.
      this.availabilityZones = Array.from({ length: azCount }, (_, i) =>
        Token.asString(Fn.lookupNested(zones.names, [i])),
      );
    }

    // Take over what AWS creates with every VPC and leave it empty, so nothing relies on it by accident.
    new DefaultSecurityGroup(this, 'default-security-group', {
      vpcId: this.vpcId,
      ingress: [],
      egress: [],
      tags: { Name: `${this.baseName}-default-do-not-use` },
    });
    new DefaultRouteTable(this, 'default-route-table', {
      defaultRouteTableId: this.resource.defaultRouteTableId,
      route: [],
      tags: { Name: `${this.baseName}-main-unused` },
    });

    for (const tier of present) this.createTier(tier, tiers.public?.mapPublicIpOnLaunch ?? false);

    let igw: InternetGateway | undefined;
    if (tiers.public) {
      igw = new InternetGateway(this, 'internet-gateway', {
        vpcId: this.vpcId,
        tags: { Name: this.baseName },
      });
      this.internetGatewayId = igw.id;
      this.routeTables('public').forEach((table, i) => {
        new Route(this, `public-default-route-${i}`, {
          routeTableId: table.id,
          destinationCidrBlock: '0.0.0.0/0',
          gatewayId: igw!.id,
        });
      });
    }

    const natCount = this.natMode === 'perAz' ? azCount : this.natMode === 'single' ? 1 : 0;
    const nats = Array.from({ length: natCount }, (_, i) => {
      const eip = new Eip(this, `nat-eip-${i}`, {
        domain: 'vpc',
        tags: { Name: `${this.baseName}-nat-${this.zoneLabel(i)}` },
        dependsOn: igw ? [igw] : undefined,
      });
      return new NatGateway(this, `nat-gateway-${i}`, {
        allocationId: eip.allocationId,
        subnetId: this.subnets('public')[i].id,
        tags: { Name: `${this.baseName}-nat-${this.zoneLabel(i)}` },
        dependsOn: igw ? [igw] : undefined,
      });
    });
    this.natGatewayIds = nats.map((n) => n.id);
    if (tiers.private) {
      this.routeTables('private').forEach((table, i) => {
        new Route(this, `private-default-route-${i}`, {
          routeTableId: table.id,
          destinationCidrBlock: '0.0.0.0/0',
          natGatewayId: nats[this.natMode === 'perAz' ? i : 0].id,
        });
      });
    }

    if (tiers.isolated) {
      const group = new DbSubnetGroup(this, 'db-subnet-group', {
        ...(props.name !== undefined
          ? { name: `${props.name.toLowerCase()}-isolated` }
          : { namePrefix: `${id.toLowerCase()}-isolated-` }),
        description: `Isolated subnets of ${this.baseName}`,
        subnetIds: this.subnetIds('isolated'),
        tags: { Name: `${this.baseName}-isolated` },
      });
      this.dbSubnetGroupName = group.name;
    }

    if (props.flowLogs !== false) {
      this.flowLogs = new VpcFlowLogs(this, 'flow-logs', {
        ...(props.flowLogs ?? {}),
        vpcId: this.vpcId,
        name: this.baseName,
      });
    }

    const needsRegion =
      interfaceServices.length > 0 || (gatewayServices.length > 0 && (tiers.private || tiers.isolated));
    const region = needsRegion ? new DataAwsRegion(this, 'region').name : '';
    const routedTiers = (['private', 'isolated'] as const).filter((t) => this.hasTier(t));
    if (gatewayServices.length > 0 && routedTiers.length > 0) {
      this.gatewayEndpoints = new GatewayEndpoints(this, 'gateway-endpoints', {
        vpcId: this.vpcId,
        region,
        services: gatewayServices,
        routeTableIds: routedTiers.flatMap((t) => this.routeTables(t).map((rt) => rt.id)),
        name: this.baseName,
      });
    }
    if (interfaceServices.length > 0 && endpointTier) {
      this.interfaceEndpoints = new InterfaceEndpoints(this, 'interface-endpoints', {
        vpcId: this.vpcId,
        vpcCidrBlock: this.cidrBlock,
        region,
        services: interfaceServices,
        subnetIds: this.subnetIds(endpointTier),
        name: this.baseName,
      });
    }

    new TerraformOutput(this, 'vpc-id', { value: this.vpcId, description: `VPC id of ${this.baseName}` });
    for (const tier of present) {
      new TerraformOutput(this, `${tier}-subnet-ids`, {
        value: this.subnetIds(tier),
        description: `${tier} subnet ids of ${this.baseName}, in zone order`,
      });
    }
  }

  hasTier(tier: SubnetTier): boolean {
    return this.subnetsByTier.has(tier);
  }

  /** The tier's subnets, one per zone in zone order; throws naming the tier when the VPC does not have it. */
  subnets(tier: SubnetTier): Subnet[] {
    return [...this.tierEntry(this.subnetsByTier, tier)];
  }

  subnetIds(tier: SubnetTier): string[] {
    return this.subnets(tier).map((s) => s.id);
  }

  /** The planned blocks of the tier's subnets, as concrete strings in zone order. */
  subnetCidrBlocks(tier: SubnetTier): string[] {
    this.tierEntry(this.subnetsByTier, tier);
    return (this.plan[tier] ?? []).map((b) => b.toString());
  }

  /** The tier's route tables, one per zone in zone order; throws naming the tier when the VPC does not have it. */
  routeTables(tier: SubnetTier): RouteTable[] {
    return [...this.tierEntry(this.routeTablesByTier, tier)];
  }

  private tierEntry<T>(map: Map<SubnetTier, T[]>, tier: SubnetTier): T[] {
    const entry = map.get(tier);
    if (!entry) {
      throw new Error(
        `Vpc ${this.node.path} has no ${tier} tier (it has: ${[...map.keys()].join(', ')}); add tiers.${tier} to its props`,
      );
    }
    return entry;
  }

  private zoneLabel(i: number): string {
    const zone = this.availabilityZones[i];
    return Token.isUnresolved(zone) ? `az${i + 1}` : zone;
  }

  private createTier(tier: SubnetTier, mapPublicIpOnLaunch: boolean): void {
    const subnets: Subnet[] = [];
    const tables: RouteTable[] = [];
    this.plan[tier]!.forEach((block, i) => {
      const name = `${this.baseName}-${tier}-${this.zoneLabel(i)}`;
      const subnet = new Subnet(this, `${tier}-subnet-${i}`, {
        vpcId: this.vpcId,
        cidrBlock: block.toString(),
        availabilityZone: this.availabilityZones[i],
        mapPublicIpOnLaunch: tier === 'public' ? mapPublicIpOnLaunch : false,
        tags: { Name: name, Tier: tier },
      });
      const table = new RouteTable(this, `${tier}-route-table-${i}`, {
        vpcId: this.vpcId,
        tags: { Name: name, Tier: tier },
      });
      new RouteTableAssociation(this, `${tier}-route-table-association-${i}`, {
        subnetId: subnet.id,
        routeTableId: table.id,
      });
      subnets.push(subnet);
      tables.push(table);
    });
    this.subnetsByTier.set(tier, subnets);
    this.routeTablesByTier.set(tier, tables);
  }
}

function resolveAzCount(where: string, props: VpcProps): number {
  if (props.availabilityZones) {
    const zones = props.availabilityZones;
    if (zones.length < 2 || zones.length > 6) {
      throw new Error(`${where}: availabilityZones must name 2 to 6 zones, got ${zones.length}`);
    }
    const literal = zones.filter((z) => !Token.isUnresolved(z));
    zones.forEach((zone, i) => {
      if (!Token.isUnresolved(zone) && !ZONE_NAME.test(zone)) {
        throw new Error(
          `${where}: availabilityZones[${i}] must be a zone name such as eu-west-1a (a region name followed by a ` +
            `letter), got "${zone}"`,
        );
      }
    });
    const duplicate = literal.find((z, i) => literal.indexOf(z) !== i);
    if (duplicate) {
      throw new Error(`${where}: availabilityZones names ${duplicate} twice; give each zone once`);
    }
    if (props.azCount !== undefined && props.azCount !== zones.length) {
      throw new Error(
        `${where}: azCount (${props.azCount}) must match the number of availabilityZones (${zones.length}); drop one of them`,
      );
    }
    return zones.length;
  }
  return requireWholeNumber(where, 'azCount', props.azCount ?? 3, { min: 2, max: 6 });
}
