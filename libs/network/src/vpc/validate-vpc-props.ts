import { Token } from 'cdktf';
import { Ipv4Cidr, requireWholeNumber } from '@groundwork/core';
import { checkFlowLogsOptions } from '../flow-logs/flow-logs';
import {
  GATEWAY_ENDPOINT_SERVICES,
  GatewayEndpointService,
  checkInterfaceEndpointServices,
} from '../endpoints/endpoint-services';
import { SubnetPlan, planSubnets } from './subnet-plan';
import { SUBNET_TIERS, SubnetTier } from './subnet-tier';
import { NAT_MODES, NatMode, SubnetTiers, VpcProps } from './vpc-props';

/** The props of a `Vpc` once checked, with every default filled in and the subnet plan made. */
export interface VpcSettings {
  /** Prefix of the Name tags: `name`, or the construct id. */
  readonly baseName: string;
  readonly cidrBlock: string;
  readonly azCount: number;
  readonly tiers: SubnetTiers;
  /** The tiers the VPC has, in planning order. */
  readonly presentTiers: readonly SubnetTier[];
  readonly natMode: NatMode;
  readonly gatewayServices: readonly GatewayEndpointService[];
  readonly interfaceServices: readonly string[];
  /** Where interface endpoints go: the private tier, else the isolated one. */
  readonly endpointTier?: SubnetTier;
  readonly plan: SubnetPlan;
}

const DEFAULT_TIERS: SubnetTiers = { public: {}, private: {}, isolated: {} };
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
// Zone names (eu-west-1a, us-gov-west-1b, us-east-1-bos-1a), not region names or zone ids (use1-az1).
const ZONE_NAME = /^[a-z]{2}(-[a-z0-9]+)+-\d+[a-z]$/;

/**
 * Checks every prop of a `Vpc` before anything is built and plans its subnets; throws an error that starts with
 * `where` (the construct and its path), names the prop and says what to change.
 */
export function validateVpcProps(where: string, id: string, props: VpcProps): VpcSettings {
  const baseName = props.name ?? id;
  if (!NAME_PATTERN.test(baseName)) {
    throw new Error(
      `${where}: name must be 1–63 letters, digits, ".", "_" or "-" starting with a letter or digit, got "${baseName}"`,
    );
  }

  const cidrBlock = props.cidrBlock ?? '10.0.0.0/16';
  if (Token.isUnresolved(cidrBlock)) {
    throw new Error(
      `${where}: cidrBlock must be a literal such as 10.0.0.0/16, got a Terraform token; subnets are planned from it at synth time`,
    );
  }
  let vpcBlock: Ipv4Cidr;
  try {
    vpcBlock = Ipv4Cidr.parse(cidrBlock);
  } catch (e) {
    throw new Error(`${where}: cidrBlock ${(e as Error).message}`);
  }
  if (vpcBlock.prefixLength < 16 || vpcBlock.prefixLength > 28) {
    throw new Error(`${where}: cidrBlock must be a /16 to a /28 (AWS limits), got ${cidrBlock}`);
  }

  const azCount = resolveAzCount(where, props);
  const tiers = props.tiers ?? DEFAULT_TIERS;
  const presentTiers = SUBNET_TIERS.filter((t) => tiers[t] !== undefined);
  if (presentTiers.length === 0) {
    throw new Error(`${where}: tiers must list at least one of public, private or isolated, got none`);
  }

  const natMode = props.natMode ?? 'perAz';
  if (!NAT_MODES.includes(natMode)) {
    throw new Error(`${where}: natMode must be 'none', 'single' or 'perAz', got '${String(natMode)}'`);
  }
  if (natMode !== 'none' && !tiers.public) {
    throw new Error(
      `${where}: natMode '${natMode}' places NAT gateways in the public tier, but tiers has no public tier: ` +
        `add tiers.public or set natMode 'none'`,
    );
  }
  if (natMode === 'none' && tiers.private) {
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

  let plan: SubnetPlan;
  try {
    plan = planSubnets(
      vpcBlock,
      azCount,
      presentTiers.map((tier) => ({ tier, ...tiers[tier] })),
    );
  } catch (e) {
    throw new Error(`${where}: ${(e as Error).message}`);
  }

  return {
    baseName,
    cidrBlock,
    azCount,
    tiers,
    presentTiers,
    natMode,
    gatewayServices,
    interfaceServices,
    endpointTier,
    plan,
  };
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
