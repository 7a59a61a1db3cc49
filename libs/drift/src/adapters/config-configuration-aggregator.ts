import { isRecord } from '@groundwork/core';
import { NormWhole } from '../normalize/norm-values';
import type { Adapter } from './adapter';
import { cloudControlTags, nested } from './cloudcontrol-properties';
import { block, bool, conf, defined, keys, maybe, stringSet, tagsOf, UNKNOWN } from './helpers';

/** The regions of a source, as Terraform (`regions`) or the model (`AwsRegions`) gives them: sorted, for a key. */
function sorted(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String).sort() : [];
}

/** One account aggregation source, its accounts and regions as sets. */
function accountSource(accounts: unknown, allRegions: unknown, regions: unknown): Record<string, unknown> {
  return { account_ids: sorted(accounts), all_regions: bool(allRegions) === true, regions: sorted(regions) };
}

/** The account aggregation sources compared whole, in any order: none is an empty list. */
function accountSources(sources: readonly Record<string, unknown>[]): NormWhole {
  return new NormWhole(
    sources
      .map((s) => JSON.stringify(s))
      .sort()
      .map((s) => JSON.parse(s) as unknown),
  );
}

/** True when a block holds an unknown value, also inside a list. */
function holdsUnknown(b: Record<string, unknown> | undefined): boolean {
  return Object.values(b ?? {}).some((x) => x === UNKNOWN || (Array.isArray(x) && x.includes(UNKNOWN)));
}

/**
 * `AWS::Config::ConfigurationAggregator` read through AWS Cloud Control: AWS Config does not record its own
 * aggregators (no such type in awslabs/aws-config-resource-schema, nor in the Config API's ResourceType enum).
 *
 * Evidence, the type's CloudFormation resource schema (registry, us-east-1; hashicorp/terraform-provider-awscc
 * f995d4f `AWS_Config_ConfigurationAggregator.json`): `handlers.read` DescribeConfigurationAggregators +
 * ListTagsForResource, `handlers.list` DescribeConfigurationAggregators with no parent (the model without tags);
 * `primaryIdentifier` ConfigurationAggregatorName; `readOnlyProperties` ConfigurationAggregatorArn; no
 * `writeOnlyProperties`; taggable, `tagProperty` Tags. A model without `Tags` (a listing, or a read of an untagged
 * aggregator: the two cannot be told apart) is not compared on tags.
 */
export const configConfigurationAggregatorAdapter: Adapter = {
  configType: 'AWS::Config::ConfigurationAggregator',
  source: 'cloudcontrol',
  terraformTypes: ['aws_config_configuration_aggregator'],
  folds: [],
  compared: [
    'name',
    'organization_aggregation_source (role_arn, all_regions, regions as a set)',
    'account_aggregation_source (account_ids and regions as sets, all_regions)',
    'tags (when read)',
  ],
  joinKey: 'aggregator name',
  desiredKeys: (v, s) => keys(s?.['name'], s?.['id'], s?.['arn'], v['name']),
  liveKeys: (item) => {
    const c = conf(item);
    return keys(item.resourceId, c['ConfigurationAggregatorName'], c['ConfigurationAggregatorArn']);
  },
  expected: (input) => {
    const v = input.values;
    const account = block(v['account_aggregation_source']);
    const organization = block(v['organization_aggregation_source']);
    return defined({
      name: v['name'],
      // Terraform takes exactly one of the two sources: where the IaC creates the aggregator, the other is none.
      account_aggregation_source: holdsUnknown(account)
        ? UNKNOWN
        : account
          ? accountSources([
              accountSource(account['account_ids'], account['all_regions'], account['regions']),
            ])
          : input.ownsResource
            ? accountSources([])
            : undefined,
      organization_aggregation_source: organization
        ? defined({
            role_arn: organization['role_arn'],
            all_regions: bool(organization['all_regions'] ?? false),
            regions: maybe(organization['regions'] ?? [], (r) => stringSet(r)),
          })
        : undefined,
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const accounts = Array.isArray(c['AccountAggregationSources'])
      ? c['AccountAggregationSources'].filter(isRecord)
      : [];
    const organization = nested(c, 'OrganizationAggregationSource');
    return {
      name: c['ConfigurationAggregatorName'] ?? item.resourceId,
      account_aggregation_source: accountSources(
        accounts.map((a) => accountSource(a['AccountIds'], a['AllAwsRegions'], a['AwsRegions'])),
      ),
      organization_aggregation_source: {
        role_arn: organization['RoleArn'],
        all_regions: bool(organization['AllAwsRegions'] ?? false),
        regions: stringSet(organization['AwsRegions'] ?? []),
      },
      tags: c['Tags'] === undefined ? UNKNOWN : cloudControlTags(item, true),
    };
  },
};
