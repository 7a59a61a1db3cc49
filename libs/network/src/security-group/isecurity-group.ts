import type { Construct, IConstruct } from 'constructs';
import type { Peer } from './peer';
import type { Port } from './port';

/** Where a rule resource lives when not under its group. */
export interface RulePlacement {
  /** The scope of the rule resource, typically a stack that depends on the group's stack. */
  readonly scope: Construct;
  /** The rule's construct id in that scope; like any construct id it is part of the contract. */
  readonly id: string;
}

export interface RuleOptions {
  /**
   * Put the rule resource elsewhere: a rule that admits another stack's group into a shared group (the app tier
   * into the database's) lives in the stack that depends on both, so the shared group's stack does not depend on
   * the other one.
   * @default under the group, with an id made from the peer and the port
   */
  readonly placement?: RulePlacement;
}

/**
 * What other constructs need of a security group, as a structural interface (aws-cdk-lib's `ec2.ISecurityGroup` in
 * small): its id, and adding rules. `SecurityGroup` implements it.
 */
export interface ISecurityGroup extends IConstruct {
  readonly securityGroupId: string;
  /** Allows traffic from `peer` on `port`. */
  addIngressRule(peer: Peer, port: Port, description: string, options?: RuleOptions): void;
  /** Allows traffic to `peer` on `port`. */
  addEgressRule(peer: Peer, port: Port, description: string, options?: RuleOptions): void;
}
