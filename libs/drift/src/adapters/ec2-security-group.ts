import { NormSet } from '../normalize/norm-values';
import {
  type AtomicRule,
  ruleFromVpcRuleResource,
  rulesFromConfigPermission,
  rulesFromTerraformBlock,
} from '../normalize/security-group-rules';
import type { Adapter, ExpectedInput } from './adapter';
import { UNKNOWN, blocks, conf, defined, keys, liveTags, tagsOf, text } from './helpers';

/** The rules of one direction, or UNKNOWN when one of them cannot be resolved. */
function expectedRules(input: ExpectedInput, direction: 'ingress' | 'egress'): unknown {
  const rules: AtomicRule[] = [];
  const own = text(input.state?.['id']);
  for (const b of blocks(input.values[direction])) {
    const r = rulesFromTerraformBlock(b, own);
    if (r === UNKNOWN) return UNKNOWN;
    rules.push(...r);
  }
  for (const f of input.folded) {
    let r: AtomicRule[] | typeof UNKNOWN = [];
    if (f.type === 'aws_security_group_rule' && f.values['type'] === direction)
      r = rulesFromTerraformBlock(f.values as Record<string, unknown>, own);
    else if (f.type === `aws_vpc_security_group_${direction}_rule`)
      r = ruleFromVpcRuleResource(f.values as Record<string, unknown>, own);
    if (r === UNKNOWN) return UNKNOWN;
    rules.push(...r);
  }
  // A group the IaC creates, or a default group it takes over, has exactly the rules it declares (Terraform
  // removes AWS's default egress rule, and every rule of a default group it adopts).
  return new NormSet(rules, input.ownsResource);
}

/**
 * The description the provider sends when the IaC gives none: "Managed by Terraform" for a group it creates. A VPC's
 * default group (aws_default_security_group, which has no name or description argument) keeps AWS's own; applied
 * state tells the two apart (AWS reserves the name "default"), and without it an unnamed group's is not compared.
 */
function expectedDescription(input: ExpectedInput): unknown {
  const v = input.values;
  if (v['description'] !== undefined) return v['description'];
  if (!input.ownsResource) return undefined;
  if (v['name'] !== undefined || v['name_prefix'] !== undefined) return 'Managed by Terraform';
  if (input.state === undefined) return undefined;
  return input.state['name'] === 'default' ? undefined : 'Managed by Terraform';
}

export const ec2SecurityGroupAdapter: Adapter = {
  configType: 'AWS::EC2::SecurityGroup',
  terraformTypes: ['aws_security_group', 'aws_default_security_group'],
  folds: [
    { type: 'aws_security_group_rule', parentAttributes: ['security_group_id'] },
    { type: 'aws_vpc_security_group_ingress_rule', parentAttributes: ['security_group_id'] },
    { type: 'aws_vpc_security_group_egress_rule', parentAttributes: ['security_group_id'] },
  ],
  compared: [
    'name',
    'description',
    'vpc_id',
    'ingress (set of atomic rules)',
    'egress (set of atomic rules)',
    'tags',
  ],
  joinKey: 'security group id',
  desiredKeys: (_v, s) => keys(s?.['id']),
  liveKeys: (item) => keys(item.resourceId),
  expected: (input) => {
    const v = input.values;
    return defined({
      name: v['name'],
      description: expectedDescription(input),
      vpc_id: v['vpc_id'],
      ingress: expectedRules(input, 'ingress'),
      egress: expectedRules(input, 'egress'),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const own = text(c['groupId']) ?? item.resourceId;
    return {
      name: c['groupName'],
      description: c['description'],
      vpc_id: c['vpcId'],
      ingress: new NormSet(blocks(c['ipPermissions']).flatMap((p) => rulesFromConfigPermission(p, own))),
      egress: new NormSet(blocks(c['ipPermissionsEgress']).flatMap((p) => rulesFromConfigPermission(p, own))),
      tags: liveTags(item),
    };
  },
  awsDefault: (item) =>
    conf(item)['groupName'] === 'default' ? 'the default security group of its VPC' : undefined,
};
