// The drift checker's handler: classify the event, compare live with the IaC, report.
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
import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import { ConfigServiceClient, Evaluation } from '@aws-sdk/client-config-service';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SNSClient } from '@aws-sdk/client-sns';
import type { ResourceResult } from '@groundwork/drift';
import type { Context } from 'aws-lambda';
import type { DriftChecks, DriftEnginePort, LiveItem } from './engine-port';
import type { DriftCheckerSettings } from './environment';
import type { ConfigurationItemSummary, EventFormConfigurationItem } from './events/config-events';
import { ClassifiedEvent, RuleInvocation, classifyEvent, isDeletedStatus } from './events/classify-event';
import { SweepOptions, latestItem, sweepLiveItems } from './live-items';
import { evaluationFor, notApplicable, putEvaluations, EvaluationTarget } from './sinks/config-evaluations';
import { DriftAlert, LiveContext, alertFor } from './sinks/drift-alert';
import { putDriftEvents } from './sinks/drift-events';
import { FingerprintStore } from './sinks/fingerprint-store';
import { publishAlert } from './sinks/sns-alert';

const DRIFT: ReadonlySet<string> = new Set(['MODIFIED', 'DELETED', 'UNMANAGED']);

export interface HandlerDependencies {
  readonly engine: DriftEnginePort;
  /**
   * The comparison for the current IaC and state (S3IacSource.checks in production); `fresh` asks for the
   * published objects to be re-checked now rather than taken from the cache.
   */
  readonly checks: (options?: { readonly fresh?: boolean }) => Promise<DriftChecks>;
  readonly config: ConfigServiceClient;
  readonly sns: SNSClient;
  readonly events: EventBridgeClient;
  readonly settings: Pick<DriftCheckerSettings, 'topicArn' | 'eventBusName' | 'sweepTypes'>;
  readonly fingerprints: FingerprintStore;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly now?: () => number;
  readonly sweep?: SweepOptions;
}

export interface InvocationOutcome {
  /** `ignored`: malformed or unreadable input, logged and dropped. */
  readonly outcome: 'checked' | 'ignored';
  readonly reason: string | null;
  readonly itemsEvaluated: number;
  readonly drifted: number;
  readonly alertsSent: number;
  readonly alertsSuppressed: number;
  readonly evaluationsSent: number;
}

export type DriftCheckerHandler = (event: unknown, context?: Context) => Promise<InvocationOutcome>;

const EMPTY: Omit<InvocationOutcome, 'outcome' | 'reason'> = {
  itemsEvaluated: 0,
  drifted: 0,
  alertsSent: 0,
  alertsSuppressed: 0,
  evaluationsSent: 0,
};

/** Thrown by the engine adapter for input it cannot read: such items are dropped, not retried. */
class UnreadableItem extends Error {}

function preview(event: unknown): string {
  try {
    return (JSON.stringify(event) ?? String(event)).slice(0, 2000);
  } catch {
    return String(event).slice(0, 2000);
  }
}

function liveContextOfEventItem(item: EventFormConfigurationItem | ConfigurationItemSummary): LiveContext {
  return {
    resourceType: item.resourceType,
    resourceId: item.resourceId,
    resourceName: typeof item.resourceName === 'string' ? item.resourceName : null,
    arn: typeof item.ARN === 'string' ? item.ARN : null,
    accountId: typeof item.awsAccountId === 'string' ? item.awsAccountId : null,
    region: typeof item.awsRegion === 'string' ? item.awsRegion : null,
    capturedAt: item.configurationItemCaptureTime,
  };
}

/** API-form items (`arn`, `accountId`), as GetResourceConfigHistory and BatchGetResourceConfig return them. */
function liveContextOfApiItem(raw: unknown, fallbackTime: Date): LiveContext | null {
  const item = raw as Record<string, unknown> | null;
  if (!item || typeof item.resourceType !== 'string' || typeof item.resourceId !== 'string') return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const captured = str(item.configurationItemCaptureTime);
  return {
    resourceType: item.resourceType,
    resourceId: item.resourceId,
    resourceName: str(item.resourceName),
    arn: str(item.arn),
    accountId: str(item.accountId),
    region: str(item.awsRegion),
    capturedAt: captured && !Number.isNaN(Date.parse(captured)) ? captured : fallbackTime.toISOString(),
  };
}

function targetOf(live: LiveContext): EvaluationTarget {
  return {
    resourceType: live.resourceType,
    resourceId: live.resourceId,
    orderingTimestamp: new Date(live.capturedAt),
  };
}

export function createHandler(deps: HandlerDependencies): DriftCheckerHandler {
  const { engine, logger, metrics, settings } = deps;
  const now = deps.now ?? Date.now;

  function count(name: 'ItemsEvaluated' | 'DriftDetected' | 'Errors', value: number): void {
    metrics.addMetric(name, MetricUnit.Count, value);
  }

  /** Reading and checking one item is deterministic: if it throws, a retry would throw again, so drop it. */
  function checkSafely(checks: DriftChecks, convert: () => LiveItem): ResourceResult {
    try {
      return checks.checkItem(convert());
    } catch (error) {
      throw new UnreadableItem((error as Error)?.message ?? String(error));
    }
  }

  /** SNS for new drifts (deduplicated), EventBridge for every drift; both before the invocation is acknowledged. */
  async function deliver(alerts: DriftAlert[]): Promise<{ sent: number; suppressed: number }> {
    if (!alerts.length) return { sent: 0, suppressed: 0 };
    if (settings.eventBusName) await putDriftEvents(deps.events, settings.eventBusName, alerts);
    let sent = 0;
    let suppressed = 0;
    for (const alert of alerts) {
      const at = now();
      if (deps.fingerprints.seen(alert.fingerprint, at)) {
        suppressed++;
        logger.info('Drift already alerted within the dedupe window', {
          fingerprint: alert.fingerprint,
          resourceId: alert.resourceId,
        });
        continue;
      }
      if (settings.topicArn) {
        await publishAlert(deps.sns, settings.topicArn, alert);
        sent++;
      }
      deps.fingerprints.remember(alert.fingerprint, at);
    }
    return { sent, suppressed };
  }

  async function report(rule: RuleInvocation | null, evaluations: Evaluation[]): Promise<number> {
    if (!rule || !evaluations.length) return 0;
    const res = await putEvaluations(deps.config, rule.resultToken, evaluations);
    if (res.failed.length) {
      count('Errors', res.failed.length);
      logger.error('AWS Config refused evaluations', {
        failed: res.failed.slice(0, 10),
        refused: res.failed.length,
      });
    }
    return evaluations.length;
  }

  function logResult(result: ResourceResult, live: LiveContext): void {
    logger.info('Drift check result', {
      status: result.status,
      resourceType: live.resourceType,
      resourceId: live.resourceId,
      stack: result.stack,
      address: result.address,
      differences: result.differences.length,
    });
  }

  /** One live item (change-triggered or oversized, from a rule or from EventBridge). */
  async function checkOne(
    rule: RuleInvocation | null,
    live: LiveContext,
    status: string | undefined,
    convert: () => LiveItem,
  ): Promise<InvocationOutcome> {
    const target = targetOf(live);
    if (rule?.eventLeftScope) {
      const evaluationsSent = await report(rule, [
        notApplicable(target, 'Resource left the scope of the drift rule'),
      ]);
      return { ...EMPTY, outcome: 'checked', reason: 'eventLeftScope', evaluationsSent };
    }
    let result = checkSafely(await deps.checks(), convert);
    // Drift against the cached IaC may be a deploy that has just published new IaC: confirm against the
    // published objects before anyone is told.
    if (DRIFT.has(result.status)) result = checkSafely(await deps.checks({ fresh: true }), convert);
    count('ItemsEvaluated', 1);
    logResult(result, live);
    if (isDeletedStatus(status) && result.status !== 'DELETED') {
      const evaluationsSent = await report(rule, [
        notApplicable(target, 'Deleted, and not managed by any stack'),
      ]);
      return {
        ...EMPTY,
        outcome: 'checked',
        reason: 'deleted and unmanaged',
        itemsEvaluated: 1,
        evaluationsSent,
      };
    }
    const alert = alertFor(result, live);
    if (alert) count('DriftDetected', 1);
    // Rule invocations only report compliance; EventBridge events carry the alerts (see the header comment).
    const delivered = rule ? { sent: 0, suppressed: 0 } : await deliver(alert ? [alert] : []);
    const evaluationsSent = await report(rule, [evaluationFor(result, target)]);
    return {
      outcome: 'checked',
      reason: null,
      itemsEvaluated: 1,
      drifted: alert ? 1 : 0,
      alertsSent: delivered.sent,
      alertsSuppressed: delivered.suppressed,
      evaluationsSent,
    };
  }

  async function oversized(
    rule: RuleInvocation | null,
    summary: ConfigurationItemSummary,
    source: string,
  ): Promise<InvocationOutcome> {
    const live = liveContextOfEventItem(summary);
    if (rule?.eventLeftScope) return checkOne(rule, live, summary.configurationItemStatus, () => null);
    const item = await latestItem(deps.config, summary.resourceType, summary.resourceId);
    if (item === null) {
      logger.warn('Oversized item no longer recorded by AWS Config', {
        resourceType: live.resourceType,
        resourceId: live.resourceId,
      });
      const evaluationsSent = await report(rule, [
        notApplicable(targetOf(live), 'No longer recorded by AWS Config'),
      ]);
      return { ...EMPTY, outcome: 'checked', reason: 'not recorded', evaluationsSent };
    }
    const fetched = liveContextOfApiItem(item, new Date(summary.configurationItemCaptureTime)) ?? live;
    const status = (item as { configurationItemStatus?: string }).configurationItemStatus;
    return checkOne(rule, { ...live, ...fetched, arn: fetched.arn ?? live.arn }, status, () =>
      engine.fromApiItem(item, source),
    );
  }

  async function scheduled(rule: RuleInvocation, notifiedAt: Date): Promise<InvocationOutcome> {
    const checks = await deps.checks();
    const types = settings.sweepTypes.length ? settings.sweepTypes : engine.adaptedResourceTypes;
    const raw = await sweepLiveItems(deps.config, types, deps.sweep);
    const liveByKey = new Map<string, LiveContext>();
    const items: LiveItem[] = [];
    for (const entry of raw) {
      const live = liveContextOfApiItem(entry, notifiedAt);
      try {
        items.push(engine.fromApiItem(entry, 'BatchGetResourceConfig'));
        if (live) liveByKey.set(`${live.resourceType}\u0000${live.resourceId}`, live);
      } catch (error) {
        count('Errors', 1);
        logger.error('Live item unreadable; skipped in the sweep', {
          resourceType: live?.resourceType,
          resourceId: live?.resourceId,
          error: String(error),
        });
      }
    }
    const driftReport = checks.check(items);
    count('ItemsEvaluated', items.length);
    const evaluations: Evaluation[] = [];
    const alerts: DriftAlert[] = [];
    for (const result of driftReport.resources) {
      const key = `${result.resourceType}\u0000${result.resourceId}`;
      const live: LiveContext = liveByKey.get(key) ?? {
        resourceType: result.resourceType ?? '(unknown type)',
        resourceId: result.resourceId ?? result.address ?? '(unknown id)',
        capturedAt: notifiedAt.toISOString(),
      };
      if (result.resourceType && result.resourceId) evaluations.push(evaluationFor(result, targetOf(live)));
      const alert = alertFor(result, live);
      if (alert) alerts.push(alert);
    }
    count('DriftDetected', alerts.length);
    logger.info('Sweep finished', {
      summary: driftReport.summary,
      liveItems: items.length,
      evaluations: evaluations.length,
    });
    const delivered = await deliver(alerts);
    const evaluationsSent = await report(rule, evaluations);
    return {
      outcome: 'checked',
      reason: null,
      itemsEvaluated: items.length,
      drifted: alerts.length,
      alertsSent: delivered.sent,
      alertsSuppressed: delivered.suppressed,
      evaluationsSent,
    };
  }

  async function dispatch(event: ClassifiedEvent, source: string): Promise<InvocationOutcome> {
    switch (event.kind) {
      case 'malformed':
        return { ...EMPTY, outcome: 'ignored', reason: event.reason };
      case 'item-change':
        return checkOne(
          event.rule,
          liveContextOfEventItem(event.item),
          event.item.configurationItemStatus,
          () => engine.fromEventItem(event.item, source),
        );
      case 'oversized':
        return oversized(event.rule, event.summary, source);
      case 'scheduled':
        return scheduled(event.rule, event.notificationCreationTime);
    }
  }

  return async function handler(event: unknown, context?: Context): Promise<InvocationOutcome> {
    if (context) logger.addContext(context);
    const classified = classifyEvent(event);
    const source =
      classified.kind !== 'malformed' && classified.rule
        ? `config rule ${classified.rule.configRuleName ?? ''}`.trim()
        : 'EventBridge event';
    if (classified.kind === 'malformed') {
      count('Errors', 1);
      logger.warn('Malformed event dropped', { reason: classified.reason, event: preview(event) });
    }
    try {
      return await dispatch(classified, source);
    } catch (error) {
      if (error instanceof UnreadableItem) {
        count('Errors', 1);
        logger.error('Live item unreadable; dropped', { reason: error.message, event: preview(event) });
        return { ...EMPTY, outcome: 'ignored', reason: `unreadable item: ${error.message}` };
      }
      count('Errors', 1);
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
