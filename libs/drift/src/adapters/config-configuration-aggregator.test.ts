import { cloudControlItem, engineFor } from '../fixtures/harness';

const role = 'arn:aws:iam::111122223333:role/drift-aggregator';
const aggregatorArn = 'arn:aws:config:eu-west-1:111122223333:config-aggregator/config-aggregator-abcd1234';

/** A GetResource model: DescribeConfigurationAggregators and the aggregator's tags (the schema's read handler). */
const model = (properties: Record<string, unknown> = {}) =>
  cloudControlItem('AWS::Config::ConfigurationAggregator', 'drift-organization', {
    ConfigurationAggregatorName: 'drift-organization',
    ConfigurationAggregatorArn: aggregatorArn,
    OrganizationAggregationSource: {
      RoleArn: role,
      AwsRegions: ['eu-west-1', 'us-east-1'],
      AllAwsRegions: false,
    },
    Tags: [{ Key: 'team', Value: 'platform' }],
    ...properties,
  });

describe('AWS::Config::ConfigurationAggregator adapter (Cloud Control)', () => {
  const engine = engineFor({
    'drift-organization': {
      resources: {
        aws_config_configuration_aggregator: {
          aggregator: {
            name: 'drift-organization',
            organization_aggregation_source: {
              all_regions: false,
              regions: ['us-east-1', 'eu-west-1'],
              role_arn: '${aws_iam_role.aggregator.arn}',
            },
            tags: { team: 'platform' },
          },
        },
      },
      state: {
        'aws_config_configuration_aggregator.aggregator': {
          id: 'drift-organization',
          name: 'drift-organization',
          arn: aggregatorArn,
        },
        'aws_iam_role.aggregator': { id: 'drift-aggregator', arn: role },
      },
    },
  });

  it('is IN_SYNC, joined by name, its regions a set', () => {
    expect(engine.checkItem(model())).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_config_configuration_aggregator.aggregator',
      source: 'cloudcontrol',
      differences: [],
    });
  });

  it('reports a region dropped from the organization source, on the right resource', () => {
    const result = engine.checkItem(
      model({
        OrganizationAggregationSource: { RoleArn: role, AwsRegions: ['eu-west-1'], AllAwsRegions: false },
      }),
    );
    expect(result).toMatchObject({
      status: 'MODIFIED',
      address: 'aws_config_configuration_aggregator.aggregator',
    });
    expect(result.differences).toEqual([
      {
        path: 'organization_aggregation_source.regions',
        expected: 'us-east-1',
        actual: undefined,
        type: 'REMOVE',
      },
    ]);
  });

  it('reports the role swapped, every region aggregated and a tag changed', () => {
    const result = engine.checkItem(
      model({
        OrganizationAggregationSource: {
          RoleArn: 'arn:aws:iam::111122223333:role/other',
          AllAwsRegions: true,
        },
        Tags: [{ Key: 'team', Value: 'other' }],
      }),
    );
    expect(result.differences.map((d) => [d.path, d.type])).toEqual([
      ['organization_aggregation_source.role_arn', 'NOT_EQUAL'],
      ['organization_aggregation_source.all_regions', 'NOT_EQUAL'],
      ['organization_aggregation_source.regions', 'REMOVE'],
      ['organization_aggregation_source.regions', 'REMOVE'],
      ['tags.team', 'NOT_EQUAL'],
    ]);
  });

  it('reports an organization aggregator turned into an account aggregator', () => {
    const { OrganizationAggregationSource: _gone, ...rest } = model().configuration as Record<
      string,
      unknown
    >;
    const result = engine.checkItem(
      cloudControlItem('AWS::Config::ConfigurationAggregator', 'drift-organization', {
        ...rest,
        AccountAggregationSources: [{ AccountIds: ['444455556666'], AllAwsRegions: true }],
      }),
    );
    expect(result.differences.map((d) => [d.path, d.type])).toEqual([
      ['account_aggregation_source', 'NOT_EQUAL'],
      ['organization_aggregation_source.role_arn', 'REMOVE'],
      ['organization_aggregation_source.regions', 'REMOVE'],
      ['organization_aggregation_source.regions', 'REMOVE'],
    ]);
  });

  it('compares account sources as sets, and leaves tags out of a model that carries none (a listing)', () => {
    const accounts = engineFor({
      audit: {
        resources: {
          aws_config_configuration_aggregator: {
            a: {
              name: 'accounts',
              account_aggregation_source: {
                account_ids: ['222222222222', '111111111111'],
                regions: ['eu-west-1'],
              },
              tags: { team: 'platform' },
            },
          },
        },
      },
    });
    const listed = cloudControlItem('AWS::Config::ConfigurationAggregator', 'accounts', {
      ConfigurationAggregatorName: 'accounts',
      AccountAggregationSources: [
        { AccountIds: ['111111111111', '222222222222'], AwsRegions: ['eu-west-1'], AllAwsRegions: false },
      ],
    });
    expect(accounts.checkItem(listed)).toMatchObject({ status: 'IN_SYNC', differences: [] });
  });
});
