// AWS::EC2::SecurityGroup → aws_security_group with its rules inline, imported by the group id. Inline, because
// Config's item carries no rule ids (sgr-…): rule resources could not be imported, and terraform would try to create
// duplicates of rules that already exist. Importing the group imports its inline rules.
import { isRecord } from '@groundwork/core';
import type { ConfigItem } from '@groundwork/drift';
import { CodifiedModule, ModelValue, TagMap } from './codified-resource';
import { codifiedModule, Codifier, CodifyContext, userTags } from './codify-context';

type Json = Record<string, unknown>;

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * One EC2 permission (a protocol and port range with its sources) as inline rule blocks: one block per description,
 * since a Terraform rule block has one description for all its sources.
 */
function rules(permissions: unknown, groupId: string): ModelValue[] {
  const out: ModelValue[] = [];
  for (const p of list(permissions)) {
    const protocol = String(p['ipProtocol'] ?? '-1');
    const all = protocol === '-1';
    const byDescription = new Map<string, Record<string, string[] | boolean>>();
    const add = (description: string | undefined, key: string, value: string | true) => {
      const d = description ?? '';
      const entry = byDescription.get(d) ?? {};
      byDescription.set(d, entry);
      if (value === true) entry[key] = true;
      else entry[key] = [...((entry[key] as string[] | undefined) ?? []), value];
    };
    const v4 = list(p['ipv4Ranges']);
    if (v4.length > 0) for (const r of v4) add(str(r['description']), 'cidr_blocks', String(r['cidrIp']));
    else
      for (const cidr of Array.isArray(p['ipRanges']) ? p['ipRanges'] : [])
        add(undefined, 'cidr_blocks', String(cidr));
    for (const r of list(p['ipv6Ranges']))
      add(str(r['description']), 'ipv6_cidr_blocks', String(r['cidrIpv6']));
    for (const r of list(p['prefixListIds']))
      add(str(r['description']), 'prefix_list_ids', String(r['prefixListId']));
    for (const pair of list(p['userIdGroupPairs'])) {
      const id = String(pair['groupId']);
      if (id === groupId) add(str(pair['description']), 'self', true);
      else add(str(pair['description']), 'security_groups', id);
    }
    for (const [description, sources] of [...byDescription].sort(([a], [b]) => a.localeCompare(b))) {
      out.push({
        protocol,
        from_port: all ? 0 : Number(p['fromPort'] ?? 0),
        to_port: all ? 0 : Number(p['toPort'] ?? 0),
        ...sources,
        ...(description && { description }),
      });
    }
  }
  return out;
}

export const securityGroupCodifier: Codifier = {
  resourceType: 'AWS::EC2::SecurityGroup',
  codify(item: ConfigItem, context: CodifyContext): CodifiedModule {
    const c = item.configuration ?? {};
    const groupId = item.resourceId;
    const name = str(c['groupName']) ?? groupId;
    const vpcId = str(c['vpcId']);
    const tags = userTags(item.tags);
    const values: Record<string, ModelValue> = {
      name,
      description: String(c['description'] ?? ''),
      ...(vpcId && { vpc_id: context.managed('AWS::EC2::VPC', vpcId, 'id') ?? vpcId }),
      ingress: rules(c['ipPermissions'], groupId),
      egress: rules(c['ipPermissionsEgress'], groupId),
      ...(Object.keys(tags).length > 0 && { tags: new TagMap(tags) }),
    };
    return codifiedModule(item, context, name, [
      {
        variable: 'securityGroup',
        id: 'security-group',
        terraformType: 'aws_security_group',
        className: 'SecurityGroup',
        module: 'security-group',
        values,
        importId: groupId,
      },
    ]);
  },
};
