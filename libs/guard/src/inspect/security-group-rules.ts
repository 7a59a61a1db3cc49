import { TerraformResource } from '../model';
import { Body } from '../terraform/body';
import { Expression } from '../terraform/expression';
import { Answer } from '../values';

export const WORLD_CIDRS = ['0.0.0.0/0', '::/0'] as const;

/** The security-group resource types that can carry ingress. */
export const INGRESS_TYPES = [
  'aws_security_group',
  'aws_default_security_group',
  'aws_security_group_rule',
  'aws_vpc_security_group_ingress_rule',
] as const;

type Known<T> = T | Expression | undefined;

/** One ingress permission, from any of the three ways Terraform writes them, with what Terraform computes kept. */
export class IngressPermission {
  constructor(
    /** `all` for every protocol (`-1`), otherwise the protocol as written, lower case (`tcp`, `6`, `udp`, ...). */
    readonly protocol: Known<string>,
    readonly fromPort: Known<number>,
    readonly toPort: Known<number>,
    /** The IPv4 and IPv6 sources, or the expression that computes the whole list. */
    readonly cidrs: readonly (string | Expression)[] | Expression,
    /** False for an `aws_security_group_rule` whose `type` is computed: it may be egress. */
    readonly surelyIngress = true,
  ) {}

  /** `tcp 22-22`, as messages show it. */
  describe(): string {
    const text = (v: Known<string | number>) => (v === undefined ? '?' : String(v));
    return `${text(this.protocol)} ${text(this.fromPort)}-${text(this.toPort)}`;
  }

  /** The world CIDRs among the sources. */
  worldCidrs(): string[] {
    return Array.isArray(this.cidrs) ? this.cidrs.filter(isWorld) : [];
  }

  /** What is computed among what decides whether `port` is open to the world, for notes. */
  unknownParts(port?: number): string[] {
    const parts: string[] = [];
    if (!this.surelyIngress) parts.push('type is');
    if (this.protocol instanceof Expression) parts.push(`protocol (${this.protocol.text}) is`);
    if (port !== undefined && (this.fromPort instanceof Expression || this.toPort instanceof Expression)) {
      parts.push('ports are');
    }
    if (this.cidrs instanceof Expression) parts.push(`sources (${this.cidrs.text}) are`);
    else {
      const computed = this.cidrs.filter((c): c is Expression => c instanceof Expression);
      if (computed.length > 0) parts.push(`sources (${computed.map((c) => c.text).join(', ')}) are`);
    }
    return parts;
  }
}

function isWorld(c: string | Expression): c is string {
  return typeof c === 'string' && (WORLD_CIDRS as readonly string[]).includes(c);
}

// Three rules read the same permissions of each resource: read once.
const permissionsRead = new WeakMap<TerraformResource, IngressPermission[]>();

/** The ingress permissions a resource declares: inline blocks (also dynamic), a rule resource, or a VPC rule. */
export function ingressPermissions(resource: TerraformResource): IngressPermission[] {
  let permissions = permissionsRead.get(resource);
  if (!permissions) {
    permissions = readPermissions(resource);
    permissionsRead.set(resource, permissions);
  }
  return permissions;
}

function readPermissions(resource: TerraformResource): IngressPermission[] {
  const b = resource.body;
  switch (resource.type) {
    case 'aws_security_group':
    case 'aws_default_security_group':
      return b.blocks('ingress').map((rule) => classicPermission(rule));
    case 'aws_security_group_rule': {
      const type = b.string('type');
      if (type instanceof Expression) return [classicPermission(b, false)];
      return type === 'ingress' ? [classicPermission(b)] : [];
    }
    case 'aws_vpc_security_group_ingress_rule':
      return [
        new IngressPermission(
          protocolOf(b.string('ip_protocol')),
          b.number('from_port'),
          b.number('to_port'),
          sources(b, ['cidr_ipv4', 'cidr_ipv6']),
        ),
      ];
    default:
      return [];
  }
}

function classicPermission(b: Body, surelyIngress = true): IngressPermission {
  return new IngressPermission(
    protocolOf(b.string('protocol')),
    b.number('from_port'),
    b.number('to_port'),
    sources(b, ['cidr_blocks', 'ipv6_cidr_blocks']),
    surelyIngress,
  );
}

function sources(b: Body, names: readonly string[]): readonly (string | Expression)[] | Expression {
  const out: (string | Expression)[] = [];
  for (const name of names) {
    const list = b.strings(name);
    if (list instanceof Expression) return list;
    if (list) out.push(...list);
  }
  return out;
}

function protocolOf(value: string | Expression | undefined): Known<string> {
  if (value === '-1' || value === 'all') return 'all';
  return typeof value === 'string' ? value.toLowerCase() : value;
}

/** Is the permission open to 0.0.0.0/0 or ::/0? */
export function reachesWorld(p: IngressPermission): Answer {
  if (p.worldCidrs().length > 0) return p.surelyIngress ? 'yes' : 'unknown';
  if (p.cidrs instanceof Expression || p.cidrs.some((c) => c instanceof Expression)) return 'unknown';
  return 'no';
}

/**
 * Every port of every protocol, or the whole TCP/UDP port range. A TCP or UDP port of -1 (AWS accepts 0-65535 and
 * rejects it) is read as every port, as the author meant, so the mistake is reported before the apply fails.
 */
export function coversAllPorts(p: IngressPermission): Answer {
  if (p.protocol === 'all') return 'yes';
  if (p.protocol instanceof Expression) return 'unknown';
  if (!isPortProtocol(p.protocol)) return 'no';
  if (hasInvalidPort(p)) return 'yes';
  if (p.fromPort instanceof Expression || p.toPort instanceof Expression) return 'unknown';
  return p.fromPort === 0 && p.toPort === 65535 ? 'yes' : 'no';
}

/** A TCP or UDP permission with port -1, which AWS rejects for those protocols (it means every ICMP type). */
export function hasInvalidPort(p: IngressPermission): boolean {
  return (
    typeof p.protocol === 'string' && isPortProtocol(p.protocol) && (p.fromPort === -1 || p.toPort === -1)
  );
}

/** A TCP or UDP range that includes `port` (and is not already every port, which its own rule reports). */
export function exposesPort(p: IngressPermission, port: number): Answer {
  const all = coversAllPorts(p);
  if (all === 'yes') return 'no';
  if (p.protocol instanceof Expression) return 'unknown';
  if (!isPortProtocol(p.protocol)) return 'no';
  const { fromPort, toPort } = p;
  if (fromPort instanceof Expression || toPort instanceof Expression) return 'unknown';
  return fromPort !== undefined && toPort !== undefined && fromPort <= port && port <= toPort ? 'yes' : 'no';
}

function isPortProtocol(protocol: string | undefined): boolean {
  return protocol === 'tcp' || protocol === '6' || protocol === 'udp' || protocol === '17';
}
