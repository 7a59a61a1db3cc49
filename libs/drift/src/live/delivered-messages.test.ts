import { DriftInputError } from '../errors';
import { awsConfigExample } from '../fixtures/load-fixture';
import { deliveredMessages, isDeliveryEvent } from './delivered-messages';
import { readConfigNotifications } from './read-config-event';

// The captured SQS ReceiveMessage of a queue subscribed to Config's topic: its Body is the SNS notification.
const received = awsConfigExample(
  'custodian-placebo-sqs-ReceiveMessage-sns-notification-s3-bucket-deleted.json',
) as { data: { Messages: { Body: string }[] } };
const sqsBody = received.data.Messages[0].Body;
// The documented SNS notification: Message is an object in the guide, a string on the wire.
const snsNotification = awsConfigExample(
  'awsdocs-sns-notification-ConfigurationItemChangeNotification-ec2-instance.json',
) as { Message: unknown; TopicArn: string };

/** A Lambda SQS event around bodies, with the record fields the Lambda guide shows. */
function sqsEvent(...bodies: string[]): Record<string, unknown> {
  return {
    Records: bodies.map((body, i) => ({
      messageId: `m-${i}`,
      receiptHandle: 'AQEB…',
      body,
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: '1545082649183' },
      messageAttributes: {},
      md5OfBody: '0',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:644160558196:config-changes',
      awsRegion: 'us-east-1',
    })),
  };
}

/** A Lambda SNS event around messages. */
function snsEvent(...messages: string[]): Record<string, unknown> {
  return {
    Records: messages.map((Message) => ({
      EventVersion: '1.0',
      EventSubscriptionArn: `${snsNotification.TopicArn}:0b1e…`,
      EventSource: 'aws:sns',
      Sns: { Type: 'Notification', MessageId: 'x', TopicArn: snsNotification.TopicArn, Message },
    })),
  };
}

describe('deliveredMessages', () => {
  it('unwraps SNS inside SQS (the captured body) down to the Config notification', () => {
    const event = sqsEvent(sqsBody);
    expect(isDeliveryEvent(event)).toBe(true);
    const [delivered] = deliveredMessages(event, 'event');
    expect(delivered.path).toBe('/Records/0/body/Message');
    const [read] = readConfigNotifications(delivered.message, 'event', delivered.path);
    expect(read.event).toMatchObject({
      kind: 'item-change',
      item: { resourceType: 'AWS::S3::Bucket', configurationItemStatus: 'ResourceDeleted' },
    });
  });

  it('reads a raw SQS delivery (the notification itself as the body)', () => {
    const raw = JSON.parse(sqsBody).Message as string;
    const [delivered] = deliveredMessages(sqsEvent(raw), 'event');
    expect(delivered.path).toBe('/Records/0/body');
    expect(delivered.message).toMatchObject({ messageType: 'ConfigurationItemChangeNotification' });
  });

  it('reads SNS records, one message each, in order', () => {
    const message = JSON.stringify(snsNotification.Message);
    const messages = deliveredMessages(snsEvent(message, message), 'event');
    expect(messages.map((m) => m.path)).toEqual(['/Records/0/Sns/Message', '/Records/1/Sns/Message']);
    const [read] = readConfigNotifications(messages[1].message, 'event', messages[1].path);
    expect(read.event).toMatchObject({ kind: 'item-change', item: { resourceType: 'AWS::EC2::Instance' } });
  });

  it('names the record that is not JSON, or not from SNS or SQS', () => {
    expect(() => deliveredMessages(sqsEvent(sqsBody, 'hello'), 'event')).toThrow(
      new DriftInputError('event', '/Records/1/body', 'the message body as a string holding JSON', '"hello"'),
    );
    expect(() => deliveredMessages({ Records: [{ eventSource: 'aws:kinesis' }] }, 'event')).toThrow(
      /event: \/Records\/0: expected an SNS record .* or an SQS record/,
    );
    expect(() =>
      deliveredMessages({ Records: [{ EventSource: 'aws:sns', Sns: { Message: 1 } }] }, 'event'),
    ).toThrow(/\/Records\/0\/Sns\/Message: expected the message as a string/);
  });

  it('tells delivery events from the other events the function receives', () => {
    expect(isDeliveryEvent({ Records: [] })).toBe(false);
    expect(isDeliveryEvent({ 'detail-type': 'AWS API Call via CloudTrail', detail: {} })).toBe(false);
    expect(isDeliveryEvent({ Records: [{ eventSource: 'aws:s3' }] })).toBe(false);
  });
});
