import { awsConfigExample } from '../fixtures/load-fixture';
import { classifyConfigEvent, readConfigEvent } from './read-config-event';
import { parseLive } from './parse-live';

type Event = Record<string, unknown>;
const RULE_CHANGE_SG = 'custodian-rule-event-ConfigurationItemChangeNotification-security-group.json';
const RULE_CHANGE_EC2 = 'awsdocs-rule-event-ConfigurationItemChangeNotification-ec2-instance.json';
const RULE_CHANGE_ELB =
  'custodian-rule-event-ConfigurationItemChangeNotification-elbv2-loadbalancer-with-diff.json';
const RULE_OVERSIZED = 'awsdocs-rule-event-OversizedConfigurationItemChangeNotification-ec2-instance.json';
const RULE_SCHEDULED_DOCS = 'awsdocs-rule-event-ScheduledNotification.json';
const RULE_SCHEDULED = 'custodian-rule-event-ScheduledNotification.json';
const EVENTBRIDGE_SQS = 'custodian-eventbridge-ConfigConfigurationItemChange-sqs-queue.json';
const INVOKING_EVENT_ONLY_S3 = 'custodian-rule-invokingEvent-only-s3-bucket.json';

const example = (name: string) => awsConfigExample(name) as Event;

/** The rule invocation with its invokingEvent parsed, changed by `edit`, and serialized again. */
function editInvoking(event: Event, edit: (invoking: Event) => void): Event {
  const invoking = JSON.parse(event.invokingEvent as string) as Event;
  edit(invoking);
  return { ...event, invokingEvent: JSON.stringify(invoking) };
}
const editItem = (event: Event, edit: (item: Event) => void) =>
  editInvoking(event, (i) => edit(i.configurationItem as Event));

describe('classifyConfigEvent on captured events', () => {
  it.each([
    [RULE_CHANGE_SG, 'AWS::EC2::SecurityGroup', 'sg-e2fb6999'],
    [RULE_CHANGE_EC2, 'AWS::EC2::Instance', 'i-00000000'],
    [
      RULE_CHANGE_ELB,
      'AWS::ElasticLoadBalancingV2::LoadBalancer',
      'arn:aws:elasticloadbalancing:us-east-1:644160558196:loadbalancer/app/test/7299960b1f36557d',
    ],
  ])('%s is a change-triggered rule invocation', (file, resourceType, resourceId) => {
    const event = example(file);
    expect(classifyConfigEvent(event)).toMatchObject({
      kind: 'item-change',
      rule: { resultToken: event.resultToken, eventLeftScope: false, configRuleName: event.configRuleName },
      item: { resourceType, resourceId },
    });
  });

  it('reads an oversized rule invocation as the summary to fetch', () => {
    expect(classifyConfigEvent(example(RULE_OVERSIZED))).toMatchObject({
      kind: 'oversized',
      rule: { resultToken: 'myResultToken' },
      summary: {
        resourceType: 'AWS::EC2::Instance',
        resourceId: 'i-00000000',
        configurationItemCaptureTime: '2016-10-06T16:46:16.261Z',
        ARN: 'arn:aws:ec2:us-west-2:123456789012:instance/i-00000000',
      },
    });
  });

  it.each([
    [RULE_SCHEDULED_DOCS, '2016-07-13T21:50:00.373Z'],
    [RULE_SCHEDULED, '2020-05-03T13:55:44.576Z'],
  ])('%s is a scheduled invocation', (file, time) => {
    expect(classifyConfigEvent(example(file))).toEqual({
      kind: 'scheduled',
      rule: expect.objectContaining({ eventLeftScope: false }),
      notificationCreationTime: time,
    });
  });

  it('reads an EventBridge change event, whose detail is an object, with no rule to answer', () => {
    expect(classifyConfigEvent(example(EVENTBRIDGE_SQS))).toMatchObject({
      kind: 'item-change',
      rule: null,
      item: { resourceType: 'AWS::SQS::Queue', configurationItemStatus: 'ResourceDiscovered' },
    });
  });

  it('reads an EventBridge oversized change as the summary to fetch', () => {
    const event = example(EVENTBRIDGE_SQS);
    const {
      configuration: _c,
      relationships: _r,
      ...summary
    } = (event.detail as Event).configurationItem as Event;
    expect(
      classifyConfigEvent({
        ...event,
        detail: {
          messageType: 'OversizedConfigurationItemChangeNotification',
          configurationItemSummary: summary,
        },
      }),
    ).toMatchObject({ kind: 'oversized', rule: null, summary: { resourceType: 'AWS::SQS::Queue' } });
  });

  it('carries eventLeftScope through, and reads a missing one as false', () => {
    expect(classifyConfigEvent({ ...example(RULE_CHANGE_SG), eventLeftScope: true })).toMatchObject({
      rule: { eventLeftScope: true },
    });
    const { eventLeftScope: _omit, ...event } = example(RULE_CHANGE_SG);
    expect(classifyConfigEvent(event)).toMatchObject({ rule: { eventLeftScope: false } });
  });

  it('reads what was serialized once more on the way as the event itself', () => {
    const event = example(RULE_CHANGE_SG);
    const decoded = { ...event, invokingEvent: JSON.parse(event.invokingEvent as string) };
    expect(classifyConfigEvent(decoded)).toEqual(classifyConfigEvent(event));
    const bridge = example(EVENTBRIDGE_SQS);
    expect(classifyConfigEvent({ ...bridge, detail: JSON.stringify(bridge.detail) })).toEqual(
      classifyConfigEvent(bridge),
    );
  });
});

describe('classifyConfigEvent on malformed events', () => {
  const sg = () => example(RULE_CHANGE_SG);
  it.each<[string, unknown, string]>([
    ['undefined', undefined, 'event: /: expected an AWS Config event object, got nothing'],
    ['an array', [], 'event: /: expected an AWS Config event object, got an array'],
    [
      'an unrelated event',
      { hello: 'world' },
      'event: /: expected a custom Config rule invocation (with invokingEvent) or an EventBridge "Config Configuration Item Change" event, got an object',
    ],
    [
      'a rule invocation cut down to its invokingEvent: no result token to answer with',
      example(INVOKING_EVENT_ONLY_S3),
      'event: /resultToken: expected a non-empty string, got nothing',
    ],
    [
      'an empty result token',
      { ...sg(), resultToken: '' },
      'event: /resultToken: expected a non-empty string, got ""',
    ],
    [
      'invokingEvent that is not JSON',
      { ...sg(), invokingEvent: '{"configurationItem":' },
      'event: /invokingEvent: expected a JSON object (or a string of one), got "{"configurationItem":"',
    ],
    [
      'invokingEvent JSON null',
      { ...sg(), invokingEvent: 'null' },
      'event: /invokingEvent: expected a JSON object (or a string of one), got "null"',
    ],
    [
      'eventLeftScope as a string',
      { ...sg(), eventLeftScope: 'false' },
      'event: /eventLeftScope: expected a boolean, got "false"',
    ],
    [
      'an unknown messageType',
      editInvoking(sg(), (i) => (i.messageType = 'ComplianceChangeNotification')),
      'event: /invokingEvent/messageType: expected ConfigurationItemChangeNotification, OversizedConfigurationItemChangeNotification or ScheduledNotification, got "ComplianceChangeNotification"',
    ],
    [
      'an item that is not an object',
      editInvoking(sg(), (i) => (i.configurationItem = 'sg-e2fb6999')),
      'event: /invokingEvent/configurationItem: expected a configuration item object, got "sg-e2fb6999"',
    ],
    [
      'an item without resourceId',
      editItem(sg(), (item) => delete item.resourceId),
      'event: /invokingEvent/configurationItem/resourceId: expected a non-empty string, got nothing',
    ],
    [
      'a bad capture time',
      editItem(sg(), (item) => (item.configurationItemCaptureTime = 'yesterday')),
      'event: /invokingEvent/configurationItem/configurationItemCaptureTime: expected an ISO 8601 timestamp, got "yesterday"',
    ],
    [
      'an unknown status',
      editItem(sg(), (item) => (item.configurationItemStatus = 'Gone')),
      'event: /invokingEvent/configurationItem/configurationItemStatus: expected one of OK, ResourceDiscovered, ResourceNotRecorded, ResourceDeleted, ResourceDeletedNotRecorded, got "Gone"',
    ],
    [
      'tags that are no map',
      editItem(sg(), (item) => (item.tags = ['Name'])),
      'event: /invokingEvent/configurationItem/tags: expected a tag map, got an array',
    ],
    [
      'a resource id longer than Config accepts',
      editItem(sg(), (item) => (item.resourceId = 'x'.repeat(769))),
      'event: /invokingEvent/configurationItem/resourceId: expected at most 768 characters, as AWS Config allows, got 769 characters',
    ],
    [
      'an oversized summary without a type',
      editInvoking(example(RULE_OVERSIZED), (i) => delete (i.configurationItemSummary as Event).resourceType),
      'event: /invokingEvent/configurationItemSummary/resourceType: expected a non-empty string, got nothing',
    ],
    [
      'a scheduled invocation without a time',
      editInvoking(example(RULE_SCHEDULED), (i) => delete i.notificationCreationTime),
      'event: /invokingEvent/notificationCreationTime: expected a non-empty string, got nothing',
    ],
    [
      'an EventBridge event of another detail-type',
      { ...example(EVENTBRIDGE_SQS), 'detail-type': 'EC2 Instance State-change Notification' },
      'event: /detail-type: expected "Config Configuration Item Change", got "EC2 Instance State-change Notification"',
    ],
    [
      'an EventBridge event from another source',
      { ...example(EVENTBRIDGE_SQS), source: 'custom.app' },
      'event: /source: expected "aws.config", got "custom.app"',
    ],
    [
      'an EventBridge event whose detail is no notification',
      { ...example(EVENTBRIDGE_SQS), detail: 'hello' },
      'event: /detail: expected the Config notification object, got "hello"',
    ],
    [
      'an EventBridge event with a scheduled notification, which only rules receive',
      { ...example(EVENTBRIDGE_SQS), detail: { messageType: 'ScheduledNotification' } },
      'event: /detail/messageType: expected ConfigurationItemChangeNotification or OversizedConfigurationItemChangeNotification, got "ScheduledNotification"',
    ],
  ])('rejects %s with the path and what was expected', (_name, event, reason) => {
    expect(classifyConfigEvent(event)).toEqual({ kind: 'malformed', reason });
  });
});

describe('readConfigEvent', () => {
  it('throws the reason classifyConfigEvent gives, and reads an invokingEvent without its invocation', () => {
    expect(() => readConfigEvent({ hello: 'world' }, 'e.json')).toThrow(
      /^e\.json: \/: expected a custom Config rule invocation/,
    );
    expect(readConfigEvent(example(INVOKING_EVENT_ONLY_S3), 's3.json')).toMatchObject({
      kind: 'item-change',
      rule: null,
      item: { resourceType: 'AWS::S3::Bucket' },
    });
  });

  it('is what parseLive reads from the same event', () => {
    const event = example(RULE_CHANGE_SG);
    const read = readConfigEvent(event, 'sg.json');
    const live = parseLive(event, 'sg.json');
    expect(live.ruleInvocation).toEqual(read.rule);
    expect(read.kind === 'item-change' && read.item.resourceId).toBe(live.items[0].resourceId);
    expect(() => parseLive({ ...event, eventLeftScope: 'yes' }, 'sg.json')).toThrow(
      'sg.json: /eventLeftScope: expected a boolean, got "yes"',
    );
  });
});
