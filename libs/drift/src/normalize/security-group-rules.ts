import { asList, isRecord } from '@groundwork/core';
import { canonicalCidr } from './cidr';
import { UNKNOWN } from './norm-values';

/** One atomic rule: a protocol, a port range and a single source or destination. */
export interface AtomicRule {
  readonly protocol: string;
  readonly from_port: number | null;
  readonly to_port: number | null;
  /** `0.0.0.0/0`, `::/0`, `sg-…`, `pl-…`, or `self`. */
  readonly peer: string;
}

const PROTOCOL_NAMES: Readonly<Record<string, string>> = {
  '6': 'tcp',
  '17': 'udp',
  '1': 'icmp',
  '58': 'icmpv6',
  all: '-1',
};

export function normalizeProtocol(p: unknown): string {
  const s = String(p ?? '-1').toLowerCase();
  return PROTOCOL_NAMES[s] ?? s;
}

function port(v: unknown): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isNaN(n) ? null : n;
}

function atomic(protocol: unknown, from: unknown, to: unknown, rawPeer: string): AtomicRule {
  const p = normalizeProtocol(protocol);
  const peer = canonicalCidr(rawPeer);
  // All-traffic rules carry no ports (Terraform writes 0/0, AWS omits them or writes null or -1).
  if (p === '-1') return { protocol: p, from_port: null, to_port: null, peer };
  return { protocol: p, from_port: port(from), to_port: port(to), peer };
}

function anyUnknown(...vs: unknown[]): boolean {
  return vs.some((v) => v === UNKNOWN || (Array.isArray(v) && v.includes(UNKNOWN)));
}

/**
 * Atomic rules of a Terraform rule: an inline `ingress`/`egress` block or an `aws_security_group_rule` (cidr_blocks,
 * ipv6_cidr_blocks, prefix_list_ids, security_groups / source_security_group_id, self). Returns UNKNOWN when a
 * field is an unresolvable reference.
 */
export function rulesFromTerraformBlock(
  b: Record<string, unknown>,
  ownGroupId?: string,
): AtomicRule[] | typeof UNKNOWN {
  const peers = [
    ...asList(b['cidr_blocks']),
    ...asList(b['ipv6_cidr_blocks']),
    ...asList(b['prefix_list_ids']),
    ...asList(b['security_groups']),
    ...asList(b['source_security_group_id']),
  ];
  if (anyUnknown(b['protocol'], b['from_port'], b['to_port'], b['self'], ...peers)) return UNKNOWN;
  const out = peers.map((peer) =>
    atomic(b['protocol'], b['from_port'], b['to_port'], peer === ownGroupId ? 'self' : String(peer)),
  );
  if (b['self'] === true || b['self'] === 'true')
    out.push(atomic(b['protocol'], b['from_port'], b['to_port'], 'self'));
  return out;
}

/** Atomic rule of an `aws_vpc_security_group_ingress_rule` / `_egress_rule` (one peer per resource). */
export function ruleFromVpcRuleResource(
  v: Record<string, unknown>,
  ownGroupId?: string,
): AtomicRule[] | typeof UNKNOWN {
  const peer = v['cidr_ipv4'] ?? v['cidr_ipv6'] ?? v['prefix_list_id'] ?? v['referenced_security_group_id'];
  if (anyUnknown(v['ip_protocol'], v['from_port'], v['to_port'], peer)) return UNKNOWN;
  if (peer === undefined) return [];
  return [
    atomic(v['ip_protocol'], v['from_port'], v['to_port'], peer === ownGroupId ? 'self' : String(peer)),
  ];
}

/**
 * Atomic rules of one AWS Config `ipPermissions` entry: ipv4Ranges (or the older ipRanges strings), ipv6Ranges,
 * prefixListIds and userIdGroupPairs (the group's own id becomes `self`).
 */
export function rulesFromConfigPermission(p: Record<string, unknown>, ownGroupId: string): AtomicRule[] {
  const peers: string[] = [];
  const v4 = asList(p['ipv4Ranges']).filter(isRecord);
  if (v4.length > 0) for (const r of v4) peers.push(String(r['cidrIp']));
  else for (const r of asList(p['ipRanges'])) peers.push(String(isRecord(r) ? r['cidrIp'] : r));
  for (const r of asList(p['ipv6Ranges'])) peers.push(String(isRecord(r) ? r['cidrIpv6'] : r));
  for (const r of asList(p['prefixListIds'])) peers.push(String(isRecord(r) ? r['prefixListId'] : r));
  for (const r of asList(p['userIdGroupPairs']))
    if (isRecord(r)) peers.push(r['groupId'] === ownGroupId ? 'self' : String(r['groupId']));
  return [...new Set(peers)].map((peer) => atomic(p['ipProtocol'], p['fromPort'], p['toPort'], peer));
}
