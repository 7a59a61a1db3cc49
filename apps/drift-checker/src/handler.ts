// The drift checker's handler: reads the event with @groundwork/drift and hands it to the path for its kind
// (events/item-change, events/oversized-item, events/scheduled-sweep).
//
// Which paths report where:
// - EventBridge "Config Configuration Item Change" events alert people (SNS) and automation (EventBridge).
// - Custom Config rule invocations for one item (change-triggered, oversized) report compliance (PutEvaluations)
//   only: Config sends both events for the same change, and alerting from both would page twice.
// - Scheduled rule invocations sweep everything, alert on drift and report compliance for every resource.
//
// Failure semantics: a malformed event, or an item the engine cannot read, is logged and dropped (never thrown, so
// a poison event does not retry forever). AWS errors are retried by the SDK and then thrown, before the
// invocation is acknowledged (PutEvaluations last), so Lambda's async retries and then the DLQ keep the event.
import { classifyConfigEvent, type ClassifiedConfigEvent } from '@groundwork/drift';
import type { Context } from 'aws-lambda';
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
    const classified = classifyConfigEvent(event);
    if (classified.kind === 'malformed') {
      context.count('Errors', 1);
      logger.warn('Malformed event dropped', { reason: classified.reason, event: preview(event) });
    }
    try {
      return await dispatch(context, classified);
    } catch (error) {
      context.count('Errors', 1);
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
