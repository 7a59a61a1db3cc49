import { Token } from 'cdktf';

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

/** Checks that a literal number is an integer in [min, max]. */
export function checkInteger(path: string, field: string, value: number, min: number, max: number): void {
  if (!isLiteral(value)) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalid(path, `${field} must be an integer between ${min} and ${max}, got ${value}`);
  }
}

const IPV4_CIDR =
  /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\/(3[0-2]|[12]?\d)$/;

/** Checks that every literal entry is an IPv4 CIDR block such as `203.0.113.0/24`. */
export function checkIpv4Cidrs(path: string, field: string, cidrs: readonly string[]): void {
  for (const cidr of cidrs) {
    if (isLiteral(cidr) && !IPV4_CIDR.test(cidr)) {
      throw invalid(path, `${field} must hold IPv4 CIDR blocks like "203.0.113.0/24", got "${cidr}"`);
    }
  }
}
