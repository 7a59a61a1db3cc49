import { isRecord } from '@groundwork/core';
import { decodeNested } from '../live/decode';
import { NormSet, NormWhole, UNKNOWN } from '../normalize/norm-values';
import type { Adapter } from './adapter';
import { nested } from './cloudcontrol-properties';
import { block, blocks, conf, defined, keys, lower, stringSet } from './helpers';

/** Rule parameters, a JSON object given as a string (Terraform) or an object (Cloud Control): compared as values. */
export function ruleParameters(v: unknown): unknown {
  if (v === undefined || v === UNKNOWN) return v;
  if (v === null || v === '') return new NormWhole({});
  const value = decodeNested(v);
  return typeof value === 'string' ? UNKNOWN : new NormWhole(value);
}

/** What triggers a rule: the set of (event source, message type, frequency), enum values as AWS writes them. */
function sourceDetails(list: readonly Record<string, unknown>[], names: readonly [string, string, string]) {
  return new NormSet(
    list.map((d) =>
      defined({
        event_source: d[names[0]],
        message_type: d[names[1]],
        maximum_execution_frequency: d[names[2]],
      }),
    ),
  );
}

/**
 * `AWS::Config::ConfigRule` read through AWS Cloud Control: AWS Config evaluates rules but does not record them as
 * configuration items (it records `AWS::Config::ResourceCompliance`; no ConfigRule in its ResourceType enum).
 *
 * Evidence, the type's CloudFormation resource schema (registry, us-east-1; hashicorp/terraform-provider-awscc
 * f995d4f `AWS_Config_ConfigRule.json`): `handlers.read` DescribeConfigRules + DescribeComplianceByConfigRule,
 * `handlers.list` DescribeConfigRules with no parent (full models); `primaryIdentifier` ConfigRuleName;
 * `readOnlyProperties` ConfigRuleId, Compliance/Type, Arn; `writeOnlyProperties`
 * Source/CustomPolicyDetails/PolicyText (never returned: a Guard policy's text is not compared). The schema's
 * `tagging` says not taggable, so Cloud Control returns no tags: not compared.
 */
export const configConfigRuleAdapter: Adapter = {
  configType: 'AWS::Config::ConfigRule',
  source: 'cloudcontrol',
  terraformTypes: ['aws_config_config_rule'],
  folds: [],
  compared: [
    'name',
    'description',
    'input_parameters (as JSON)',
    'maximum_execution_frequency',
    'scope (resource types as a set, resource id, tag key and value)',
    'source (owner, identifier, source_detail as a set)',
  ],
  joinKey: 'rule name',
  desiredKeys: (v, s) => keys(s?.['name'], s?.['id'], s?.['arn'], v['name']),
  liveKeys: (item) => {
    const c = conf(item);
    return keys(item.resourceId, c['ConfigRuleName'], c['Arn'], c['ConfigRuleId']);
  },
  expected: (input) => {
    const v = input.values;
    const scope = block(v['scope']);
    const source = block(v['source']);
    return defined({
      name: v['name'],
      description: v['description'],
      input_parameters: ruleParameters(v['input_parameters']),
      maximum_execution_frequency: lower(v['maximum_execution_frequency']),
      scope: scope
        ? defined({
            compliance_resource_types: stringSet(scope['compliance_resource_types']),
            compliance_resource_id: scope['compliance_resource_id'],
            tag_key: scope['tag_key'],
            tag_value: scope['tag_value'],
          })
        : undefined,
      source: source
        ? defined({
            owner: lower(source['owner']),
            source_identifier: source['source_identifier'],
            source_detail: sourceDetails(blocks(source['source_detail']), [
              'event_source',
              'message_type',
              'maximum_execution_frequency',
            ]),
          })
        : undefined,
    });
  },
  actual: (item) => {
    const c = conf(item);
    const scope = nested(c, 'Scope');
    const source = nested(c, 'Source');
    const details = Array.isArray(source['SourceDetails']) ? source['SourceDetails'].filter(isRecord) : [];
    return {
      name: c['ConfigRuleName'] ?? item.resourceId,
      description: c['Description'],
      input_parameters: ruleParameters(c['InputParameters']),
      maximum_execution_frequency: lower(c['MaximumExecutionFrequency']),
      scope: {
        compliance_resource_types: stringSet(scope['ComplianceResourceTypes'] ?? []),
        compliance_resource_id: scope['ComplianceResourceId'],
        tag_key: scope['TagKey'],
        tag_value: scope['TagValue'],
      },
      source: {
        owner: lower(source['Owner']),
        source_identifier: source['SourceIdentifier'],
        source_detail: sourceDetails(details, ['EventSource', 'MessageType', 'MaximumExecutionFrequency']),
      },
    };
  },
};
