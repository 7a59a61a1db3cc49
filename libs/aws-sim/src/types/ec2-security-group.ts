// AWS::EC2::SecurityGroup, with the rule resources that refresh reads back into their group, aws_default_security_group,
// and the default security group AWS gives every VPC.
import type { AppliedLookup, AppliedResource, Attrs } from '../apply/applied-resource';
import {
  ConfigItem,
  configItem,
  RecorderContext,
  tagList,
  tagsOf,
  vpcRelationship,
} from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType, TerraformTypeModel } from './simulated-type';

/** Rules as EC2 DescribeSecurityGroups returns them: one permission per protocol and port range. */
function ipPermissions(rules: Attrs[], account: string): Record<string, unknown>[] {
  const groups = new Map<
    string,
    Record<string, unknown> & { ipv4Ranges: unknown[]; ipRanges: unknown[]; userIdGroupPairs: unknown[] }
  >();
  for (const rule of rules) {
    const allTraffic = rule.protocol === '-1' || rule.protocol === 'all';
    const key = allTraffic ? '-1' : `${rule.protocol}:${rule.from_port}:${rule.to_port}`;
    let perm = groups.get(key);
    if (!perm) {
      perm = {
        ...(allTraffic ? {} : { fromPort: rule.from_port }),
        ipProtocol: allTraffic ? '-1' : rule.protocol,
        ipv6Ranges: [],
        prefixListIds: [],
        ...(allTraffic ? {} : { toPort: rule.to_port }),
        userIdGroupPairs: [],
        ipv4Ranges: [],
        ipRanges: [],
      };
      groups.set(key, perm);
    }
    const description = rule.description ? { description: rule.description } : {};
    for (const cidr of rule.cidr_blocks as string[]) {
      perm.ipv4Ranges.push({ cidrIp: cidr, ...description });
      perm.ipRanges.push(cidr);
    }
    for (const sg of rule.security_groups as string[])
      perm.userIdGroupPairs.push({ groupId: sg, userId: account, ...description });
  }
  return [...groups.values()];
}

/** Inline rules as the provider stores them: unset lists empty, unset strings empty. */
function inlineRule(r: Attrs): Attrs {
  return {
    cidr_blocks: r.cidr_blocks ?? [],
    description: r.description ?? '',
    from_port: r.from_port,
    ipv6_cidr_blocks: r.ipv6_cidr_blocks ?? [],
    prefix_list_ids: r.prefix_list_ids ?? [],
    protocol: r.protocol,
    security_groups: r.security_groups ?? [],
    self: r.self ?? false,
    to_port: r.to_port,
  };
}

/** A rule resource as refresh shows it among its group's inline rules. */
function ruleFrom(
  protocol: unknown,
  from: unknown,
  to: unknown,
  cidr: unknown,
  sg: unknown,
  description: unknown,
): Attrs {
  return {
    cidr_blocks: cidr ? [cidr] : [],
    description: description ?? '',
    from_port: from ?? 0,
    ipv6_cidr_blocks: [],
    prefix_list_ids: [],
    protocol,
    security_groups: sg ? [sg] : [],
    self: false,
    to_port: to ?? 0,
  };
}

function groupOf(rule: Attrs, lookup: AppliedLookup): AppliedResource | undefined {
  return lookup('aws_security_group', (g) => g.id === rule.security_group_id)[0];
}

/** aws_vpc_security_group_ingress_rule and aws_vpc_security_group_egress_rule: one rule per resource. */
function vpcRuleModel(direction: 'ingress' | 'egress'): TerraformTypeModel {
  return {
    computed: (_v, ctx) => {
      const id = ctx.ids.ec2('sgr');
      return { id, security_group_rule_id: id, arn: arn(ctx, 'ec2', `security-group-rule/${id}`) };
    },
    refresh: ({ attrs: a }, lookup) => {
      (groupOf(a, lookup)?.attrs[direction] as Attrs[]).push(
        ruleFrom(
          a.ip_protocol,
          a.from_port,
          a.to_port,
          a.cidr_ipv4,
          a.referenced_security_group_id,
          a.description,
        ),
      );
    },
  };
}

/**
 * A VPC's default security group: as AWS creates it (all traffic from itself in, everything out), or with exactly
 * the rules of the aws_default_security_group that took it over.
 */
export function defaultSecurityGroupItem(
  ctx: RecorderContext,
  vpcId: string,
  id = ctx.ids.ec2('sg'),
  managed?: Attrs,
): ConfigItem {
  if (managed) {
    const tags = tagsOf(managed);
    return configItem(ctx, {
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: id,
      arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:security-group/${id}`,
      tags,
      relationships: [vpcRelationship(vpcId)],
      configuration: {
        description: 'default VPC security group',
        groupName: 'default',
        ipPermissions: ipPermissions(managed.ingress as Attrs[], ctx.account),
        ownerId: ctx.account,
        groupId: id,
        ipPermissionsEgress: ipPermissions(managed.egress as Attrs[], ctx.account),
        tags: tagList(tags),
        vpcId,
      },
    });
  }
  return configItem(ctx, {
    resourceType: 'AWS::EC2::SecurityGroup',
    resourceId: id,
    arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:security-group/${id}`,
    relationships: [vpcRelationship(vpcId)],
    configuration: {
      description: 'default VPC security group',
      groupName: 'default',
      ipPermissions: [
        {
          ipProtocol: '-1',
          ipv6Ranges: [],
          prefixListIds: [],
          userIdGroupPairs: [{ groupId: id, userId: ctx.account }],
          ipv4Ranges: [],
          ipRanges: [],
        },
      ],
      ownerId: ctx.account,
      groupId: id,
      ipPermissionsEgress: [
        {
          ipProtocol: '-1',
          ipv6Ranges: [],
          prefixListIds: [],
          userIdGroupPairs: [],
          ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }],
          ipRanges: ['0.0.0.0/0'],
        },
      ],
      tags: tagList({}),
      vpcId,
    },
  });
}

export const ec2SecurityGroup: SimulatedType = {
  awsType: 'AWS::EC2::SecurityGroup',
  terraformTypes: {
    aws_security_group: {
      taggable: true,
      generatedName: {},
      schemaVersion: 1,
      computed: (v, ctx) => {
        const id = ctx.ids.ec2('sg');
        return {
          id,
          arn: arn(ctx, 'ec2', `security-group/${id}`),
          owner_id: ctx.account,
          revoke_rules_on_delete: false,
          ingress: ((v.ingress as Attrs[] | undefined) ?? []).map(inlineRule),
          egress: ((v.egress as Attrs[] | undefined) ?? []).map(inlineRule),
        };
      },
      imported: (id, _v, ctx) => ({ id, arn: arn(ctx, 'ec2', `security-group/${id}`) }),
      record: ({ attrs: a }, _lookup, ctx) => {
        const id = String(a.id);
        const tags = tagsOf(a);
        return configItem(ctx, {
          resourceType: 'AWS::EC2::SecurityGroup',
          resourceId: id,
          arn: String(a.arn),
          tags,
          relationships: [vpcRelationship(a.vpc_id)],
          configuration: {
            description: a.description,
            groupName: a.name,
            ipPermissions: ipPermissions(a.ingress as Attrs[], ctx.account),
            ownerId: ctx.account,
            groupId: id,
            ipPermissionsEgress: ipPermissions(a.egress as Attrs[], ctx.account),
            tags: tagList(tags),
            vpcId: a.vpc_id,
          },
        });
      },
    },
    aws_vpc_security_group_ingress_rule: vpcRuleModel('ingress'),
    aws_vpc_security_group_egress_rule: vpcRuleModel('egress'),
    aws_security_group_rule: {
      computed: (_v, { ids }) => ({
        id: `sgrule-${parseInt(ids.hex(8), 16)}`,
        security_group_rule_id: ids.ec2('sgr'),
      }),
      refresh: ({ attrs: a }, lookup) => {
        (groupOf(a, lookup)?.attrs[String(a.type)] as Attrs[]).push(
          ruleFrom(
            a.protocol,
            a.from_port,
            a.to_port,
            (a.cidr_blocks as string[] | undefined)?.[0],
            a.source_security_group_id,
            a.description,
          ),
        );
      },
    },
    // Takes over the VPC's default security group; the VPC's defaults (ec2-vpc) record it with these rules.
    aws_default_security_group: {
      taggable: true,
      computed: (v, ctx) => {
        const vpc = ctx.applied().find((r) => r.type === 'aws_vpc' && r.attrs.id === v.vpc_id);
        const id = String(vpc?.attrs.default_security_group_id);
        return {
          id,
          arn: arn(ctx, 'ec2', `security-group/${id}`),
          owner_id: ctx.account,
          name: 'default',
          description: 'default VPC security group',
          revoke_rules_on_delete: false,
          ingress: ((v.ingress as Attrs[] | undefined) ?? []).map(inlineRule),
          egress: ((v.egress as Attrs[] | undefined) ?? []).map(inlineRule),
        };
      },
    },
  },
};
