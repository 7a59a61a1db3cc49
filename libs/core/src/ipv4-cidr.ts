import { describeWholeNumber, requireWholeNumber } from './whole-number';

const OCTET = { min: 0, max: 255 } as const;
const PREFIX_LENGTH = { min: 0, max: 32 } as const;

/**
 * An IPv4 CIDR block held as a 32-bit network address and a prefix length: the one parser of IPv4 blocks, used
 * by the constructs, the platform configuration and anything else that reads them.
 */
export class Ipv4Cidr {
  private constructor(
    /** The network address as an unsigned 32-bit integer. */
    readonly network: number,
    readonly prefixLength: number,
  ) {}

  /**
   * Parses `a.b.c.d/n`. Rejects malformed text and host bits set below the prefix
   * (`10.0.1.0/16` is almost always a typo for `10.0.0.0/16` or `10.0.1.0/24`).
   */
  static parse(text: string): Ipv4Cidr {
    const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
    if (!match)
      throw new Error(`"${text}" is not an IPv4 CIDR block: write it as a.b.c.d/n, e.g. 10.0.0.0/16`);
    const octets = match.slice(1, 5).map(Number);
    const prefixLength = Number(match[5]);
    if (octets.some((o) => o > OCTET.max)) {
      throw new Error(
        `"${text}" is not an IPv4 CIDR block: each octet must be ${describeWholeNumber(OCTET)}`,
      );
    }
    if (prefixLength > PREFIX_LENGTH.max) {
      throw new Error(
        `"${text}" is not an IPv4 CIDR block: the prefix length must be ${describeWholeNumber(PREFIX_LENGTH)}`,
      );
    }
    const address = octets.reduce((acc, o) => acc * 256 + o, 0);
    const cidr = new Ipv4Cidr(address, prefixLength);
    if (cidr.network !== (address & cidr.mask) >>> 0) {
      throw new Error(
        `"${text}" has host bits set below the /${prefixLength} prefix: did you mean ` +
          `${Ipv4Cidr.of((address & cidr.mask) >>> 0, prefixLength).toString()}?`,
      );
    }
    return cidr;
  }

  /** True when `text` is a block `parse` accepts: `a.b.c.d/n` with the address aligned to the prefix. */
  static isValid(text: string): boolean {
    try {
      Ipv4Cidr.parse(text);
      return true;
    } catch {
      return false;
    }
  }

  /** The block of `prefixLength` that starts at `network` (which must be aligned to it). */
  static of(network: number, prefixLength: number): Ipv4Cidr {
    requireWholeNumber('Ipv4Cidr.of', 'prefixLength', prefixLength, PREFIX_LENGTH);
    requireWholeNumber('Ipv4Cidr.of', 'network', network, { min: 0, max: 0xffffffff });
    const cidr = new Ipv4Cidr(network, prefixLength);
    if ((network & cidr.mask) >>> 0 !== network) {
      throw new Error(
        `Ipv4Cidr.of: network address ${formatAddress(network)} is not aligned to a /${prefixLength}`,
      );
    }
    return cidr;
  }

  /** The netmask as an unsigned 32-bit integer. */
  get mask(): number {
    return this.prefixLength === 0 ? 0 : (0xffffffff << (32 - this.prefixLength)) >>> 0;
  }

  /** Number of addresses in the block. */
  get size(): number {
    return 2 ** (32 - this.prefixLength);
  }

  /** The last address of the block, as an unsigned 32-bit integer. */
  get last(): number {
    return this.network + this.size - 1;
  }

  contains(other: Ipv4Cidr): boolean {
    return other.network >= this.network && other.last <= this.last;
  }

  overlaps(other: Ipv4Cidr): boolean {
    return this.network <= other.last && other.network <= this.last;
  }

  toString(): string {
    return `${formatAddress(this.network)}/${this.prefixLength}`;
  }
}

function formatAddress(address: number): string {
  return [24, 16, 8, 0].map((shift) => (address >>> shift) & 255).join('.');
}
