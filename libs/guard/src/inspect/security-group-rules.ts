import { TerraformResource } from '../model';
import { blocks, isUnresolved, numberValue, strings } from '../values';

/** One ingress permission, from any of the three ways Terraform writes them. */
export interface IngressPermission {
  /** `all` for every protocol (`-1`), otherwise the protocol as written (`tcp`, `6`, `udp`, ...). */
  readonly protocol: string | undefined;
  readonly fromPort: number | undefined;
  readonly toPort: number | undefined;
  /** Literal IPv4 and IPv6 CIDRs; references are left out (their value is unknown). */
  readonly cidrs: readonly string[];
}

export const WORLD_CIDRS = ['0.0.0.0/0', '::/0'] as const;

/** The security-group resource types that can carry ingress. */
export const INGRESS_TYPES = [
  'aws_security_group',
  'aws_default_security_group',
  'aws_security_group_rule',
  'aws_vpc_security_group_ingress_rule',
] as const;

/** The ingress permissions a resource declares: inline blocks, a rule resource, or a VPC ingress rule. */
export function ingressPermissions(resource: TerraformResource): IngressPermission[] {
  const v = resource.values;
  switch (resource.type) {
    case 'aws_security_group':
    case 'aws_default_security_group':
      return blocks(v.ingress).map(fromClassicRule);
    case 'aws_security_group_rule':
      return v.type === 'ingress' ? [fromClassicRule(v)] : [];
    case 'aws_vpc_security_group_ingress_rule':
      return [
        {
          protocol: normalizeProtocol(v.ip_protocol),
          fromPort: numberValue(v.from_port),
          toPort: numberValue(v.to_port),
          cidrs: [...strings(v.cidr_ipv4), ...strings(v.cidr_ipv6)].filter((c) => !isUnresolved(c)),
        },
      ];
    default:
      return [];
  }
}

function fromClassicRule(v: Record<string, unknown>): IngressPermission {
  return {
    protocol: normalizeProtocol(v.protocol),
    fromPort: numberValue(v.from_port),
    toPort: numberValue(v.to_port),
    cidrs: [...strings(v.cidr_blocks), ...strings(v.ipv6_cidr_blocks)].filter((c) => !isUnresolved(c)),
  };
}

function normalizeProtocol(value: unknown): string | undefined {
  if (value === -1 || value === '-1' || value === 'all') return 'all';
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && !isUnresolved(value) ? value.toLowerCase() : undefined;
}

export function isOpenToWorld(permission: IngressPermission): boolean {
  return permission.cidrs.some((c) => (WORLD_CIDRS as readonly string[]).includes(c));
}

/** Every port of every protocol, or the whole TCP/UDP port range. */
export function coversAllPorts(permission: IngressPermission): boolean {
  if (permission.protocol === 'all') return true;
  return isPortProtocol(permission.protocol) && permission.fromPort === 0 && permission.toPort === 65535;
}

/** A TCP or UDP range that includes `port` (and is not already every port, which its own rule reports). */
export function exposesPort(permission: IngressPermission, port: number): boolean {
  if (!isPortProtocol(permission.protocol) || coversAllPorts(permission)) return false;
  const { fromPort, toPort } = permission;
  return fromPort !== undefined && toPort !== undefined && fromPort <= port && port <= toPort;
}

function isPortProtocol(protocol: string | undefined): boolean {
  return protocol === 'tcp' || protocol === '6' || protocol === 'udp' || protocol === '17';
}
