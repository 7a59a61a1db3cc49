import {
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  GetResourceConfigHistoryCommand,
  ListDiscoveredResourcesCommand,
  PutEvaluationsCommand,
  ResourceNotDiscoveredException,
} from '@aws-sdk/client-config-service';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { mockClient } from 'aws-sdk-client-mock';
import { MAX_ANNOTATION } from './sinks/drift-summary';
import { DRIFT_DETAIL_TYPE } from './sinks/drift-events';
import { JSON_REPORT_MARKER } from './sinks/sns-alert';
import { FakeChecks, FakeDesired } from './test-support/fake-engine';
import {
  EVENTBRIDGE_SQS,
  RULE_CHANGE_SG,
  RULE_OVERSIZED,
  RULE_SCHEDULED,
  editInvokingEvent,
  fixture,
} from './test-support/fixtures';
import { harness } from './test-support/handler-harness';

const configMock = mockClient(ConfigServiceClient);
const snsMock = mockClient(SNSClient);
const eventsMock = mockClient(EventBridgeClient);

beforeEach(() => {
  configMock.reset();
  snsMock.reset();
  eventsMock.reset();
  configMock.on(PutEvaluationsCommand).resolves({ FailedEvaluations: [] });
  snsMock.on(PublishCommand).resolves({ MessageId: 'm-1' });
  eventsMock.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] });
});

afterEach(() => jest.restoreAllMocks());

const clients = () => ({
  // Five attempts, as with Config's unprocessed keys: retried through the SDK strategy, without waiting.
  config: new ConfigServiceClient({
    region: 'eu-west-1',
    retryStrategy: new ConfiguredRetryStrategy(5, () => 0),
  }),
  sns: new SNSClient({ region: 'eu-west-1' }),
  events: new EventBridgeClient({ region: 'eu-west-1' }),
});

const SG: FakeDesired = {
  resourceType: 'AWS::EC2::SecurityGroup',
  resourceId: 'sg-e2fb6999',
  stack: 'network-dev',
  address: 'aws_security_group.ssh',
  expected: { groupName: 'sg_open_ssh', description: 'open ssh' },
};
const SG_DRIFTED: FakeDesired = {
  ...SG,
  expected: { groupName: 'sg_open_ssh', description: 'bastion ingress only' },
};
const QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/644160558196/config-changes';
const QUEUE: FakeDesired = {
  resourceType: 'AWS::SQS::Queue',
  resourceId: QUEUE_URL,
  stack: 'app-dev',
  address: 'aws_sqs_queue.changes',
  expected: { VisibilityTimeout: '60' },
};

function evaluationsSent() {
  return configMock.commandCalls(PutEvaluationsCommand).flatMap((c) => c.args[0].input.Evaluations ?? []);
}

describe('custom Config rule, change-triggered', () => {
  it('reports COMPLIANT for an item that matches the IaC, with the result token and the capture time', async () => {
    const h = harness([SG], clients());
    const event = fixture(RULE_CHANGE_SG);
    const outcome = await h.handler(event);

    expect(outcome).toMatchObject({ outcome: 'checked', itemsEvaluated: 1, drifted: 0, evaluationsSent: 1 });
    const [call] = configMock.commandCalls(PutEvaluationsCommand);
    expect(call.args[0].input.ResultToken).toBe(event.resultToken);
    expect(call.args[0].input.Evaluations).toEqual([
      {
        ComplianceResourceType: 'AWS::EC2::SecurityGroup',
        ComplianceResourceId: 'sg-e2fb6999',
        ComplianceType: 'COMPLIANT',
        Annotation: expect.stringContaining('network-dev/aws_security_group.ssh'),
        OrderingTimestamp: new Date('2017-11-27T14:26:11.300Z'),
      },
    ]);
    expect(h.metrics.get('ItemsEvaluated')).toBe(1);
    expect(snsMock.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('reports NON_COMPLIANT with an annotation naming the difference, and leaves alerting to EventBridge events', async () => {
    const h = harness([SG_DRIFTED], clients());
    const outcome = await h.handler(fixture(RULE_CHANGE_SG));

    expect(outcome).toMatchObject({ drifted: 1, alertsSent: 0 });
    const [evaluation] = evaluationsSent();
    expect(evaluation.ComplianceType).toBe('NON_COMPLIANT');
    expect(evaluation.Annotation).toContain('description: "bastion ingress only" → "open ssh"');
    expect(evaluation.Annotation!.length).toBeLessThanOrEqual(MAX_ANNOTATION);
    expect(h.metrics.get('DriftDetected')).toBe(1);
    expect(snsMock.commandCalls(PublishCommand)).toHaveLength(0);
    expect(eventsMock.commandCalls(PutEventsCommand)).toHaveLength(0);
  });

  it('keeps the annotation within 256 characters when many properties drifted', async () => {
    const expected = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`property${i}WithAFairlyLongName`, 'x'.repeat(80)]),
    );
    const h = harness([{ ...SG, expected }], clients());
    await h.handler(fixture(RULE_CHANGE_SG));
    const [evaluation] = evaluationsSent();
    expect(evaluation.Annotation!.length).toBeLessThanOrEqual(MAX_ANNOTATION);
    expect(evaluation.Annotation).toMatch(/^40 drifted .*\+\d+ more$/);
  });

  it('reports NOT_APPLICABLE without comparing when the resource left the rule scope', async () => {
    const h = harness([SG_DRIFTED], clients());
    const outcome = await h.handler({ ...fixture(RULE_CHANGE_SG), eventLeftScope: true });

    expect(outcome.reason).toBe('eventLeftScope');
    expect(evaluationsSent()).toEqual([
      expect.objectContaining({ ComplianceType: 'NOT_APPLICABLE', ComplianceResourceId: 'sg-e2fb6999' }),
    ]);
    expect(h.checks.checkItemCalls).toBe(0);
  });

  it('reports NOT_APPLICABLE for a deleted resource that no stack manages', async () => {
    const h = harness([], clients());
    const event = editInvokingEvent(fixture(RULE_CHANGE_SG), (inv) => {
      (inv.configurationItem as Record<string, unknown>).configurationItemStatus = 'ResourceDeleted';
      (inv.configurationItem as Record<string, unknown>).configuration = null;
    });
    const outcome = await h.handler(event);
    expect(outcome.reason).toBe('deleted and unmanaged');
    expect(evaluationsSent()).toEqual([
      expect.objectContaining({
        ComplianceType: 'NOT_APPLICABLE',
        Annotation: 'Deleted, and not managed by any stack',
      }),
    ]);
  });

  it('reports NON_COMPLIANT for a deleted resource that a stack manages', async () => {
    const h = harness([SG], clients());
    const event = editInvokingEvent(fixture(RULE_CHANGE_SG), (inv) => {
      (inv.configurationItem as Record<string, unknown>).configurationItemStatus = 'ResourceDeleted';
    });
    await h.handler(event);
    expect(evaluationsSent()).toEqual([
      expect.objectContaining({
        ComplianceType: 'NON_COMPLIANT',
        Annotation: expect.stringMatching(/^Deleted outside the IaC/),
      }),
    ]);
  });

  it('reports NOT_APPLICABLE for a live resource that no stack manages', async () => {
    const h = harness([], clients());
    await h.handler(fixture(RULE_CHANGE_SG));
    expect(evaluationsSent()).toEqual([
      expect.objectContaining({ ComplianceType: 'NOT_APPLICABLE', Annotation: 'Not managed by any stack' }),
    ]);
  });
});

describe('custom Config rule, oversized', () => {
  const apiItem = {
    version: '1.3',
    accountId: '123456789012',
    configurationItemCaptureTime: new Date('2016-10-06T16:46:16.261Z'),
    configurationItemStatus: 'OK' as const,
    arn: 'arn:aws:ec2:us-west-2:123456789012:instance/i-00000000',
    resourceType: 'AWS::EC2::Instance' as const,
    resourceId: 'i-00000000',
    awsRegion: 'us-west-2',
    configuration: JSON.stringify({ instanceType: 't3.large' }),
    supplementaryConfiguration: {},
  };
  const INSTANCE: FakeDesired = {
    resourceType: 'AWS::EC2::Instance',
    resourceId: 'i-00000000',
    stack: 'app-dev',
    address: 'aws_instance.web',
    expected: { instanceType: 't3.micro' },
  };

  it('fetches the full item with GetResourceConfigHistory and evaluates the API form', async () => {
    configMock.on(GetResourceConfigHistoryCommand).resolves({ configurationItems: [apiItem] });
    const h = harness([INSTANCE], clients());
    const outcome = await h.handler(fixture(RULE_OVERSIZED));

    expect(configMock.commandCalls(GetResourceConfigHistoryCommand)[0].args[0].input).toEqual({
      resourceType: 'AWS::EC2::Instance',
      resourceId: 'i-00000000',
      limit: 1,
    });
    expect(outcome).toMatchObject({ drifted: 1, evaluationsSent: 1 });
    expect(evaluationsSent()).toEqual([
      expect.objectContaining({
        ComplianceType: 'NON_COMPLIANT',
        Annotation: expect.stringContaining('instanceType: "t3.micro" → "t3.large"'),
        OrderingTimestamp: new Date('2016-10-06T16:46:16.261Z'),
      }),
    ]);
  });

  it('reports NOT_APPLICABLE when Config no longer knows the resource', async () => {
    configMock
      .on(GetResourceConfigHistoryCommand)
      .rejects(new ResourceNotDiscoveredException({ message: 'gone', $metadata: {} }));
    const h = harness([INSTANCE], clients());
    const outcome = await h.handler(fixture(RULE_OVERSIZED));
    expect(outcome.reason).toBe('not recorded');
    expect(evaluationsSent()).toEqual([expect.objectContaining({ ComplianceType: 'NOT_APPLICABLE' })]);
  });
});

describe('custom Config rule, scheduled sweep', () => {
  const bucketIds = Array.from({ length: 150 }, (_, i) => `bucket-${String(i).padStart(3, '0')}`);
  const desired: FakeDesired[] = [
    ...bucketIds.slice(0, 120).map((id) => ({
      resourceType: 'AWS::S3::Bucket',
      resourceId: id,
      stack: 'data-dev',
      address: `aws_s3_bucket.b${id.slice(-3)}`,
      expected: { versioning: id === 'bucket-007' ? 'Enabled' : 'Suspended' },
    })),
    {
      resourceType: 'AWS::S3::Bucket',
      resourceId: 'bucket-gone',
      stack: 'data-dev',
      address: 'aws_s3_bucket.gone',
      expected: {},
    },
  ];
  const batchItem = (id: string) => ({
    resourceType: 'AWS::S3::Bucket' as const,
    resourceId: id,
    resourceName: id,
    arn: `arn:aws:s3:::${id}`,
    accountId: '644160558196',
    awsRegion: 'us-east-1',
    configurationItemCaptureTime: new Date('2020-05-03T13:00:00.000Z'),
    configurationItemStatus: 'OK' as const,
    configuration: JSON.stringify({ versioning: 'Suspended' }),
  });

  beforeEach(() => {
    const keys = bucketIds.map((resourceId) => ({ resourceType: 'AWS::S3::Bucket' as const, resourceId }));
    configMock
      .on(ListDiscoveredResourcesCommand, { resourceType: 'AWS::S3::Bucket', nextToken: undefined })
      .resolves({ resourceIdentifiers: keys.slice(0, 100), nextToken: 'page-2' })
      .on(ListDiscoveredResourcesCommand, { resourceType: 'AWS::S3::Bucket', nextToken: 'page-2' })
      .resolves({ resourceIdentifiers: keys.slice(100) })
      .on(ListDiscoveredResourcesCommand, { resourceType: 'AWS::EC2::SecurityGroup' })
      .resolves({ resourceIdentifiers: [] });
    let first = true;
    configMock
      .on(BatchGetResourceConfigCommand)
      .callsFake((input: { resourceKeys: { resourceId: string }[] }) => {
        // The first call leaves two keys unprocessed, as Config does under load.
        const keysIn = input.resourceKeys;
        const done = first ? keysIn.slice(0, -2) : keysIn;
        const left = first ? keysIn.slice(-2) : [];
        first = false;
        return {
          baseConfigurationItems: done.map((k) => batchItem(k.resourceId)),
          unprocessedResourceKeys: left,
        };
      });
  });

  it('lists every adapted type, batch-gets by 100, and evaluates every resource in calls of at most 100', async () => {
    const h = harness(desired, clients());
    const event = fixture(RULE_SCHEDULED);
    const outcome = await h.handler(event);

    expect(
      configMock.commandCalls(ListDiscoveredResourcesCommand).map((c) => c.args[0].input.resourceType),
    ).toEqual(['AWS::EC2::SecurityGroup', 'AWS::S3::Bucket', 'AWS::S3::Bucket']);
    const batches = configMock
      .commandCalls(BatchGetResourceConfigCommand)
      .map((c) => c.args[0].input.resourceKeys!.length);
    expect(batches).toEqual([100, 2, 50]);
    expect(outcome.itemsEvaluated).toBe(150);

    const calls = configMock.commandCalls(PutEvaluationsCommand);
    expect(calls.map((c) => c.args[0].input.Evaluations!.length)).toEqual([100, 51]);
    for (const c of calls) expect(c.args[0].input.ResultToken).toBe(event.resultToken);
    const byId = new Map(evaluationsSent().map((e) => [e.ComplianceResourceId, e]));
    expect(byId.get('bucket-000')).toMatchObject({
      ComplianceType: 'COMPLIANT',
      OrderingTimestamp: new Date('2020-05-03T13:00:00.000Z'),
    });
    expect(byId.get('bucket-007')).toMatchObject({ ComplianceType: 'NON_COMPLIANT' });
    expect(byId.get('bucket-140')).toMatchObject({ ComplianceType: 'NOT_APPLICABLE' });
    // No live item: DELETED, ordered at the scheduled notification's time.
    expect(byId.get('bucket-gone')).toMatchObject({
      ComplianceType: 'NON_COMPLIANT',
      OrderingTimestamp: new Date('2020-05-03T13:55:44.576Z'),
    });
  });

  it('alerts once per drifted resource on SNS and EventBridge, before acknowledging with PutEvaluations', async () => {
    const h = harness(desired, clients());
    const order: string[] = [];
    snsMock.on(PublishCommand).callsFake(() => (order.push('sns'), { MessageId: 'm' }));
    eventsMock.on(PutEventsCommand).callsFake(() => (order.push('events'), { FailedEntryCount: 0 }));
    configMock.on(PutEvaluationsCommand).callsFake(() => (order.push('config'), { FailedEvaluations: [] }));

    const outcome = await h.handler(fixture(RULE_SCHEDULED));
    expect(outcome).toMatchObject({ drifted: 2, alertsSent: 2 });
    expect(order).toEqual(['events', 'sns', 'sns', 'config', 'config']);
    const subjects = snsMock.commandCalls(PublishCommand).map((c) => c.args[0].input.Subject);
    expect(subjects).toEqual([
      'Drift MODIFIED: AWS::S3::Bucket bucket-007 (data-dev)',
      'Drift DELETED: AWS::S3::Bucket bucket-gone (data-dev)',
    ]);
    expect(h.metrics.get('DriftDetected')).toBe(2);
  });

  it('throws when Config keeps leaving keys unprocessed, and acknowledges nothing', async () => {
    configMock.on(BatchGetResourceConfigCommand).resolves({
      baseConfigurationItems: [],
      unprocessedResourceKeys: [{ resourceType: 'AWS::S3::Bucket', resourceId: 'bucket-000' }],
    });
    const h = harness(desired, clients());
    await expect(h.handler(fixture(RULE_SCHEDULED))).rejects.toThrow(/unprocessed after 5 attempts/);
    expect(configMock.commandCalls(PutEvaluationsCommand)).toHaveLength(0);
    expect(h.metrics.get('Errors')).toBe(1);
  });

  it('sweeps only the configured types when SWEEP_RESOURCE_TYPES is set', async () => {
    const h = harness(desired, clients(), { sweepTypes: ['AWS::EC2::SecurityGroup'] });
    await h.handler(fixture(RULE_SCHEDULED));
    expect(
      configMock.commandCalls(ListDiscoveredResourcesCommand).map((c) => c.args[0].input.resourceType),
    ).toEqual(['AWS::EC2::SecurityGroup']);
  });
});

describe('EventBridge "Config Configuration Item Change"', () => {
  it('alerts on drift through SNS and EventBridge, and sends no evaluations', async () => {
    const h = harness([QUEUE], clients());
    const outcome = await h.handler(fixture(EVENTBRIDGE_SQS));

    expect(outcome).toMatchObject({ drifted: 1, alertsSent: 1, evaluationsSent: 0 });
    expect(configMock.commandCalls(PutEvaluationsCommand)).toHaveLength(0);

    const publish = snsMock.commandCalls(PublishCommand)[0].args[0].input;
    expect(publish.TopicArn).toBe('arn:aws:sns:eu-west-1:123456789012:groundwork-drift');
    expect(publish.Subject).toBe('Drift MODIFIED: AWS::SQS::Queue config-changes (app-dev)');
    expect(publish.Subject!.length).toBeLessThanOrEqual(100);
    expect(publish.Message).toContain('~ VisibilityTimeout: "60" → "30"');
    expect(publish.Message).toContain('Construct:  app-dev/aws_sqs_queue.changes');
    const json = JSON.parse(publish.Message!.split(`${JSON_REPORT_MARKER}\n`)[1]);
    expect(json).toMatchObject({
      schemaVersion: 1,
      status: 'MODIFIED',
      resourceId: QUEUE_URL,
      differences: [{ path: 'VisibilityTimeout', expected: '60', actual: '30', type: 'NOT_EQUAL' }],
    });
    expect(publish.MessageAttributes?.status).toEqual({ DataType: 'String', StringValue: 'MODIFIED' });

    const entries = eventsMock.commandCalls(PutEventsCommand)[0].args[0].input.Entries!;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      Source: 'groundwork.drift',
      DetailType: DRIFT_DETAIL_TYPE,
      EventBusName: 'groundwork-drift',
      Resources: ['arn:aws:sqs:us-east-1:662108712480:config-changes'],
    });
    expect(JSON.parse(entries[0].Detail!)).toMatchObject({
      status: 'MODIFIED',
      stack: 'app-dev',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('does not page twice for the same drift within the window, but does after it', async () => {
    const h = harness([QUEUE], clients());
    await h.handler(fixture(EVENTBRIDGE_SQS));
    h.clock += 30 * 60_000;
    const second = await h.handler(fixture(EVENTBRIDGE_SQS));
    expect(second).toMatchObject({ alertsSent: 0, alertsSuppressed: 1 });
    expect(snsMock.commandCalls(PublishCommand)).toHaveLength(1);
    expect(eventsMock.commandCalls(PutEventsCommand)).toHaveLength(2);

    h.clock += 31 * 60_000;
    await h.handler(fixture(EVENTBRIDGE_SQS));
    expect(snsMock.commandCalls(PublishCommand)).toHaveLength(2);
  });

  it('pages again when the drift changes', async () => {
    const h = harness([QUEUE], clients());
    await h.handler(fixture(EVENTBRIDGE_SQS));
    const changed = fixture<{ detail: { configurationItem: { configuration: Record<string, string> } } }>(
      EVENTBRIDGE_SQS,
    );
    changed.detail.configurationItem.configuration.VisibilityTimeout = '45';
    await h.handler(changed);
    expect(snsMock.commandCalls(PublishCommand)).toHaveLength(2);
  });

  it('confirms drift against freshly checked IaC before alerting: a change a deploy just published is no drift', async () => {
    const cached = new FakeChecks([QUEUE]);
    const published = new FakeChecks([{ ...QUEUE, expected: { VisibilityTimeout: '30' } }]);
    const asked: boolean[] = [];
    const h = harness(
      [QUEUE],
      clients(),
      {},
      {
        checks: async (options) => {
          asked.push(options?.fresh === true);
          return options?.fresh ? published : cached;
        },
      },
    );
    const outcome = await h.handler(fixture(EVENTBRIDGE_SQS));
    expect(asked).toEqual([false, true]);
    expect(outcome).toMatchObject({ outcome: 'checked', drifted: 0 });
    expect(snsMock.calls()).toHaveLength(0);
    expect(eventsMock.calls()).toHaveLength(0);
  });

  it('sends nothing for an item in sync', async () => {
    const h = harness([{ ...QUEUE, expected: { VisibilityTimeout: '30' } }], clients());
    const outcome = await h.handler(fixture(EVENTBRIDGE_SQS));
    expect(outcome).toMatchObject({ outcome: 'checked', drifted: 0 });
    expect(snsMock.calls()).toHaveLength(0);
    expect(eventsMock.calls()).toHaveLength(0);
  });

  it('fetches oversized items from history before alerting', async () => {
    configMock.on(GetResourceConfigHistoryCommand).resolves({
      configurationItems: [
        {
          resourceType: 'AWS::SQS::Queue',
          resourceId: QUEUE_URL,
          arn: 'arn:aws:sqs:us-east-1:644160558196:config-changes',
          configurationItemCaptureTime: new Date('2020-10-06T22:39:22.579Z'),
          configurationItemStatus: 'OK',
          configuration: JSON.stringify({ VisibilityTimeout: '30' }),
        },
      ],
    });
    const event = fixture<Record<string, unknown> & { detail: Record<string, unknown> }>(EVENTBRIDGE_SQS);
    const {
      configuration: _c,
      supplementaryConfiguration: _s,
      relationships: _r,
      tags: _t,
      ...summary
    } = event.detail.configurationItem as Record<string, unknown>;
    const oversized = {
      ...event,
      detail: {
        messageType: 'OversizedConfigurationItemChangeNotification',
        configurationItemSummary: summary,
      },
    };
    const outcome = await h().handler(oversized);
    expect(outcome).toMatchObject({ drifted: 1, alertsSent: 1 });
    expect(snsMock.commandCalls(PublishCommand)[0].args[0].input.Message).toContain(
      'ARN:        arn:aws:sqs:us-east-1:644160558196:config-changes',
    );

    function h() {
      return harness([QUEUE], clients());
    }
  });

  it('skips a sink whose target is not configured', async () => {
    const h = harness([QUEUE], clients(), { topicArn: null, eventBusName: null });
    const outcome = await h.handler(fixture(EVENTBRIDGE_SQS));
    expect(outcome).toMatchObject({ drifted: 1, alertsSent: 0 });
    expect(snsMock.calls()).toHaveLength(0);
    expect(eventsMock.calls()).toHaveLength(0);
  });
});

describe('malformed and unreadable input', () => {
  it.each([
    ['null', null],
    ['a string', 'hello'],
    [
      'an unrelated EventBridge event',
      { 'detail-type': 'EC2 Instance State-change Notification', source: 'aws.ec2', detail: {} },
    ],
    [
      'invokingEvent that is not JSON',
      { ...fixture(RULE_CHANGE_SG), invokingEvent: '{"configurationItem":' },
    ],
    ['a rule invocation without resultToken', { invokingEvent: fixture(RULE_CHANGE_SG).invokingEvent }],
    [
      'an item without resourceId',
      editInvokingEvent(
        fixture(RULE_CHANGE_SG),
        (i) => delete (i.configurationItem as Record<string, unknown>).resourceId,
      ),
    ],
  ])('drops %s with a logged reason, no alert, no throw', async (_name, event) => {
    const h = harness([SG_DRIFTED], clients());
    const outcome = await h.handler(event);
    expect(outcome.outcome).toBe('ignored');
    expect(outcome.reason).toEqual(expect.any(String));
    expect(h.logs).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'Malformed event dropped' }),
    );
    expect(h.metrics.get('Errors')).toBe(1);
    expect([...configMock.calls(), ...snsMock.calls(), ...eventsMock.calls()]).toHaveLength(0);
  });

  it('drops an item the engine cannot read instead of retrying it forever', async () => {
    const h = harness([SG], clients());
    jest.spyOn(h.engine, 'fromEventItem').mockImplementation(() => {
      throw new Error('configuration.ipPermissions[0] must be an object');
    });
    const outcome = await h.handler(fixture(RULE_CHANGE_SG));
    expect(outcome).toMatchObject({ outcome: 'ignored', reason: expect.stringContaining('ipPermissions') });
    expect(h.metrics.get('Errors')).toBe(1);
  });
});

describe('failures of AWS calls', () => {
  it('throws when SNS fails, before acknowledging the sweep, and does not remember the fingerprint', async () => {
    configMock.on(ListDiscoveredResourcesCommand).resolves({ resourceIdentifiers: [] });
    snsMock
      .on(PublishCommand)
      .rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    const h = harness([SG], clients());
    await expect(h.handler(fixture(RULE_SCHEDULED))).rejects.toThrow('Rate exceeded');
    expect(configMock.commandCalls(PutEvaluationsCommand)).toHaveLength(0);
    expect(h.fingerprints.size).toBe(0);
    expect(h.metrics.get('Errors')).toBe(1);
  });

  it('throws when EventBridge accepts the call but fails an entry', async () => {
    eventsMock.on(PutEventsCommand).resolves({
      FailedEntryCount: 1,
      Entries: [{ ErrorCode: 'ThrottlingException', ErrorMessage: 'slow down' }],
    });
    const h = harness([QUEUE], clients());
    await expect(h.handler(fixture(EVENTBRIDGE_SQS))).rejects.toThrow('ThrottlingException: slow down');
  });

  it('logs evaluations that Config refuses without throwing (a retry would be refused again)', async () => {
    configMock.on(PutEvaluationsCommand).resolves({
      FailedEvaluations: [
        {
          ComplianceResourceType: 'AWS::EC2::SecurityGroup',
          ComplianceResourceId: 'sg-e2fb6999',
          ComplianceType: 'COMPLIANT',
          OrderingTimestamp: new Date(),
        },
      ],
    });
    const h = harness([SG], clients());
    await expect(h.handler(fixture(RULE_CHANGE_SG))).resolves.toMatchObject({ outcome: 'checked' });
    expect(h.metrics.get('Errors')).toBe(1);
    expect(h.logs).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'AWS Config refused evaluations' }),
    );
  });
});
