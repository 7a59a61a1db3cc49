import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { SecurityGroup as SecurityGroupResource } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Peer } from './peer';
import { Port } from './port';
import type { IVpc } from '../vpc/ivpc';
import type { ISecurityGroup, RuleOptions } from './isecurity-group';

export interface SecurityGroupProps {
  /**
   * The VPC of the group. Give this or `vpcId`, not both.
   * @default the VPC of `vpcId`
   */
  readonly vpc?: IVpc;
  /**
   * The id of a VPC made elsewhere. Give this or `vpc`, not both.
   * @default the id of `vpc`
   */
  readonly vpcId?: string;
  /** What the group is for; AWS shows it in the console and it cannot change without replacing the group. */
  readonly description: string;
  /**
   * The group name. Changing it replaces the group.
   * @default a unique name that Terraform generates from the construct id (`name_prefix`)
   */
  readonly name?: string;
  /**
   * Add one egress rule that allows all outbound IPv4 traffic. Off by default: a group with no egress rule
   * allows no outbound connection, so add the egress each workload needs with `addEgressRule`.
   * @default false
   */
  readonly allowAllOutbound?: boolean;
}

// AWS accepts these characters in group and rule descriptions.
const DESCRIPTION_PATTERN = /^[a-zA-Z0-9. _\-:/()#,@[\]+=&;{}!$*]*$/;

function checkDescription(what: string, description: string): void {
  if (Token.isUnresolved(description)) return;
  if (description.trim() === '')
    throw new Error(`${what} needs a description that says why it exists, got ""`);
  if (description.length > 255) {
    throw new Error(`${what} description must be at most 255 characters, got ${description.length}`);
  }
  if (!DESCRIPTION_PATTERN.test(description)) {
    throw new Error(
      `${what} description "${description}" has characters AWS rejects: use letters, digits, spaces and ._-:/()#,@[]+=&;{}!$*`,
    );
  }
}

// AWS rejects group names that start with "sg-", and name_prefix takes at most 100 characters.
function generatedNamePrefix(id: string): string {
  const prefix = `${idPart(id).slice(0, 90)}-`;
  return /^sg-/i.test(prefix) ? `group-${prefix}` : prefix;
}

function idPart(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/**
 * A VPC security group whose rules are separate `aws_vpc_security_group_ingress_rule` and `egress_rule`
 * resources: no inline rules, so adding or changing a rule never replaces the group. Every rule needs a
 * description.
 */
export class SecurityGroup extends Construct implements ISecurityGroup {
  readonly securityGroupId: string;
  /** The `aws_security_group` resource. */
  readonly resource: SecurityGroupResource;
  private readonly ruleIds = new Set<string>();

  constructor(scope: Construct, id: string, props: SecurityGroupProps) {
    super(scope, id);
    if ((props.vpc === undefined) === (props.vpcId === undefined)) {
      throw new Error(
        `SecurityGroup ${this.node.path}: give exactly one of vpc or vpcId, got ${props.vpc ? 'both' : 'neither'}`,
      );
    }
    checkDescription(`SecurityGroup ${this.node.path}`, props.description);
    if (props.name !== undefined && !Token.isUnresolved(props.name)) {
      if (props.name.length === 0 || props.name.length > 255 || props.name.startsWith('sg-')) {
        throw new Error(
          `SecurityGroup ${this.node.path}: name must be 1–255 characters and not start with "sg-", got "${props.name}"`,
        );
      }
    }
    this.resource = new SecurityGroupResource(this, 'group', {
      vpcId: props.vpc?.vpcId ?? props.vpcId,
      description: props.description,
      tags: { Name: props.name ?? id },
      // A generated name lets a replacement group exist beside the old one while references move over;
      // a fixed name cannot, so it is replaced in place.
      ...(props.name !== undefined
        ? { name: props.name }
        : { namePrefix: generatedNamePrefix(id), lifecycle: { createBeforeDestroy: true } }),
    });
    this.securityGroupId = this.resource.id;
    if (props.allowAllOutbound) {
      this.addEgressRule(Peer.anyIpv4(), Port.allTraffic(), 'Allow all outbound IPv4 traffic');
    }
  }

  /** Allows traffic from `peer` on `port`: one `aws_vpc_security_group_ingress_rule`. */
  addIngressRule(peer: Peer, port: Port, description: string, options: RuleOptions = {}): void {
    this.addRule('ingress', peer, port, description, options);
  }

  /** Allows traffic to `peer` on `port`: one `aws_vpc_security_group_egress_rule`. */
  addEgressRule(peer: Peer, port: Port, description: string, options: RuleOptions = {}): void {
    this.addRule('egress', peer, port, description, options);
  }

  private addRule(
    direction: 'ingress' | 'egress',
    peer: Peer,
    port: Port,
    description: string,
    options: RuleOptions,
  ): void {
    const Rule = direction === 'ingress' ? VpcSecurityGroupIngressRule : VpcSecurityGroupEgressRule;
    const id = this.ruleId(direction, peer, port, description);
    const placement = options.placement ?? { scope: this, id };
    new Rule(placement.scope, placement.id, {
      securityGroupId: this.securityGroupId,
      description,
      ipProtocol: port.ipProtocol,
      fromPort: port.fromPort,
      toPort: port.toPort,
      ...peer.target,
    });
  }

  private ruleId(direction: 'ingress' | 'egress', peer: Peer, port: Port, description: string): string {
    checkDescription(`${direction} rule of ${this.node.path}`, description);
    const base = `${direction}-${idPart(peer.key)}-${idPart(port.key)}`;
    const unresolved = peer.key.endsWith('-ref') || port.key.endsWith('-ref');
    if (!unresolved && this.ruleIds.has(base)) {
      throw new Error(
        `SecurityGroup ${this.node.path} already has an ${direction} rule for ${peer.key} on ${port.key}: ` +
          `AWS rejects duplicate rules, remove one`,
      );
    }
    let id = base;
    for (let n = 2; this.ruleIds.has(id); n++) id = `${base}-${n}`;
    this.ruleIds.add(id);
    return id;
  }
}
