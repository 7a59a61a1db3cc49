// AWS::Config::ConfigurationAggregator: Config records no item for its own aggregators; Cloud Control reads them
// (GetResource with the tags, ListResources without: its list handler calls DescribeConfigurationAggregators only).
import type { Attrs } from '../apply/applied-resource';
import { tagsOf } from '../config/config-item';
import { cloudFormationTags, setProperties } from '../live/cloud-control-resource';
import type { SimulatedType } from './simulated-type';

export const configConfigurationAggregator: SimulatedType = {
  awsType: 'AWS::Config::ConfigurationAggregator',
  terraformTypes: {
    aws_config_configuration_aggregator: {
      taggable: true,
      computed: (v, ctx) => ({
        id: v.name,
        arn: `arn:aws:config:${ctx.region}:${ctx.account}:config-aggregator/config-aggregator-${ctx.ids.hex(8)}`,
      }),
      cloudControl: ({ attrs: a }, _lookup, ctx) => {
        const organization = (a.organization_aggregation_source as Attrs[] | undefined)?.[0];
        const accounts = (a.account_aggregation_source as Attrs[] | undefined) ?? [];
        const listed = setProperties({
          ConfigurationAggregatorName: a.name,
          ConfigurationAggregatorArn: a.arn,
          OrganizationAggregationSource: organization
            ? setProperties({
                RoleArn: organization.role_arn,
                AwsRegions: organization.regions,
                AllAwsRegions: organization.all_regions ?? false,
              })
            : undefined,
          AccountAggregationSources: accounts.length
            ? accounts.map((s) =>
                setProperties({
                  AccountIds: s.account_ids,
                  AwsRegions: s.regions,
                  AllAwsRegions: s.all_regions ?? false,
                }),
              )
            : undefined,
        });
        const tags = cloudFormationTags(tagsOf(a));
        return {
          typeName: 'AWS::Config::ConfigurationAggregator',
          identifier: String(a.name),
          region: ctx.region,
          properties: tags.length ? { ...listed, Tags: tags } : listed,
          listed,
        };
      },
    },
  },
};
