import { Ipv4Cidr } from '@groundwork/core';
import { createHash } from 'node:crypto';

/**
 * Deterministic, well-formed AWS identifiers for the simulated account: the same seed gives the same ids, so a
 * failing e2e assertion names the same resource on every run.
 */
export class SimulatedIds {
  private counter = 0;

  constructor(private readonly seed: string) {}

  /** `n` lowercase hex characters, unique per call. */
  hex(n: number): string {
    let out = '';
    while (out.length < n) {
      out += createHash('sha256').update(`${this.seed}:${this.counter++}`).digest('hex');
    }
    return out.slice(0, n);
  }

  /** `n` characters of [A-Z0-9], as in IAM unique ids and RDS resource ids. */
  upper(n: number): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    return [...this.hex(n * 2).matchAll(/../g)]
      .slice(0, n)
      .map(([pair]) => alphabet[parseInt(pair, 16) % alphabet.length])
      .join('');
  }

  /** An EC2-style id: `vpc-0a1b2c3d4e5f60718` (17 hex digits after the prefix). */
  ec2(prefix: string): string {
    return `${prefix}-0${this.hex(16)}`;
  }

  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  /** An IPv4 address inside a CIDR block, past the four addresses AWS reserves at the start of a subnet. */
  ipIn(cidr: string): string {
    const block = Ipv4Cidr.parse(cidr);
    // AWS reserves the first four addresses and the last one of every subnet.
    const usable = Math.max(1, block.size - 5);
    const address = block.network + 4 + (parseInt(this.hex(4), 16) % usable);
    return Ipv4Cidr.of(address, 32).toString().replace(/\/32$/, '');
  }

  publicIp(): string {
    const n = parseInt(this.hex(6), 16);
    return `52.${(n >> 16) % 256}.${(n >> 8) % 256}.${(n % 250) + 2}`;
  }
}
