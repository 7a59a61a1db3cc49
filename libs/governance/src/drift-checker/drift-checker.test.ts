import { join } from 'node:path';
import { TerraformStack, Token } from 'cdktf';
import {
  ADAPTED_RESOURCE_TYPES,
  ADAPTED_TYPES_BY_SOURCE,
  CLOUD_CONTROL_READ_ACTIONS,
  CLOUD_CONTROL_READ_PERMISSIONS,
  CLOUDTRAIL_CHANGES,
  cloudTrailChangePattern,
  DIRECT_READ_PERMISSIONS,
} from '@groundwork/drift';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { SynthesizedStack, itPassesTerraform, synthConstruct } from '@groundwork/testing';
import { ConfigRecorder } from '../config-recorder/config-recorder';
import { DriftChecker, DriftCheckerProps } from './drift-checker';

const bundleDir = join(__dirname, '__fixtures__', 'bundle');
const TYPES = ['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup', 'AWS::IAM::Role'];
const base: DriftCheckerProps = {
  bundleDir,
  iacBucket: 'acme-iac',
  statePrefix: 'groundwork/',
  stateBucket: 'acme-tfstate',
  resourceTypes: TYPES,
  alertEmails: ['oncall@example.com'],
  alertHttpsEndpoints: ['https://hooks.example.com/drift'],
};

function synth(props: Partial<DriftCheckerProps> = {}) {
  return synthConstruct((s: TerraformStack) => new DriftChecker(s, 'drift', { ...base, ...props }));
}

interface Statement {
  sid?: string;
  actions: string[];
  resources: string[];
  condition?: unknown[];
}

/** `${type.name.attr}` of the one block of that type whose name contains `name`. */
function ref(stack: SynthesizedStack, type: string, name: string, attribute: string): string {
  const block = type.startsWith('data.')
    ? stack.dataSources(type.slice(5)).find((d) => d.name.startsWith(`drift_${name}_`))!
    : stack.resource(type, name);
  return SynthesizedStack.ref(block, attribute);
}

function policyStatements(stack: ReturnType<typeof synth>, name: string): Statement[] {
  const doc = stack.dataSources('aws_iam_policy_document').find((d) => d.name.startsWith(`drift_${name}_`));
  return doc!.values.statement as Statement[];
}

describe('DriftChecker', () => {
  const stack = synth();

  it('keeps the construct ids of every block, which make their Terraform addresses', () => {
    // A renamed id, or a block moved under another construct, is a new address: Terraform replaces the resource.
    const addresses = [...stack.resources(), ...stack.dataSources()].map((b) => b.address);
    expect(addresses.sort()).toEqual([
      'aws_cloudwatch_event_bus.drift_bus_37695CA0',
      'aws_cloudwatch_event_rule.drift_cloudtrail-changes_954A8AF3',
      'aws_cloudwatch_event_rule.drift_config-changes_DC7141B4',
      'aws_cloudwatch_event_target.drift_cloudtrail-changes-target_BDB79915',
      'aws_cloudwatch_event_target.drift_config-changes-target_A65D6771',
      'aws_cloudwatch_log_group.drift_logs_B0AC2BC8',
      'aws_cloudwatch_metric_alarm.drift_dlq-alarm_0ADC4EE3',
      'aws_cloudwatch_metric_alarm.drift_errors-alarm_8DB230C3',
      'aws_config_config_rule.drift_rule_583E9D4A',
      'aws_iam_role.drift_role_D203D626',
      'aws_iam_role_policy.drift_role-policy_54CCCAE2',
      'aws_kms_alias.drift_key-alias_C3B17952',
      'aws_kms_key.drift_key_06C0E3F9',
      'aws_lambda_function.drift_function_7B89F214',
      'aws_lambda_function_event_invoke_config.drift_async_C317557C',
      'aws_lambda_permission.drift_allow-cloudtrail-changes_28F17125',
      'aws_lambda_permission.drift_allow-config_1ABB97FD',
      'aws_lambda_permission.drift_allow-eventbridge_428B28BF',
      'aws_sns_topic.drift_alerts_CA6D7CA6',
      'aws_sns_topic_subscription.drift_alert-email-0_77799A34',
      'aws_sns_topic_subscription.drift_alert-https-0_34F4ABCA',
      'aws_sqs_queue.drift_dlq_804725DC',
      'data.aws_caller_identity.drift_account_7B715CC1',
      'data.aws_iam_policy_document.drift_assume-role_B86F5EFE',
      'data.aws_iam_policy_document.drift_key-policy_5A539695',
      'data.aws_iam_policy_document.drift_policy_69C6BE4D',
      'data.aws_partition.drift_partition_9E7AF452',
      'data.aws_region.drift_region_9913EF42',
    ]);
  });

  it('grants the role only the actions the handler calls, plus what Lambda needs for logs and the DLQ', () => {
    const actions = policyStatements(stack, 'policy').flatMap((s) => s.actions);
    expect(new Set(actions)).toEqual(
      new Set([
        'config:PutEvaluations',
        'config:GetResourceConfigHistory',
        'config:BatchGetResourceConfig',
        'config:ListDiscoveredResources',
        's3:GetObject',
        'sns:Publish',
        'events:PutEvents',
        'logs:CreateLogStream',
        'logs:PutLogEvents',
        'sqs:SendMessage',
        ...CLOUD_CONTROL_READ_ACTIONS,
        // The types its sweep reads through Cloud Control: fallbacks are read by the CLI's live mode only.
        ...ADAPTED_TYPES_BY_SOURCE.cloudcontrol.flatMap(
          (t) => CLOUD_CONTROL_READ_PERMISSIONS[t]?.actions ?? [],
        ),
        ...Object.values(DIRECT_READ_PERMISSIONS).flatMap((p) => p.actions),
      ]),
    );
    expect(actions).toHaveLength(new Set(actions).size);
    expect(actions.some((a) => a.includes('*'))).toBe(false);
    // Beside the handler's own writes (evaluations, alerts, events, logs, the DLQ), reads only.
    const writes = [
      'config:PutEvaluations',
      'sns:Publish',
      'events:PutEvents',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      'sqs:SendMessage',
    ];
    for (const action of actions.filter((a) => !writes.includes(a)))
      expect(action).toMatch(/^[a-z0-9-]+:(Get|List|Describe|BatchGet)[A-Za-z]*$/);
  });

  it('names the resources of every action that supports resource-level permissions', () => {
    const bySid: Record<string, string[]> = Object.fromEntries(
      policyStatements(stack, 'policy').map((s) => [s.sid, s.resources]),
    );
    const partition = ref(stack, 'data.aws_partition', 'partition', 'partition');
    expect(bySid.ReadPublishedIacAndState).toEqual([
      `arn:${partition}:s3:::acme-iac/cdktf.out/*`,
      `arn:${partition}:s3:::acme-tfstate/groundwork/*`,
    ]);
    expect(bySid.PublishDriftAlerts).toEqual([ref(stack, 'aws_sns_topic', 'alerts', 'arn')]);
    expect(bySid.PutDriftEvents).toEqual([ref(stack, 'aws_cloudwatch_event_bus', 'bus', 'arn')]);
    expect(bySid.DeadLetterFailedEvents).toEqual([ref(stack, 'aws_sqs_queue', 'dlq', 'arn')]);
    expect(bySid.WriteOwnLogs).toEqual([`${ref(stack, 'aws_cloudwatch_log_group', 'logs', 'arn')}:*`]);
    // Only the read actions that support no resource-level permissions (or list a whole type) are on "*".
    expect(
      Object.entries(bySid)
        .filter(([, r]) => r.includes('*'))
        .map(([sid]) => sid),
    ).toEqual(['ConfigEvaluateAndRead', 'ReadThroughCloudControl', 'ReadTypesBesideConfig']);
  });

  it('adds kms:Decrypt through S3 only when the buckets use SSE-KMS keys', () => {
    const key = 'arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555';
    const withKey = policyStatements(synth({ bucketKmsKeyArns: [key] }), 'policy').find(
      (s) => s.sid === 'DecryptIacAndStateObjects',
    );
    expect(withKey).toMatchObject({
      actions: ['kms:Decrypt'],
      resources: [key],
      condition: [{ variable: 'kms:ViaService' }],
    });
    expect(
      policyStatements(stack, 'policy').find((s) => s.sid === 'DecryptIacAndStateObjects'),
    ).toBeUndefined();
  });

  it('runs the bundle on Node 22 with a DLQ, JSON logs and the settings the handler reads', () => {
    const fn = stack.resource('aws_lambda_function').values;
    expect(fn).toMatchObject({
      handler: 'main.handler',
      runtime: 'nodejs22.x',
      memory_size: 512,
      timeout: 300,
      dead_letter_config: { target_arn: ref(stack, 'aws_sqs_queue', 'dlq', 'arn') },
      logging_config: { log_format: 'JSON' },
    });
    expect(String(fn.filename)).toMatch(/assets\/.*\.zip$/);
    expect((fn.environment as { variables: Record<string, string> }).variables).toMatchObject({
      IAC_BUCKET: 'acme-iac',
      IAC_PREFIX: 'cdktf.out/',
      STATE_BUCKET: 'acme-tfstate',
      STATE_PREFIX: 'groundwork/',
      SWEEP_RESOURCE_TYPES: [
        ...TYPES,
        ...ADAPTED_TYPES_BY_SOURCE.cloudcontrol,
        ...ADAPTED_TYPES_BY_SOURCE.direct,
      ].join(','),
      REPORT_BUCKET: '',
      CACHE_TTL_SECONDS: '60',
      DEDUPE_WINDOW_SECONDS: '86400',
    });
    expect(stack.resource('aws_lambda_function_event_invoke_config').values).toMatchObject({
      maximum_retry_attempts: 2,
    });
  });

  it('encrypts logs and alerts with a rotated key, and keeps logs for a year', () => {
    expect(stack.resource('aws_kms_key').values).toMatchObject({ enable_key_rotation: true });
    const keyArn = ref(stack, 'aws_kms_key', 'key', 'arn');
    expect(stack.resource('aws_cloudwatch_log_group').values).toMatchObject({
      name: '/aws/lambda/groundwork-drift-checker',
      retention_in_days: 365,
      kms_key_id: keyArn,
    });
    expect(stack.resource('aws_sns_topic').values).toMatchObject({ kms_master_key_id: keyArn });
    expect(stack.resources('aws_sqs_queue')[0].values).toMatchObject({
      sqs_managed_sse_enabled: true,
      message_retention_seconds: 1209600,
    });
  });

  it('subscribes the given email and HTTPS endpoints', () => {
    expect(
      stack.resources('aws_sns_topic_subscription').map((s) => [s.values.protocol, s.values.endpoint]),
    ).toEqual([
      ['email', 'oncall@example.com'],
      ['https', 'https://hooks.example.com/drift'],
    ]);
  });

  it('triggers on Config change events of the given types, full and oversized', () => {
    const pattern = JSON.parse(
      String(stack.resource('aws_cloudwatch_event_rule', 'config-changes').values.event_pattern),
    );
    expect(pattern).toEqual({
      source: ['aws.config'],
      'detail-type': ['Config Configuration Item Change'],
      detail: {
        $or: [
          {
            messageType: ['ConfigurationItemChangeNotification'],
            configurationItem: { resourceType: TYPES },
          },
          {
            messageType: ['OversizedConfigurationItemChangeNotification'],
            configurationItemSummary: { resourceType: TYPES },
          },
        ],
      },
    });
    expect(stack.resource('aws_cloudwatch_event_target', 'config-changes').values.arn).toBe(
      ref(stack, 'aws_lambda_function', 'function', 'arn'),
    );
  });

  it('is a CUSTOM_LAMBDA Config rule on changes, oversized changes and a daily schedule', () => {
    const rule = stack.resource('aws_config_config_rule').values;
    expect(rule).toMatchObject({
      name: 'groundwork-drift',
      source: {
        owner: 'CUSTOM_LAMBDA',
        source_identifier: ref(stack, 'aws_lambda_function', 'function', 'arn'),
        source_detail: [
          { event_source: 'aws.config', message_type: 'ConfigurationItemChangeNotification' },
          { event_source: 'aws.config', message_type: 'OversizedConfigurationItemChangeNotification' },
          {
            event_source: 'aws.config',
            message_type: 'ScheduledNotification',
            maximum_execution_frequency: 'TwentyFour_Hours',
          },
        ],
      },
      scope: { compliance_resource_types: TYPES },
    });
    expect(rule.depends_on).toContain(stack.resource('aws_lambda_permission', 'allow-config').address);
  });

  it('lets only EventBridge (from its rules) and Config (from this account) invoke the function', () => {
    const perms = stack.resources('aws_lambda_permission').map((p) => p.values);
    expect(perms).toHaveLength(3);
    expect(perms).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          principal: 'events.amazonaws.com',
          source_arn: ref(stack, 'aws_cloudwatch_event_rule', 'config-changes', 'arn'),
        }),
        expect.objectContaining({
          principal: 'events.amazonaws.com',
          source_arn: ref(stack, 'aws_cloudwatch_event_rule', 'cloudtrail-changes', 'arn'),
        }),
        expect.objectContaining({
          principal: 'config.amazonaws.com',
          source_account: ref(stack, 'data.aws_caller_identity', 'account', 'account_id'),
        }),
      ]),
    );
  });

  it('alarms on function errors and on a non-empty DLQ, to the alert topic', () => {
    const alarms = stack.resources('aws_cloudwatch_metric_alarm').map((a) => a.values);
    expect(alarms.map((a) => `${a.namespace} ${a.metric_name}`).sort()).toEqual([
      'AWS/Lambda Errors',
      'AWS/SQS ApproximateNumberOfMessagesVisible',
    ]);
    for (const a of alarms) expect(a.alarm_actions).toEqual([ref(stack, 'aws_sns_topic', 'alerts', 'arn')]);
  });

  it('runs on Node 24 when asked', () => {
    expect(synth({ runtime: 'nodejs24.x' }).resource('aws_lambda_function').values.runtime).toBe(
      'nodejs24.x',
    );
  });

  it('takes a different schedule', () => {
    const details = synth({ scheduleFrequency: 'Six_Hours' }).resource('aws_config_config_rule').values
      .source as {
      source_detail: { maximum_execution_frequency?: string }[];
    };
    expect(details.source_detail[2].maximum_execution_frequency).toBe('Six_Hours');
  });

  it('deploys a prebuilt zip as is, or zips the bundle directory', () => {
    const fromZip = synth({ bundleDir: undefined, bundleZip: join(__dirname, '__fixtures__', 'bundle.zip') });
    const fromDir = synth();
    const filename = (s: ReturnType<typeof synth>) =>
      String(s.resource('aws_lambda_function').values.filename);
    expect(filename(fromZip)).toMatch(/^assets\/drift_bundle_[0-9A-F]+\/[0-9A-F]+\/bundle\.zip$/);
    expect(filename(fromDir)).toMatch(/^assets\/drift_bundle_[0-9A-F]+\/[0-9A-F]+\/archive\.zip$/);
  });

  it.each<[string, Partial<DriftCheckerProps>, string]>([
    [
      'a bundle without main.js',
      { bundleDir: __dirname + '/nowhere' },
      'has no main.js; run `npx nx build drift-checker`',
    ],
    [
      'both a bundle directory and a zip',
      { bundleZip: join(__dirname, '__fixtures__', 'bundle.zip') },
      'give exactly one of bundleDir (dist/apps/drift-checker) or bundleZip',
    ],
    [
      'a zip that does not exist',
      { bundleDir: undefined, bundleZip: join(__dirname, 'nowhere.zip') },
      'is not an existing .zip file; run `npx nx build drift-checker`',
    ],
    [
      'too many types',
      { resourceTypes: Array.from({ length: 101 }, (_, i) => `AWS::S3::Bucket${i}`) },
      'resourceTypes must list 1 to 100 AWS Config types, got 101',
    ],
    [
      'a type that is not a Config type',
      { resourceTypes: ['aws_s3_bucket'] },
      'resourceTypes must be AWS Config types like "AWS::S3::Bucket", got "aws_s3_bucket"',
    ],
    [
      'an http endpoint',
      { alertHttpsEndpoints: ['http://hooks.example.com'] },
      'alertHttpsEndpoints must start with https://, got "http://hooks.example.com"',
    ],
    [
      'more types than the Lambda environment holds',
      {
        recordedResourceTypes: Array.from(
          { length: 90 },
          (_, i) => `AWS::ElasticLoadBalancingV2::LoadBalancer${i}`,
        ),
      },
      "take 4003 bytes of the function's 4 KB environment",
    ],
    ['a bad email', { alertEmails: ['oncall'] }, 'alertEmails must be email addresses, got "oncall"'],
    [
      'the Node 20 runtime Lambda no longer deploys',
      { runtime: 'nodejs20.x' as never },
      'runtime "nodejs20.x" is refused: Node.js 20 has reached end of life and AWS Lambda no longer lets functions be created or updated on it',
    ],
    [
      'a runtime that is not Node',
      { runtime: 'python3.13' as never },
      'runtime must be one of nodejs22.x, nodejs24.x, got "python3.13"',
    ],
    [
      'a wildcard prefix',
      { statePrefix: 'groundwork/*' },
      'statePrefix must be an S3 key prefix without a leading "/" or "*", got "groundwork/*"',
    ],
    [
      'a timeout past 15 minutes',
      { timeoutSeconds: 901 },
      'timeoutSeconds must be a whole number from 1 to 900, got 901',
    ],
    [
      'a retention CloudWatch does not offer',
      { logRetentionDays: 10 as never },
      'logRetentionDays must be one of 1, 3, 5',
    ],
    [
      'a name prefix with a dot',
      { namePrefix: 'acme.drift' },
      'namePrefix must be 1-40 letters, digits or "-", got "acme.drift"',
    ],
    [
      'a schedule Config does not offer',
      { scheduleFrequency: 'Daily' as never },
      'scheduleFrequency must be one of One_Hour, Three_Hours, Six_Hours, Twelve_Hours, TwentyFour_Hours, got "Daily"',
    ],
    [
      'memory below what Lambda allows',
      { memorySize: 64 },
      'memorySize must be a whole number from 128 to 10240, got 64',
    ],
    [
      'a fractional cache TTL',
      { cacheTtlSeconds: 1.5 },
      'cacheTtlSeconds must be a whole number from 0 to 86400, got 1.5',
    ],
    [
      'a dedupe window past 30 days',
      { dedupeWindowSeconds: 31 * 86_400 },
      'dedupeWindowSeconds must be a whole number from 0 to 2592000, got 2678400',
    ],
    ['no resource types', { resourceTypes: [] }, 'resourceTypes must list 1 to 100 AWS Config types, got 0'],
    [
      'a prefix with a leading slash',
      { iacPrefix: '/cdktf.out/' },
      'iacPrefix must be an S3 key prefix without a leading "/" or "*", got "/cdktf.out/"',
    ],
    [
      'a prefix that is a token',
      { statePrefix: Token.asString({ Ref: 'prefix' }) },
      'statePrefix must be a literal key prefix, not a token',
    ],
  ])('rejects %s', (_name, props, message) => {
    expect(() => synth(props)).toThrow(message);
  });

  // The README example: the rule waits for the account's recorder and delivery channel.
  const readme = synthConstruct((s: TerraformStack) => {
    const recorder = new ConfigRecorder(s, 'recorder', { recordGlobalResources: true });
    new DriftChecker(s, 'drift', {
      bundleDir,
      iacBucket: 'acme-iac',
      stateBucket: 'acme-tfstate',
      statePrefix: 'groundwork/',
      alertEmails: ['oncall@example.com'],
      alertHttpsEndpoints: ['https://hooks.example.com/drift'],
      recordedResourceTypes: ADAPTED_RESOURCE_TYPES,
      dependsOn: [recorder.recorder, recorder.deliveryChannel],
    });
  });

  it('scopes both triggers to the types the drift engine adapts by default, and waits for the recorder', () => {
    const env = (
      readme.resource('aws_lambda_function').values.environment as { variables: Record<string, string> }
    ).variables;
    expect(env.RECORDED_RESOURCE_TYPES).toBe(ADAPTED_RESOURCE_TYPES.join(','));
    const rule = readme.resource('aws_config_config_rule').values;
    expect((rule.scope as { compliance_resource_types: string[] }).compliance_resource_types).toEqual([
      ...ADAPTED_RESOURCE_TYPES,
    ]);
    expect(rule.depends_on).toEqual(
      expect.arrayContaining([
        readme.resource('aws_config_configuration_recorder').address,
        readme.resource('aws_config_delivery_channel').address,
      ]),
    );
  });

  describe('beside AWS Config', () => {
    const QUEUE = 'arn:aws:sqs:eu-west-1:123456789012:config-changes';
    const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:config-topic';
    const REPORT_KEY = 'arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555';
    const full = synthConstruct((s: TerraformStack) => {
      const usEast1 = new AwsProvider(s, 'us-east-1', { region: 'us-east-1', alias: 'us_east_1' });
      new DriftChecker(s, 'drift', {
        ...base,
        globalEventsProvider: usEast1,
        configNotificationTopicArn: TOPIC,
        configNotificationQueueArn: QUEUE,
        reportBucket: 'acme-drift-reports',
        reportKmsKeyArn: REPORT_KEY,
      });
    });

    it('re-reads on the CloudTrail calls that change the types Config does not record', () => {
      const pattern = JSON.parse(
        String(stack.resource('aws_cloudwatch_event_rule', 'cloudtrail-changes').values.event_pattern),
      );
      expect(pattern).toEqual(cloudTrailChangePattern(CLOUDTRAIL_CHANGES));
      const names = JSON.stringify(pattern);
      for (const call of [
        'UpdatePolicy',
        'AttachPolicy',
        'DetachPolicy',
        'MoveAccount',
        'UpdateOrganizationalUnit',
        'UpdateAccountPasswordPolicy',
        'DeleteAccountPasswordPolicy',
        'PutRetentionPolicy',
        'DeleteLogGroup',
      ])
        expect(names).toContain(`"${call}"`);
      expect(stack.resource('aws_cloudwatch_event_target', 'cloudtrail-changes').values.arn).toBe(
        ref(stack, 'aws_lambda_function', 'function', 'arn'),
      );
      // Without a us-east-1 provider, nothing is forwarded from there.
      expect(stack.resources('aws_cloudwatch_event_rule')).toHaveLength(2);
    });

    it('forwards global services’ calls from us-east-1 to the checker’s default bus, with a role that may only do that', () => {
      const rule = full.resource('aws_cloudwatch_event_rule', 'global-cloudtrail-changes').values;
      expect(rule.provider).toBe('aws.us_east_1');
      const pattern = JSON.parse(String(rule.event_pattern));
      expect(pattern).toEqual(cloudTrailChangePattern(CLOUDTRAIL_CHANGES.filter((c) => c.global)));
      expect(JSON.stringify(pattern)).not.toContain('logs.amazonaws.com');
      const target = full.resource('aws_cloudwatch_event_target', 'global-cloudtrail-changes').values;
      const partition = ref(full, 'data.aws_partition', 'partition', 'partition');
      const region = ref(full, 'data.aws_region', 'region', 'name');
      const account = ref(full, 'data.aws_caller_identity', 'account', 'account_id');
      const bus = `arn:${partition}:events:${region}:${account}:event-bus/default`;
      expect(target).toMatchObject({ provider: 'aws.us_east_1', arn: bus });
      expect(target.role_arn).toBe(ref(full, 'aws_iam_role', 'forward-role', 'arn'));
      expect(policyStatements(full, 'forward-policy')).toEqual([
        expect.objectContaining({ actions: ['events:PutEvents'], resources: [bus] }),
      ]);
    });

    it('subscribes to Config’s topic and reads its queue, with the queue’s receive actions on that queue only', () => {
      expect(full.resource('aws_sns_topic_subscription', 'config-topic').values).toMatchObject({
        topic_arn: TOPIC,
        protocol: 'lambda',
        endpoint: ref(full, 'aws_lambda_function', 'function', 'arn'),
      });
      expect(full.resource('aws_lambda_permission', 'config-topic').values).toMatchObject({
        principal: 'sns.amazonaws.com',
        source_arn: TOPIC,
      });
      expect(full.resource('aws_lambda_event_source_mapping').values).toMatchObject({
        event_source_arn: QUEUE,
        batch_size: 10,
      });
      expect(policyStatements(full, 'policy').find((s) => s.sid === 'ReceiveConfigNotifications')).toEqual(
        expect.objectContaining({
          actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
          resources: [QUEUE],
        }),
      );
    });

    it('lets the sweep write its HTML report under the report prefix only, encrypted with the report key', () => {
      const env = (
        full.resource('aws_lambda_function').values.environment as { variables: Record<string, string> }
      ).variables;
      expect(env).toMatchObject({
        REPORT_BUCKET: 'acme-drift-reports',
        REPORT_PREFIX: 'drift-reports/',
        REPORT_KMS_KEY_ARN: REPORT_KEY,
      });
      const statements = policyStatements(full, 'policy');
      const partition = ref(full, 'data.aws_partition', 'partition', 'partition');
      expect(statements.find((s) => s.sid === 'WriteHtmlReports')).toMatchObject({
        actions: ['s3:PutObject'],
        resources: [`arn:${partition}:s3:::acme-drift-reports/drift-reports/*`],
      });
      expect(statements.find((s) => s.sid === 'EncryptHtmlReports')).toMatchObject({
        actions: ['kms:GenerateDataKey'],
        resources: [REPORT_KEY],
        condition: [{ variable: 'kms:ViaService' }],
      });
      expect(() => synth({ reportPrefix: 'x/' })).toThrow(
        /reportPrefix and reportKmsKeyArn need reportBucket/,
      );
    });

    it('reads AWS Config only when told to, and refuses a type it cannot read', () => {
      const configOnly = synth({ otherLiveTypes: [] });
      expect(configOnly.resources('aws_cloudwatch_event_rule')).toHaveLength(1);
      const sids = policyStatements(configOnly, 'policy').map((s) => s.sid);
      expect(sids).not.toContain('ReadThroughCloudControl');
      expect(sids).not.toContain('ReadTypesBesideConfig');
      const logsOnly = policyStatements(synth({ otherLiveTypes: ['AWS::Logs::LogGroup'] }), 'policy');
      expect(logsOnly.find((s) => s.sid === 'ReadTypesBesideConfig')?.actions).toEqual([
        ...CLOUD_CONTROL_READ_PERMISSIONS['AWS::Logs::LogGroup'].actions,
      ]);
      expect(() => synth({ otherLiveTypes: ['AWS::EC2::VPCEndpoint'] })).toThrow(
        /otherLiveTypes must be types the drift engine reads through Cloud Control or directly .* got "AWS::EC2::VPCEndpoint"/,
      );
    });

    itPassesTerraform('passes terraform validate and a mock apply with every option', () => [
      { name: 'beside_config', config: full.json },
    ]);
  });

  itPassesTerraform('passes terraform validate and a mock apply', () => [
    { name: 'defaults', config: stack.json },
    { name: 'readme', config: readme.json },
    {
      name: 'encrypted_buckets',
      config: synth({
        bucketKmsKeyArns: ['arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555'],
        alertEmails: [],
        alertHttpsEndpoints: [],
      }).json,
    },
  ]);
});
