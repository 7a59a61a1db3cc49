import { cloudControlItem, engineFor } from '../fixtures/harness';

const FUNCTION = 'arn:aws:lambda:eu-west-1:111122223333:function:groundwork-dev-drift-checker';

const drift = {
  resources: {
    aws_config_config_rule: {
      rule: {
        name: 'groundwork-dev-drift',
        description: 'Resources match the committed IaC',
        input_parameters: '{"stacks":"all"}',
        scope: { compliance_resource_types: ['AWS::EC2::VPC', 'AWS::S3::Bucket'] },
        source: {
          owner: 'CUSTOM_LAMBDA',
          source_identifier: FUNCTION,
          source_detail: [
            { event_source: 'aws.config', message_type: 'ConfigurationItemChangeNotification' },
            {
              event_source: 'aws.config',
              message_type: 'ScheduledNotification',
              maximum_execution_frequency: 'TwentyFour_Hours',
            },
          ],
        },
      },
    },
  },
};

const rule = (overrides: Record<string, unknown> = {}) =>
  cloudControlItem('AWS::Config::ConfigRule', 'groundwork-dev-drift', {
    ConfigRuleName: 'groundwork-dev-drift',
    ConfigRuleId: 'config-rule-a1b2c3',
    Arn: 'arn:aws:config:eu-west-1:111122223333:config-rule/config-rule-a1b2c3',
    Description: 'Resources match the committed IaC',
    InputParameters: { stacks: 'all' },
    Scope: { ComplianceResourceTypes: ['AWS::S3::Bucket', 'AWS::EC2::VPC'] },
    Source: {
      Owner: 'CUSTOM_LAMBDA',
      SourceIdentifier: FUNCTION,
      SourceDetails: [
        {
          EventSource: 'aws.config',
          MessageType: 'ScheduledNotification',
          MaximumExecutionFrequency: 'TwentyFour_Hours',
        },
        { EventSource: 'aws.config', MessageType: 'ConfigurationItemChangeNotification' },
      ],
    },
    Compliance: { Type: 'COMPLIANT' },
    ...overrides,
  });

describe('AWS::Config::ConfigRule adapter (Cloud Control)', () => {
  const engine = engineFor({ drift });

  it('is in sync: parameters as JSON, resource types and triggers as sets', () => {
    expect(engine.checkItem(rule())).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_config_config_rule.rule',
    });
  });

  it('reports a resource type taken out of the scope and the change trigger removed', () => {
    const narrowed = rule({
      Scope: { ComplianceResourceTypes: ['AWS::EC2::VPC'] },
      Source: {
        Owner: 'CUSTOM_LAMBDA',
        SourceIdentifier: FUNCTION,
        SourceDetails: [
          {
            EventSource: 'aws.config',
            MessageType: 'ScheduledNotification',
            MaximumExecutionFrequency: 'TwentyFour_Hours',
          },
        ],
      },
    });
    expect(engine.checkItem(narrowed).differences.map((d) => [d.path, d.type])).toEqual([
      ['scope.compliance_resource_types', 'REMOVE'],
      ['source.source_detail', 'REMOVE'],
    ]);
  });
});
