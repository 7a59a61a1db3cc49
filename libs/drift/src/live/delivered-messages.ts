// The messages a Lambda function receives from SNS or SQS, as the Lambda developer guide shows those events
// (with-sns.html, with-sqs.html): SNS `{"Records": [{"EventSource": "aws:sns", "Sns": {"Message": "<string>"}}]}`,
// SQS `{"Records": [{"eventSource": "aws:sqs", "body": "<string>"}]}`. A queue subscribed to a topic without raw
// message delivery receives the SNS notification itself as its body (`{"Type": "Notification", "Message": "…"}`),
// which is unwrapped too: AWS Config's delivery channel publishes to a topic, and many accounts route it on.
import { isRecord } from '@groundwork/core';
import { DriftInputError, describe } from '../errors';
import { decodeNested } from './decode';

/** One message, decoded from its JSON string(s), and the JSON pointer of where it sat in the event. */
export interface DeliveredMessage {
  readonly message: unknown;
  readonly path: string;
}

/** True for a Lambda event from SNS or SQS (its first record says which service delivered it). */
export function isDeliveryEvent(event: unknown): boolean {
  if (!isRecord(event) || !Array.isArray(event['Records']) || event['Records'].length === 0) return false;
  const first: unknown = event['Records'][0];
  return isRecord(first) && (first['EventSource'] === 'aws:sns' || first['eventSource'] === 'aws:sqs');
}

/** An SNS notification's message, decoded; the value itself when it is no SNS notification. */
function unwrapSns(value: unknown, path: string): DeliveredMessage {
  if (isRecord(value) && value['Type'] === 'Notification' && value['Message'] !== undefined)
    return { message: decodeNested(value['Message']), path: `${path}/Message` };
  return { message: value, path };
}

function decoded(value: unknown, source: string, path: string, expected: string): unknown {
  if (typeof value !== 'string' || value === '')
    throw new DriftInputError(source, path, expected, describe(value));
  const message = decodeNested(value);
  if (typeof message === 'string')
    throw new DriftInputError(source, path, `${expected} holding JSON`, describe(value.slice(0, 80)));
  return message;
}

/** The records of an SNS or SQS Lambda event; anything else is an input error. */
export function deliveredRecords(event: unknown, source: string): unknown[] {
  const records = isRecord(event) ? event['Records'] : undefined;
  if (!Array.isArray(records))
    throw new DriftInputError(source, '/Records', 'the records of an SNS or SQS event', describe(records));
  return records;
}

/**
 * The message of the `i`th record of an SNS or SQS Lambda event; a record of another shape is an input error naming
 * its path. An SQS body that is an SNS notification gives the notification's message.
 */
export function deliveredMessage(record: unknown, i: number, source: string): DeliveredMessage {
  const at = `/Records/${i}`;
  if (isRecord(record) && record['EventSource'] === 'aws:sns') {
    const sns = record['Sns'];
    if (!isRecord(sns))
      throw new DriftInputError(source, `${at}/Sns`, 'the SNS message object', describe(sns));
    const message = decoded(sns['Message'], source, `${at}/Sns/Message`, 'the message as a string');
    return { message, path: `${at}/Sns/Message` };
  }
  if (isRecord(record) && record['eventSource'] === 'aws:sqs')
    return unwrapSns(
      decoded(record['body'], source, `${at}/body`, 'the message body as a string'),
      `${at}/body`,
    );
  throw new DriftInputError(
    source,
    at,
    'an SNS record (EventSource "aws:sns") or an SQS record (eventSource "aws:sqs")',
    describe(record),
  );
}

/** Every message of an SNS or SQS Lambda event, in order; the first malformed record is an input error. */
export function deliveredMessages(event: unknown, source: string): DeliveredMessage[] {
  return deliveredRecords(event, source).map((record, i) => deliveredMessage(record, i, source));
}
