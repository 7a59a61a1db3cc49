import { Token } from 'cdktf';
import { requireWholeNumber } from '@groundwork/core';

const PORT_NUMBER = { min: 0, max: 65535 } as const;

/**
 * The protocol and port range of a security group rule. Port numbers that are Terraform tokens cannot be
 * checked at synth time and are passed through.
 */
export class Port {
  private constructor(
    /** `tcp`, `udp`, `icmp` or `-1` (all traffic), as `ip_protocol` takes it. */
    readonly ipProtocol: 'tcp' | 'udp' | 'icmp' | '-1',
    /** Absent for all traffic, where AWS takes no port range. */
    readonly fromPort?: number,
    readonly toPort?: number,
  ) {}

  static tcp(port: number): Port {
    return Port.range('tcp', port, port);
  }

  static tcpRange(from: number, to: number): Port {
    return Port.range('tcp', from, to);
  }

  static udp(port: number): Port {
    return Port.range('udp', port, port);
  }

  static udpRange(from: number, to: number): Port {
    return Port.range('udp', from, to);
  }

  static allTcp(): Port {
    return Port.range('tcp', 0, 65535);
  }

  /** Every protocol and port (`ip_protocol = "-1"`). */
  static allTraffic(): Port {
    return new Port('-1');
  }

  /** ICMP echo request, for ping. */
  static icmpPing(): Port {
    return new Port('icmp', 8, 0);
  }

  /** A short stable text for construct ids: `tcp-443`, `udp-1000-2000`, `all`. */
  get key(): string {
    if (this.ipProtocol === '-1') return 'all';
    if (this.ipProtocol === 'icmp') return `icmp-${this.fromPort}-${this.toPort}`;
    const range = this.fromPort === this.toPort ? `${this.fromPort}` : `${this.fromPort}-${this.toPort}`;
    return Token.isUnresolved(this.fromPort) || Token.isUnresolved(this.toPort)
      ? `${this.ipProtocol}-ref`
      : `${this.ipProtocol}-${range}`;
  }

  private static range(protocol: 'tcp' | 'udp', from: number, to: number): Port {
    for (const [name, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!Token.isUnresolved(value))
        requireWholeNumber(`Port.${protocol}`, `${name} port`, value, PORT_NUMBER);
    }
    if (!Token.isUnresolved(from) && !Token.isUnresolved(to) && from > to) {
      throw new Error(`${protocol} port range must run from low to high, got ${from}-${to}`);
    }
    return new Port(protocol, from, to);
  }
}
