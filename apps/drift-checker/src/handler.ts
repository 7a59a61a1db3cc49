// The drift checker's handler: reads the event with @groundwork/drift and hands it to the path for its kind
// (events/item-change, events/oversized-item, events/scheduled-sweep, events/delivered-notifications,
// events/cloudtrail-call).
//
// Which paths report where:
// - EventBridge "Config Configuration Item Change" events, and Config's change notifications delivered through SNS
//   or SQS, alert people (SNS) and automation (EventBridge).
// - EventBridge "AWS API Call via CloudTrail" events (the fast path, for the types Config does not record) re-read
//   the resource the call changed and alert the same way.
// - Custom Config rule invocations for one item (change-triggered, oversized) report compliance (PutEvaluations)
//   only: Config sends both events for the same change, and alerting from both would page twice.
// - Scheduled rule invocations sweep everything, alert on drift and report compliance for every resource.
//
// Failure semantics: a malformed event, or an item the engine cannot read, is logged and dropped (never thrown, so
// a poison event does not retry forever). AWS errors are retried by the SDK and then thrown, before the
// invocation is acknowledged (PutEvaluations last), so Lambda's async retries and then the DLQ keep the event.
import {
  classifyConfigEvent,
  cloudTrailRecordOf,
  DriftInputError,
  isDeliveryEvent,
  type ClassifiedConfigEvent,
} from '@groundwork/drift';
import type { Context } from 'aws-lambda';
import { onCloudTrailCall } from './events/cloudtrail-call';
import { onDeliveredNotifications } from './events/delivered-notifications';
import { onItemChange } from './events/item-change';
import { onOversizedItem } from './events/oversized-item';
import { onScheduledSweep } from './events/scheduled-sweep';
import { createInvocationContext, InvocationContext, UnreadableItem } from './invocation/context';
import type { HandlerDependencies } from './invocation/dependencies';
import { ignored, type InvocationOutcome } from './invocation/outcome';

export type DriftCheckerHandler = (event: unknown, context?: Context) => Promise<InvocationOutcome>;

function preview(event: unknown): string {
  try {
    return (JSON.stringify(event) ?? String(event)).slice(0, 2000);
  } catch {
    return String(event).slice(0, 2000);
  }
}

function dispatch(context: InvocationContext, event: ClassifiedConfigEvent): Promise<InvocationOutcome> {
  const source =
    event.kind !== 'malformed' && event.rule
      ? `config rule ${event.rule.configRuleName ?? ''}`.trim()
      : 'EventBridge event';
  switch (event.kind) {
    case 'malformed':
      return Promise.resolve(ignored(event.reason));
    case 'item-change':
      return onItemChange(context, event, source);
    case 'oversized':
      return onOversizedItem(context, event, source);
    case 'scheduled':
      return onScheduledSweep(context, event);
  }
}

export function createHandler(deps: HandlerDependencies): DriftCheckerHandler {
  const { logger, metrics } = deps;
  const context = createInvocationContext(deps);

  return async function handler(event: unknown, lambdaContext?: Context): Promise<InvocationOutcome> {
    if (lambdaContext) logger.addContext(lambdaContext);
    try {
      if (isDeliveryEvent(event)) return await onDeliveredNotifications(context, event);
      const call = cloudTrailRecordOf(event);
      if (call) return await onCloudTrailCall(context, call);
      const classified = classifyConfigEvent(event);
      if (classified.kind === 'malformed') {
        context.count('Errors', 1);
        logger.warn('Malformed event dropped', { reason: classified.reason, event: preview(event) });
      }
      return await dispatch(context, classified);
    } catch (error) {
      context.count('Errors', 1);
      if (error instanceof DriftInputError) {
        logger.warn('Malformed event dropped', { reason: error.message, event: preview(event) });
        return ignored(error.message);
      }
      if (error instanceof UnreadableItem) {
        logger.error('Live item unreadable; dropped', { reason: error.message, event: preview(event) });
        return ignored(`unreadable item: ${error.message}`);
      }
      logger.error(
        'Drift check failed; the invocation fails so Lambda retries it, then keeps it in the DLQ',
        error as Error,
      );
      throw error;
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}
