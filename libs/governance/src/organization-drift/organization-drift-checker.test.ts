import { join } from 'node:path';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Aspects, TerraformStack } from 'cdktf';
import { itPassesTerraform, synthConstruct, validateAsl } from '@groundwork/testing';
import { Guard } from '../guard';
import { OrganizationDriftChecker, type OrganizationDriftCheckerProps } from './organization-drift-checker';
import { SWEEP_STATES, THROTTLING_ERRORS } from './sweep-definition';

const base: OrganizationDriftCheckerProps = {
  bundleZip: join(__dirname, '..', 'drift-checker', '__fixtures__', 'bundle', 'main.js'),
  organizationId: 'o-abcd123456',
  regions: ['eu-west-1', 'us-east-1'],
  iacBucket: 'acme-iac',
  statePrefix: 'groundwork/',
  sweepBucketName: 'acme-drift-sweeps',
  alertEmails: ['oncall@example.com'],
};

function synth(props: Partial<OrganizationDriftCheckerProps> = {}) {
  let checker: OrganizationDriftChecker | undefined;
  const stack = synthConstruct((s: TerraformStack) => {
    checker = new OrganizationDriftChecker(s, 'org-drift', { ...base, ...props });
    // Errors fail synthesis; the platform stack decides on the warnings (reserved concurrency, code signing).
    Aspects.of(s).add(new Guard());
  });
  return { stack, checker: checker! };
}

interface Statement {
  sid?: string;
  actions: string[];
  resources: string[];
  condition?: { test: string; variable: string; values: string[] }[];
}

describe('OrganizationDriftChecker', () => {
  const { stack, checker } = synth();
  const regional = synthConstruct((s: TerraformStack) => {
    const useast = new AwsProvider(s, 'aws-us-east-1', { region: 'us-east-1', alias: 'us-east-1' });
    new OrganizationDriftChecker(s, 'org-drift', {
      ...base,
      evaluationRegionProviders: [useast],
      evaluationExcludedAccounts: ['999999999999'],
      evaluationDeliveryFrequency: 'TwentyFour_Hours',
    });
  });
  const statements = (prefix: string): Statement[] =>
    stack.dataSources('aws_iam_policy_document').find((d) => d.name.startsWith(prefix))!.values
      .statement as Statement[];

  it('generates a valid state machine definition with the Distributed Map, its limits and retries', () => {
    const machine = stack.resource('aws_sfn_state_machine').values;
    const definition = JSON.parse(machine.definition as string);
    // The ARNs are Terraform references until apply; asl-validator checks everything else.
    const { isValid, errorsText } = validateAsl(definition);
    expect(errorsText('\n')).toBe('');
    expect(isValid).toBe(true);
    const map = definition.States[SWEEP_STATES.shards];
    expect(map.MaxConcurrency).toBe(40);
    expect(map.ToleratedFailurePercentage).toBe(5);
    expect(map.ItemReader.Parameters).toEqual({ 'Bucket.$': '$.bucket', 'Key.$': '$.shardListKey' });
    expect(map.ItemProcessor.States[SWEEP_STATES.shard].Retry[0].ErrorEquals).toEqual([...THROTTLING_ERRORS]);
    expect(map.ItemProcessor.States[SWEEP_STATES.shard].Resource).toMatch(
      /^\$\{aws_lambda_function\..*shard.*\.arn\}$/,
    );
  });

  it('runs every function on the DriftChecker default runtime and refuses retired ones', () => {
    for (const f of stack.resources('aws_lambda_function')) expect(f.values.runtime).toBe('nodejs22.x');
    expect(() => synth({ runtime: 'nodejs20.x' })).toThrow(/nodejs20.x" is refused/);
  });

  it('gives each role only what its function calls', () => {
    const actions = (prefix: string) =>
      statements(prefix)
        .flatMap((s) => s.actions)
        .sort();
    // The planner reads the IaC for the accounts the stacks deploy to.
    expect(actions('org-drift_planner_policy')).toEqual([
      'config:GetAggregateDiscoveredResourceCounts',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      's3:GetObject',
      's3:PutObject',
    ]);
    expect(actions('org-drift_shard_policy')).toEqual([
      'config:SelectAggregateResourceConfig',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      's3:GetObject',
      's3:GetObject',
      's3:PutObject',
      's3:PutObject',
      's3:PutObject',
      'sts:AssumeRole',
    ]);
    const assume = statements('org-drift_shard_policy').find((s) => s.sid === 'AssumeMemberReadRole')!;
    expect(assume.resources).toEqual([
      expect.stringMatching(/^arn:\$\{data\.aws_partition\.[^}]+\}:iam::\*:role\/groundwork-drift-read$/),
    ]);
    expect(assume.condition).toEqual([
      { test: 'StringEquals', variable: 'aws:ResourceOrgID', values: ['o-abcd123456'] },
    ]);
    expect(actions('org-drift_reducer_policy')).toEqual([
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      's3:GetObject',
      's3:ListBucket',
      's3:PutObject',
      'sns:Publish',
    ]);
    expect(checker.stateMachineStatements.flatMap((s) => s.actions ?? []).sort()).toEqual([
      'lambda:InvokeFunction',
      's3:AbortMultipartUpload',
      's3:GetObject',
      's3:GetObject',
      's3:ListMultipartUploadParts',
      's3:PutObject',
      'states:DescribeExecution',
      'states:StartExecution',
      'states:StopExecution',
    ]);
  });

  it("tells the shard function the member accounts' read role it may assume, and the partition of its ARN", () => {
    const env = (s: typeof stack) =>
      (s.resource('aws_lambda_function', 'shard').values.environment as { variables: Record<string, string> })
        .variables;
    expect(env(stack)).toMatchObject({
      MEMBER_READ_ROLE: 'groundwork-drift-read',
      PARTITION: expect.stringMatching(/^\$\{data\.aws_partition\.[^}]+\.partition\}$/),
    });
    const renamed = synth({ memberReadRoleName: 'acme-drift-read' }).stack;
    expect(env(renamed).MEMBER_READ_ROLE).toBe('acme-drift-read');
    const assume = renamed
      .dataSources('aws_iam_policy_document')
      .find((d) => d.name.startsWith('org-drift_shard_policy'))!.values.statement as Statement[];
    expect(assume.find((s) => s.sid === 'AssumeMemberReadRole')!.resources[0]).toMatch(
      /:role\/acme-drift-read$/,
    );
  });

  it('admits only the organization to the central bus', () => {
    const [policy] = statements('org-drift_bus-policy-document');
    expect(policy).toMatchObject({
      actions: ['events:PutEvents'],
      condition: [{ test: 'StringEquals', variable: 'aws:PrincipalOrgID', values: ['o-abcd123456'] }],
    });
  });

  it('routes forwarded Config changes to the event function, allowed from that rule only', () => {
    const withEvents = synth({
      eventFunction: { arn: 'arn:aws:lambda:eu-west-1:123456789012:function:drift', name: 'drift' },
    }).stack;
    const rule = withEvents.resource('aws_cloudwatch_event_rule', 'config-changes').values;
    expect(JSON.parse(rule.event_pattern as string).source).toEqual(['aws.config']);
    expect(withEvents.resource('aws_lambda_permission', 'config-changes').values.source_arn).toMatch(
      /aws_cloudwatch_event_rule\..*config-changes.*\.arn/,
    );
  });

  it('delivers evaluations through a periodic organization rule whose function may only put them as the member', () => {
    const rule = stack.resource('aws_config_organization_custom_rule').values;
    expect(rule).toMatchObject({
      name: 'groundwork-drift-org-evaluations',
      trigger_types: ['ScheduledNotification'],
      maximum_execution_frequency: 'Six_Hours',
    });
    expect(rule.lambda_function_arn).toMatch(/^\$\{aws_lambda_function\..*delivery.*\.arn\}$/);
    // AWS Config checks the invoke permission when it creates the rule.
    expect(rule.depends_on).toEqual([expect.stringMatching(/^aws_lambda_permission\..*delivery-permission/)]);
    expect(stack.resource('aws_lambda_permission', 'delivery-permission').values).toMatchObject({
      action: 'lambda:InvokeFunction',
      principal: 'config.amazonaws.com',
    });
    const fn = stack.resource('aws_lambda_function', 'delivery').values;
    expect(fn.handler).toBe('main.deliver');
    expect(fn.environment).toMatchObject({
      variables: expect.objectContaining({ MEMBER_DELIVERY_ROLE: 'groundwork-drift-deliver' }),
    });
    const delivery = statements('org-drift_delivery_policy');
    expect(delivery.flatMap((s) => s.actions).sort()).toEqual([
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      's3:DeleteObject',
      's3:GetObject',
      's3:ListBucket',
      'sts:AssumeRole',
    ]);
    expect(delivery.find((s) => s.sid === 'ReadAndDeletePendingEvaluations')!.resources).toEqual([
      expect.stringMatching(/\/evaluations\/\*$/),
    ]);
    expect(delivery.find((s) => s.sid === 'AssumeMemberDeliveryRole')).toMatchObject({
      resources: [expect.stringMatching(/:iam::\*:role\/groundwork-drift-deliver$/)],
      condition: [{ test: 'StringEquals', variable: 'aws:ResourceOrgID', values: ['o-abcd123456'] }],
    });
    // The shard leaves its changed evaluations pending for it.
    expect(
      statements('org-drift_shard_policy').find((s) => s.sid === 'WritePendingEvaluations'),
    ).toMatchObject({
      actions: ['s3:PutObject'],
      resources: [expect.stringMatching(/\/evaluations\/\*$/)],
    });
  });

  it('creates the organization rule in every region it is given a provider for', () => {
    const rules = regional.resources('aws_config_organization_custom_rule').map((r) => r.values);
    expect(rules.map((r) => r.provider ?? 'default').sort()).toEqual(['aws.us-east-1', 'default']);
    for (const r of rules)
      expect(r).toMatchObject({
        excluded_accounts: ['999999999999'],
        maximum_execution_frequency: 'TwentyFour_Hours',
      });
  });

  it('aggregates the whole organization in the swept regions', () => {
    expect(
      stack.resource('aws_config_configuration_aggregator').values.organization_aggregation_source,
    ).toMatchObject({
      all_regions: false,
      regions: ['eu-west-1', 'us-east-1'],
    });
  });

  it('refuses bad props with the prop and the fix', () => {
    expect(() => synth({ organizationId: 'acme' })).toThrow(
      /organizationId must look like o-abcd123456, got "acme"/,
    );
    expect(() => synth({ regions: [] })).toThrow(/regions is empty/);
    expect(() => synth({ toleratedFailurePercentage: 120 })).toThrow(/between 0 and 100, got 120/);
    expect(() => synth({ maxConcurrency: 0 })).toThrow(/maxConcurrency/);
  });

  itPassesTerraform('passes terraform validate and a mock apply', () => [
    { name: 'organization', config: stack.json },
    { name: 'organization-two-regions', config: regional.json },
  ]);
});
