// AWS::Config::ConfigRule: Config evaluates rules but records no item for them; Cloud Control reads them (not
// taggable through it).
import type { Attrs } from '../apply/applied-resource';
import { setProperties } from '../live/cloud-control-resource';
import type { SimulatedType } from './simulated-type';

export const configConfigRule: SimulatedType = {
  awsType: 'AWS::Config::ConfigRule',
  terraformTypes: {
    aws_config_config_rule: {
      taggable: true,
      computed: (v, ctx) => {
        const ruleId = `config-rule-${ctx.ids.hex(6)}`;
        return {
          id: v.name,
          rule_id: ruleId,
          arn: `arn:aws:config:${ctx.region}:${ctx.account}:config-rule/${ruleId}`,
        };
      },
      cloudControl: ({ attrs: a }, _lookup, ctx) => {
        const scope = (a.scope as Attrs[] | undefined)?.[0];
        const source = (a.source as Attrs[])[0];
        const details = (source.source_detail as Attrs[] | undefined) ?? [];
        const properties = setProperties({
          ConfigRuleName: a.name,
          ConfigRuleId: a.rule_id,
          Arn: a.arn,
          Description: a.description,
          InputParameters: a.input_parameters ? JSON.parse(String(a.input_parameters)) : undefined,
          MaximumExecutionFrequency: a.maximum_execution_frequency,
          Scope: scope
            ? setProperties({
                ComplianceResourceTypes: scope.compliance_resource_types,
                ComplianceResourceId: scope.compliance_resource_id,
                TagKey: scope.tag_key,
                TagValue: scope.tag_value,
              })
            : undefined,
          Source: setProperties({
            Owner: source.owner,
            SourceIdentifier: source.source_identifier,
            SourceDetails: details.map((d) =>
              setProperties({
                EventSource: d.event_source,
                MessageType: d.message_type,
                MaximumExecutionFrequency: d.maximum_execution_frequency,
              }),
            ),
          }),
          Compliance: { Type: 'COMPLIANT' },
        });
        return {
          typeName: 'AWS::Config::ConfigRule',
          identifier: String(a.name),
          region: ctx.region,
          properties,
          listed: properties,
        };
      },
    },
  },
};
