import { Token } from 'cdktf';
import { Ipv4Cidr } from '@groundwork/core';

// Input checks shared by the constructs. Each throws an Error that names the construct path, the field, what was
// given and what to do. Values that are Terraform tokens are only known at apply time and are never checked here.

/** Prefixes a validation message with the construct path, so an error in a large app points at its source. */
export function invalid(path: string, message: string): Error {
  return new Error(`${path}: ${message}`);
}

/** True when a value is a literal known at synth time (not a Terraform token). */
export function isLiteral(value: string | number | undefined): value is string | number {
  return value !== undefined && !Token.isUnresolved(value);
}

/**
 * Checks that every literal entry is an IPv4 CIDR block (host bits clear, as the rule resources need), so a bad
 * entry fails here with the construct path rather than later in `Peer.ipv4`.
 */
export function checkIpv4Cidrs(path: string, field: string, cidrs: readonly string[]): void {
  cidrs.forEach((cidr, i) => {
    if (!isLiteral(cidr)) return;
    try {
      Ipv4Cidr.parse(cidr);
    } catch (e) {
      throw invalid(path, `${field}[${i}]: ${(e as Error).message}`);
    }
  });
}
