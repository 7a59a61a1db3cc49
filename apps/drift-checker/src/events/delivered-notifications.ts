// AWS Config's notifications delivered through SNS or SQS (the delivery channel's topic, often routed on to a
// queue): each change message is checked and alerted as an EventBridge change event is. Config publishes other
// messages to the same topic (snapshot and history deliveries, compliance changes); those are skipped. An EventBridge
// rule may target the topic or queue too, delivering Config's EventBridge events: read the same way.
import { isRecord } from '@groundwork/core';
import {
  CONFIG_ITEM_CHANGE_DETAIL_TYPE,
  deliveredMessage,
  deliveredRecords,
  DriftInputError,
  readConfigEvent,
  readConfigNotifications,
  type DeliveredMessage,
} from '@groundwork/drift';
import type { InvocationContext } from '../invocation/context';
import { combined, ignored, type InvocationOutcome } from '../invocation/outcome';
import { onItemChange } from './item-change';
import { onOversizedItem } from './oversized-item';

/** The message types that say one resource changed. */
const CHANGE_MESSAGES: ReadonlySet<unknown> = new Set([
  'ConfigurationItemChangeNotification',
  'OversizedConfigurationItemChangeNotification',
]);

/**
 * An EventBridge event a rule delivered to the topic or queue instead of Config's own message: its change event is
 * checked as the EventBridge path checks it; any other of Config's events (compliance changes, deliveries) skipped.
 */
async function onForwardedEvent(
  context: InvocationContext,
  event: Record<string, unknown>,
  path: string,
): Promise<InvocationOutcome> {
  const type = event['detail-type'];
  if (type !== CONFIG_ITEM_CHANGE_DETAIL_TYPE)
    return ignored(`${path}: not a change event (${String(type)})`);
  let read;
  try {
    read = readConfigEvent(event, `event ${path}`);
  } catch (error) {
    if (!(error instanceof DriftInputError)) throw error;
    context.count('Errors', 1);
    context.deps.logger.warn('Malformed delivered event dropped', { reason: error.message });
    return ignored(error.message);
  }
  const source = `EventBridge event delivered at ${path}`;
  if (read.kind === 'item-change') return onItemChange(context, read, source);
  if (read.kind === 'oversized') return onOversizedItem(context, read, source);
  return ignored(`${path}: a scheduled notification is answered only in a rule invocation`);
}

async function onMessage(
  context: InvocationContext,
  { message, path }: DeliveredMessage,
): Promise<InvocationOutcome> {
  if (isRecord(message) && message['detail-type'] !== undefined)
    return onForwardedEvent(context, message, path);
  const type = (message as { messageType?: unknown } | null)?.messageType;
  if (!CHANGE_MESSAGES.has(type)) return ignored(`${path}: not a change notification (${String(type)})`);
  const source = `delivered message ${path}`;
  let reads;
  try {
    reads = readConfigNotifications(message, 'event', path);
  } catch (error) {
    if (!(error instanceof DriftInputError)) throw error;
    context.count('Errors', 1);
    context.deps.logger.warn('Malformed delivered message dropped', { reason: error.message });
    return ignored(error.message);
  }
  const outcomes: InvocationOutcome[] = [];
  for (const { event } of reads) {
    if (event.kind === 'item-change') outcomes.push(await onItemChange(context, event, source));
    else if (event.kind === 'oversized') outcomes.push(await onOversizedItem(context, event, source));
    else outcomes.push(ignored(`${path}: a scheduled notification is answered only in a rule invocation`));
  }
  return combined(outcomes, `${path}: no items`);
}

/**
 * Every message of the batch, in order. A malformed message is dropped and the others are still checked; an AWS
 * error fails the invocation, so that SNS retries it or the messages return to the queue.
 */
export async function onDeliveredNotifications(
  context: InvocationContext,
  event: unknown,
): Promise<InvocationOutcome> {
  const outcomes: InvocationOutcome[] = [];
  const records = deliveredRecords(event, 'event');
  for (let i = 0; i < records.length; i++) {
    let message: DeliveredMessage;
    try {
      message = deliveredMessage(records[i], i, 'event');
    } catch (error) {
      // One record that is not JSON (another producer on the queue) costs that record, not the batch.
      if (!(error instanceof DriftInputError)) throw error;
      context.count('Errors', 1);
      context.deps.logger.warn('Malformed delivered record dropped', { reason: error.message });
      outcomes.push(ignored(error.message));
      continue;
    }
    outcomes.push(await onMessage(context, message));
  }
  return combined(outcomes, 'no records');
}
