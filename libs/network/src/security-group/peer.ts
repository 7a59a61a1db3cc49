import { Token } from 'cdktf';
import { Ipv4Cidr } from '@groundwork/core';
import type { IConstruct } from 'constructs';

/** The other side of a security group rule: exactly one of these is set, as the rule resources take them. */
export interface PeerTarget {
  readonly cidrIpv4?: string;
  readonly cidrIpv6?: string;
  readonly referencedSecurityGroupId?: string;
  readonly prefixListId?: string;
}

/**
 * The source of an ingress rule or the destination of an egress rule: a CIDR, another security group or a
 * managed prefix list. CIDRs that are Terraform tokens cannot be checked at synth time.
 */
export class Peer {
  private constructor(
    readonly target: PeerTarget,
    /** A short stable text for construct ids. */
    readonly key: string,
  ) {}

  static ipv4(cidr: string): Peer {
    if (!Token.isUnresolved(cidr)) Ipv4Cidr.parse(cidr);
    return new Peer({ cidrIpv4: cidr }, Token.isUnresolved(cidr) ? 'ipv4-ref' : cidr);
  }

  static ipv6(cidr: string): Peer {
    if (!Token.isUnresolved(cidr) && !/^[0-9a-fA-F:]+\/\d{1,3}$/.test(cidr)) {
      throw new Error(`"${cidr}" is not an IPv6 CIDR block: write it as 2001:db8::/32 or ::/0`);
    }
    return new Peer({ cidrIpv6: cidr }, Token.isUnresolved(cidr) ? 'ipv6-ref' : cidr);
  }

  static anyIpv4(): Peer {
    return Peer.ipv4('0.0.0.0/0');
  }

  static anyIpv6(): Peer {
    return Peer.ipv6('::/0');
  }

  /**
   * Another group of ours (any construct with a `securityGroupId`, such as a `SecurityGroup`); the rule references
   * its id, so the two chain (web ← load balancer).
   */
  static securityGroup(group: IConstruct & { readonly securityGroupId: string }): Peer {
    return new Peer({ referencedSecurityGroupId: group.securityGroupId }, `sg-${group.node.path}`);
  }

  /** A security group made elsewhere, by id (`sg-…` or a token). */
  static securityGroupId(id: string): Peer {
    if (!Token.isUnresolved(id) && !/^sg-[0-9a-f]{8,17}$/.test(id)) {
      throw new Error(`"${id}" is not a security group id: expected sg- followed by 8 or 17 hex digits`);
    }
    return new Peer({ referencedSecurityGroupId: id }, Token.isUnresolved(id) ? 'sg-ref' : id);
  }

  /** A managed prefix list (`pl-…` or a token), e.g. the S3 or CloudFront origin-facing list. */
  static prefixList(prefixListId: string): Peer {
    if (!Token.isUnresolved(prefixListId) && !/^pl-[0-9a-f]{8,17}$/.test(prefixListId)) {
      throw new Error(
        `"${prefixListId}" is not a prefix list id: expected pl- followed by 8 or 17 hex digits`,
      );
    }
    return new Peer({ prefixListId }, Token.isUnresolved(prefixListId) ? 'pl-ref' : prefixListId);
  }
}
