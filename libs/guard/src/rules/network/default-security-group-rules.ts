import { companions, withoutCompanion } from '../../inspect/companions';
import { CheckResult, GuardRule, TerraformConfigView, TerraformResource } from '../../model';
import { Expression } from '../../terraform/expression';

/** Rule resources that add ingress or egress to the security group their `security_group_id` names. */
const RULE_TYPES = [
  'aws_security_group_rule',
  'aws_vpc_security_group_ingress_rule',
  'aws_vpc_security_group_egress_rule',
] as const;

export const defaultSecurityGroupRules: GuardRule = {
  id: 'GW-NET-004',
  severity: 'error',
  title: 'Default security group must have no rules',
  why: 'Anything launched without an explicit security group lands in the default group; rules there silently open new resources.',
  fix: 'Manage aws_default_security_group with no ingress and no egress blocks, add no rule resources to it, and give every resource its own security group.',
  checkov: ['CKV2_AWS_12'],
  trivy: [],
  differences: [
    'Rules on a managed default security group are reported at the aws_default_security_group, or at the rule resource that adds them through the VPC; checkov reports the VPC.',
  ],
  resourceTypes: ['aws_vpc', 'aws_default_security_group', ...RULE_TYPES],
  check(resource, config) {
    if (resource.type === 'aws_vpc') return unmanagedDefaultGroup(resource, config);
    if (resource.type === 'aws_default_security_group') return defaultGroupRules(resource, config);
    // A rule resource on a VPC's default group named through the VPC (`aws_vpc.main.default_security_group_id`).
    const group = resource.body.get('security_group_id');
    const throughVpc =
      group instanceof Expression &&
      group.references.some((r) => r.attributes[0] === 'default_security_group_id');
    return throughVpc ? [`the rule is added to the default security group (${group.text})`] : [];
  },
};

/** A VPC whose default group no aws_default_security_group takes over keeps the rules AWS creates it with. */
function unmanagedDefaultGroup(vpc: TerraformResource, config: TerraformConfigView): CheckResult[] {
  const found = companions(config, 'aws_default_security_group', 'vpc_id', vpc);
  if (found.matched.length > 0) return [];
  return withoutCompanion(
    found,
    'no aws_default_security_group takes over the default security group of the VPC, which keeps the rules AWS creates it with (all traffic within the group, all egress)',
  );
}

function defaultGroupRules(group: TerraformResource, config: TerraformConfigView): CheckResult[] {
  const ingress = group.body.blocks('ingress').length;
  const egress = group.body.blocks('egress').length;
  const out: CheckResult[] = [];
  if (ingress + egress > 0)
    out.push(`the default security group has ${ingress} ingress and ${egress} egress rule(s)`);
  const added = RULE_TYPES.flatMap((t) => config.referencing(t, 'security_group_id', group));
  if (added.length > 0)
    out.push(`rule resources add to the default security group: ${added.map((r) => r.address).join(', ')}`);
  return out;
}
