import { CheckResult, GuardRule, TerraformConfigView, TerraformResource } from '../../model';
import { Expression } from '../../terraform/expression';
import { Answer, computed, undecided } from '../../values';

const SCP = 'SERVICE_CONTROL_POLICY';

export const organizationsRootScp: GuardRule = {
  id: 'GW-ORG-001',
  severity: 'warning',
  title: 'Organization must attach a guardrail SCP at its root',
  why: 'SCPs attached only to OUs miss accounts in the root and in OUs created later; a guardrail at the root (deny leaving the organization, deny disabling CloudTrail and Config) covers every member account.',
  fix: 'Enable SERVICE_CONTROL_POLICY in enabled_policy_types and attach at least one SCP to the root: aws_organizations_policy_attachment with target_id = aws_organizations_organization.<name>.roots[0].id.',
  checkov: [],
  trivy: [],
  resourceTypes: ['aws_organizations_organization'],
  check(organization, config) {
    const types = organization.body.strings('enabled_policy_types');
    if (types instanceof Expression)
      return [computed('enabled_policy_types', types, 'whether SCPs are enabled')];
    if (!types?.includes(SCP)) {
      return types?.some((t) => t instanceof Expression)
        ? [undecided('enabled_policy_types has computed entries: cannot tell whether SCPs are enabled')]
        : ['SERVICE_CONTROL_POLICY is not in enabled_policy_types: no SCP limits any account'];
    }
    const answers = config
      .ofType('aws_organizations_policy_attachment')
      .map((a) => atRoot(a, organization, config));
    if (answers.includes('yes')) return [];
    return answers.includes('unknown')
      ? [
          undecided(
            'an SCP attachment has a computed target or policy: cannot tell whether one is at the root',
          ),
        ]
      : (['no SCP is attached to the organization root'] as CheckResult[]);
  },
};

/** Is the attachment an SCP on this organization's root? */
function atRoot(
  attachment: TerraformResource,
  organization: TerraformResource,
  config: TerraformConfigView,
): Answer {
  const target = attachment.body.string('target_id');
  const onRoot: Answer =
    typeof target === 'string'
      ? /^r-[0-9a-z]{4,32}$/.test(target)
        ? 'yes'
        : 'no'
      : target === undefined
        ? 'no'
        : target.references.some(
              (r) => r.address === organization.blockAddress && r.attributes[0] === 'roots',
            )
          ? 'yes'
          : target.references.some((r) => r.address.startsWith('aws_organizations_'))
            ? 'no'
            : 'unknown';
  if (onRoot === 'no') return 'no';
  const policy = attachment.body.string('policy_id');
  const isScp: Answer =
    typeof policy === 'string' ? 'unknown' : policy === undefined ? 'no' : policyTypes(policy, config);
  return onRoot === 'yes' && isScp === 'yes' ? 'yes' : isScp === 'no' ? 'no' : 'unknown';
}

function policyTypes(policy: Expression, config: TerraformConfigView): Answer {
  const policies = config.referencedBy(policy, 'aws_organizations_policy');
  if (policies.length === 0) return 'unknown';
  const types = policies.map((p) => p.body.string('type') ?? SCP);
  if (types.includes(SCP)) return 'yes';
  return types.some((t) => t instanceof Expression) ? 'unknown' : 'no';
}
