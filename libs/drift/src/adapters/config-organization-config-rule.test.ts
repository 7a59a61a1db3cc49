import { cloudControlItem, engineFor } from '../fixtures/harness';

/** Organization rules are read in the account that created them (here the audit account), per region. */
const AUDIT = { accountId: '222222222222', region: 'eu-west-1' };
const FUNCTION = 'arn:aws:lambda:eu-west-1:222222222222:function:drift-org-deliver';
const RULE_ARN =
  'arn:aws:config:eu-west-1:222222222222:organization-config-rule/drift-org-evaluations-abcdefgh';

const org = {
  resources: {
    aws_config_organization_custom_rule: {
      evaluations: {
        name: 'drift-org-evaluations',
        description: 'Drift evaluations',
        lambda_function_arn: FUNCTION,
        trigger_types: ['ScheduledNotification'],
        maximum_execution_frequency: 'TwentyFour_Hours',
        input_parameters: '{"bucket": "sweep", "shards": 4}',
        excluded_accounts: ['333333333333'],
      },
    },
  },
  state: {
    'aws_config_organization_custom_rule.evaluations': {
      id: 'drift-org-evaluations',
      arn: RULE_ARN,
      name: 'drift-org-evaluations',
    },
  },
};

/** GetResource's Properties, in the resource schema's shape (InputParameters a JSON string). */
function ruleRead(metadata: Record<string, unknown> = {}, top: Record<string, unknown> = {}) {
  return cloudControlItem(
    'AWS::Config::OrganizationConfigRule',
    'drift-org-evaluations',
    {
      OrganizationConfigRuleName: 'drift-org-evaluations',
      OrganizationConfigRuleArn: RULE_ARN,
      OrganizationCustomRuleMetadata: {
        Description: 'Drift evaluations',
        LambdaFunctionArn: FUNCTION,
        OrganizationConfigRuleTriggerTypes: ['ScheduledNotification'],
        MaximumExecutionFrequency: 'TwentyFour_Hours',
        InputParameters: '{"shards":4,"bucket":"sweep"}',
        ...metadata,
      },
      ExcludedAccounts: ['333333333333'],
      ...top,
    },
    AUDIT,
  );
}

describe('AWS::Config::OrganizationConfigRule adapter (Cloud Control)', () => {
  const engine = engineFor({ org });

  it('is IN_SYNC with the rule as the schema returns it, parameters compared as JSON', () => {
    expect(engine.checkItem(ruleRead())).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_config_organization_custom_rule.evaluations',
    });
  });

  it('reports the function, triggers and frequency changed by hand', () => {
    const result = engine.checkItem(
      ruleRead({
        LambdaFunctionArn: FUNCTION.replace('deliver', 'other'),
        OrganizationConfigRuleTriggerTypes: ['ScheduledNotification', 'ConfigurationItemChangeNotification'],
        MaximumExecutionFrequency: 'One_Hour',
      }),
    );
    expect(result.status).toBe('MODIFIED');
    expect(result.differences.map((d) => [d.path, d.type])).toEqual([
      ['lambda_function_arn', 'NOT_EQUAL'],
      ['trigger_types', 'ADD'],
      ['maximum_execution_frequency', 'NOT_EQUAL'],
    ]);
  });

  it('reports parameters, scope, description and an account excluded by hand', () => {
    const result = engine.checkItem(
      ruleRead(
        { InputParameters: '{"bucket":"sweep","shards":8}', ResourceTypesScope: ['AWS::S3::Bucket'] },
        { ExcludedAccounts: ['333333333333', '444444444444'] },
      ),
    );
    expect(result.differences.map((d) => d.path).sort()).toEqual([
      'excluded_accounts',
      'input_parameters',
      'resource_types_scope',
    ]);
    expect(engine.checkItem(ruleRead({ Description: undefined })).differences.map((d) => d.path)).toEqual([
      'description',
    ]);
  });

  it('reports the exclusions cleared by hand: none recorded means none', () => {
    const result = engine.checkItem(ruleRead({}, { ExcludedAccounts: undefined }));
    expect(result.differences).toEqual([
      { path: 'excluded_accounts', expected: '333333333333', actual: undefined, type: 'REMOVE' },
    ]);
  });

  it('compares only the name of a summary that holds no rule metadata', () => {
    const summary = cloudControlItem(
      'AWS::Config::OrganizationConfigRule',
      'drift-org-evaluations',
      { OrganizationConfigRuleName: 'drift-org-evaluations' },
      AUDIT,
    );
    expect(engine.checkItem(summary).status).toBe('IN_SYNC');
  });

  it('calls a rule no stack creates unmanaged', () => {
    const other = cloudControlItem(
      'AWS::Config::OrganizationConfigRule',
      'hand-made',
      {
        OrganizationConfigRuleName: 'hand-made',
        OrganizationCustomRuleMetadata: { LambdaFunctionArn: FUNCTION },
      },
      AUDIT,
    );
    expect(engine.checkItem(other).status).toBe('UNMANAGED');
  });
});
