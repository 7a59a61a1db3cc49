import { classifyEvent } from './classify-event';
import {
  EVENTBRIDGE_SQS,
  INVOKING_EVENT_ONLY_S3,
  RULE_CHANGE_EC2,
  RULE_CHANGE_ELB,
  RULE_CHANGE_SG,
  RULE_OVERSIZED,
  RULE_SCHEDULED,
  RULE_SCHEDULED_DOCS,
  editInvokingEvent,
  fixture,
} from '../test-support/fixtures';

describe('classifyEvent on captured events', () => {
  it.each([
    [RULE_CHANGE_SG, 'AWS::EC2::SecurityGroup', 'sg-e2fb6999'],
    [RULE_CHANGE_EC2, 'AWS::EC2::Instance', 'i-00000000'],
    [
      RULE_CHANGE_ELB,
      'AWS::ElasticLoadBalancingV2::LoadBalancer',
      'arn:aws:elasticloadbalancing:us-east-1:644160558196:loadbalancer/app/test/7299960b1f36557d',
    ],
  ])('%s is a change-triggered rule invocation', (file, resourceType, resourceId) => {
    const event = fixture(file);
    const c = classifyEvent(event);
    expect(c).toMatchObject({
      kind: 'item-change',
      rule: { resultToken: event.resultToken, eventLeftScope: false, configRuleName: event.configRuleName },
      item: { resourceType, resourceId },
    });
  });

  it('reads an oversized rule invocation as a summary to fetch', () => {
    expect(classifyEvent(fixture(RULE_OVERSIZED))).toMatchObject({
      kind: 'oversized',
      rule: { resultToken: 'myResultToken' },
      summary: {
        resourceType: 'AWS::EC2::Instance',
        resourceId: 'i-00000000',
        configurationItemCaptureTime: '2016-10-06T16:46:16.261Z',
      },
    });
  });

  it.each([
    [RULE_SCHEDULED_DOCS, '2016-07-13T21:50:00.373Z'],
    [RULE_SCHEDULED, '2020-05-03T13:55:44.576Z'],
  ])('%s is a scheduled invocation', (file, time) => {
    expect(classifyEvent(fixture(file))).toEqual({
      kind: 'scheduled',
      rule: expect.objectContaining({ eventLeftScope: false }),
      notificationCreationTime: new Date(time),
    });
  });

  it('reads an EventBridge change event, whose detail is an object', () => {
    expect(classifyEvent(fixture(EVENTBRIDGE_SQS))).toMatchObject({
      kind: 'item-change',
      rule: null,
      item: { resourceType: 'AWS::SQS::Queue', configurationItemStatus: 'ResourceDiscovered' },
    });
  });

  it('carries eventLeftScope through', () => {
    expect(classifyEvent({ ...fixture(RULE_CHANGE_SG), eventLeftScope: true })).toMatchObject({
      rule: { eventLeftScope: true },
    });
  });

  it('treats a missing eventLeftScope as false', () => {
    const { eventLeftScope: _omit, ...event } = fixture(RULE_CHANGE_SG);
    expect(classifyEvent(event)).toMatchObject({ rule: { eventLeftScope: false } });
  });
});

describe('classifyEvent on malformed events', () => {
  const sg = () => fixture(RULE_CHANGE_SG);
  it.each<[string, unknown, RegExp]>([
    ['undefined', undefined, /event must be an object, got undefined/],
    ['an array', [], /event must be an object, got an array/],
    ['an unrelated event', { hello: 'world' }, /neither a Config rule invocation/],
    [
      'a trimmed rule event with no resultToken',
      fixture(INVOKING_EVENT_ONLY_S3),
      /event.resultToken must be a non-empty string/,
    ],
    [
      'invokingEvent as an object',
      { ...sg(), invokingEvent: {} },
      /invokingEvent must be a JSON string, got object/,
    ],
    [
      'invokingEvent JSON null',
      { ...sg(), invokingEvent: 'null' },
      /invokingEvent must be an object, got null/,
    ],
    ['eventLeftScope as a string', { ...sg(), eventLeftScope: 'false' }, /eventLeftScope must be a boolean/],
    [
      'an unknown messageType',
      editInvokingEvent(sg(), (i) => (i.messageType = 'ComplianceChangeNotification')),
      /messageType is not one/,
    ],
    [
      'a bad capture time',
      editInvokingEvent(
        sg(),
        (i) => ((i.configurationItem as Record<string, unknown>).configurationItemCaptureTime = 'yesterday'),
      ),
      /configurationItemCaptureTime is not a timestamp/,
    ],
    [
      'an unknown status',
      editInvokingEvent(
        sg(),
        (i) => ((i.configurationItem as Record<string, unknown>).configurationItemStatus = 'Gone'),
      ),
      /configurationItemStatus is not a Config status/,
    ],
    [
      'a resource id longer than Config accepts',
      editInvokingEvent(
        sg(),
        (i) => ((i.configurationItem as Record<string, unknown>).resourceId = 'x'.repeat(769)),
      ),
      /resourceId is 769 characters/,
    ],
    [
      'an EventBridge event from another source',
      { ...fixture(EVENTBRIDGE_SQS), source: 'custom.app' },
      /source must be "aws.config"/,
    ],
    [
      'an EventBridge event with a string detail',
      { ...fixture(EVENTBRIDGE_SQS), detail: '{}' },
      /event.detail must be an object/,
    ],
    [
      'a scheduled invocation without a time',
      editInvokingEvent(fixture(RULE_SCHEDULED), (i) => delete i.notificationCreationTime),
      /notificationCreationTime must be/,
    ],
  ])('rejects %s with a reason', (_name, event, reason) => {
    const c = classifyEvent(event);
    expect(c.kind).toBe('malformed');
    expect(c.kind === 'malformed' && c.reason).toMatch(reason);
  });
});
