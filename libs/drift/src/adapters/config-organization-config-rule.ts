import type { Adapter } from './adapter';
import { nested } from './cloudcontrol-properties';
import { ruleParameters } from './config-config-rule';
import { UNKNOWN, conf, defined, keys, lower, stringSet } from './helpers';

const METADATA = [
  'OrganizationCustomRuleMetadata',
  'OrganizationManagedRuleMetadata',
  'OrganizationCustomPolicyRuleMetadata',
] as const;

/**
 * `AWS::Config::OrganizationConfigRule` read through AWS Cloud Control: AWS Config records no item for rules, nor
 * for organization rules (no such type in its ResourceType enum), and Cloud Control reads them.
 *
 * Evidence, the type's CloudFormation resource schema (hashicorp/terraform-provider-awscc 0ecf1fde
 * `AWS_Config_OrganizationConfigRule.json`, source aws-cloudformation-resource-providers-config):
 * `handlers.read` DescribeOrganizationConfigRules (+ GetOrganizationCustomRulePolicy, for Guard policy rules),
 * `handlers.list` DescribeOrganizationConfigRules with no parent; `primaryIdentifier` OrganizationConfigRuleName;
 * `readOnlyProperties` OrganizationConfigRuleArn; not taggable. A custom Lambda rule's settings are under
 * `OrganizationCustomRuleMetadata` (LambdaFunctionArn, OrganizationConfigRuleTriggerTypes,
 * MaximumExecutionFrequency, InputParameters as a JSON string, ResourceTypesScope, ResourceIdScope, TagKeyScope,
 * TagValueScope, Description). The rule lives in the account that created it (the management account or a delegated
 * administrator), one per region: DescribeOrganizationConfigRules sees only the rules its caller's account created.
 * An item holding none of the three metadata objects is a summary: its settings are not compared.
 */
export const configOrganizationConfigRuleAdapter: Adapter = {
  configType: 'AWS::Config::OrganizationConfigRule',
  source: 'cloudcontrol',
  terraformTypes: ['aws_config_organization_custom_rule'],
  folds: [],
  compared: [
    'name',
    'description',
    'lambda_function_arn',
    'trigger_types (set)',
    'maximum_execution_frequency',
    'input_parameters (as JSON)',
    'resource_types_scope (set)',
    'resource_id_scope',
    'tag_key_scope',
    'tag_value_scope',
    'excluded_accounts (set)',
  ],
  joinKey: 'organization rule name',
  desiredKeys: (v, s) => keys(s?.['name'], s?.['id'], s?.['arn'], v['name']),
  liveKeys: (item) => {
    const c = conf(item);
    return keys(item.resourceId, c['OrganizationConfigRuleName'], c['OrganizationConfigRuleArn']);
  },
  expected: (input) => {
    const v = input.values;
    // A rule the IaC creates evaluates what it says: a scope narrowed or an account excluded by hand is drift.
    const exactly = (list: unknown): unknown => stringSet(list ?? (input.ownsResource ? [] : undefined));
    return defined({
      name: v['name'],
      description: v['description'],
      lambda_function_arn: v['lambda_function_arn'],
      trigger_types: stringSet(v['trigger_types']),
      maximum_execution_frequency: lower(v['maximum_execution_frequency']),
      input_parameters: ruleParameters(v['input_parameters']),
      resource_types_scope: exactly(v['resource_types_scope']),
      resource_id_scope: v['resource_id_scope'],
      tag_key_scope: v['tag_key_scope'],
      tag_value_scope: v['tag_value_scope'],
      excluded_accounts: exactly(v['excluded_accounts']),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const full = METADATA.some((key) => c[key] !== undefined);
    const m = nested(c, 'OrganizationCustomRuleMetadata');
    const read = (value: unknown): unknown => (full ? value : UNKNOWN);
    return {
      name: c['OrganizationConfigRuleName'] ?? item.resourceId,
      description: read(m['Description']),
      lambda_function_arn: read(m['LambdaFunctionArn']),
      trigger_types: read(stringSet(m['OrganizationConfigRuleTriggerTypes'] ?? [])),
      maximum_execution_frequency: read(lower(m['MaximumExecutionFrequency'])),
      input_parameters: read(ruleParameters(m['InputParameters'])),
      resource_types_scope: read(stringSet(m['ResourceTypesScope'] ?? [])),
      resource_id_scope: read(m['ResourceIdScope']),
      tag_key_scope: read(m['TagKeyScope']),
      tag_value_scope: read(m['TagValueScope']),
      excluded_accounts: read(stringSet(c['ExcludedAccounts'] ?? [])),
    };
  },
};
