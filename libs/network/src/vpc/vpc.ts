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
import { VpcFlowLogs } from '../flow-logs/flow-logs';
import type { IVpc } from './ivpc';
import type { SubnetPlan } from './subnet-plan';
import type { SubnetTier } from './subnet-tier';
import { validateVpcProps } from './validate-vpc-props';
import type { NatMode, VpcProps } from './vpc-props';
import { GatewayEndpoints } from '../endpoints/gateway-endpoints';
import { InterfaceEndpoints } from '../endpoints/interface-endpoints';

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
    const valid = validateVpcProps(`Vpc ${this.node.path}`, id, props);
    const { azCount, tiers, presentTiers, gatewayServices, interfaceServices, endpointTier } = valid;
    this.baseName = valid.baseName;
    this.cidrBlock = valid.cidrBlock;
    this.natMode = valid.natMode;
    this.plan = valid.plan;

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

    for (const tier of presentTiers) this.createTier(tier, tiers.public?.mapPublicIpOnLaunch ?? false);

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
    for (const tier of presentTiers) {
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
