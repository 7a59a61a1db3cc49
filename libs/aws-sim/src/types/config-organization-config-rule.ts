// AWS::Config::OrganizationConfigRule: Config records no item for it; Cloud Control reads it in the account that
// created it, per region (its read and list handlers both call DescribeOrganizationConfigRules, modelled here as
// returning the same model; not taggable). aws_config_organization_custom_rule is a custom Lambda rule: OrganizationCustomRuleMetadata.
import { setProperties } from '../live/cloud-control-resource';
import type { SimulatedType } from './simulated-type';

export const configOrganizationConfigRule: SimulatedType = {
  awsType: 'AWS::Config::OrganizationConfigRule',
  terraformTypes: {
    aws_config_organization_custom_rule: {
      computed: (v, ctx) => ({
        id: v.name,
        arn: `arn:aws:config:${ctx.region}:${ctx.account}:organization-config-rule/${String(v.name)}-${ctx.ids.hex(8)}`,
      }),
      cloudControl: ({ attrs: a, region }, _lookup, ctx) => {
        const list = (v: unknown): string[] | undefined =>
          Array.isArray(v) && v.length > 0 ? v.map(String) : undefined;
        const properties = setProperties({
          OrganizationConfigRuleName: a.name,
          OrganizationConfigRuleArn: a.arn,
          OrganizationCustomRuleMetadata: setProperties({
            Description: a.description,
            LambdaFunctionArn: a.lambda_function_arn,
            OrganizationConfigRuleTriggerTypes: list(a.trigger_types),
            MaximumExecutionFrequency: a.maximum_execution_frequency,
            InputParameters: a.input_parameters,
            ResourceTypesScope: list(a.resource_types_scope),
            ResourceIdScope: a.resource_id_scope,
            TagKeyScope: a.tag_key_scope,
            TagValueScope: a.tag_value_scope,
          }),
          ExcludedAccounts: list(a.excluded_accounts),
        });
        return {
          typeName: 'AWS::Config::OrganizationConfigRule',
          identifier: String(a.name),
          // Config rules are regional: each is read in the region its provider names.
          region: region ?? ctx.region,
          properties,
          listed: properties,
        };
      },
    },
  },
};
