// What every event path shares: the dependencies, the metrics, checking an item, and the two ways to report
// (alerts to SNS and EventBridge, evaluations to AWS Config).
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Evaluation } from '@aws-sdk/client-config-service';
import type { ResourceResult, RuleInvocation } from '@groundwork/drift';
import type { DriftChecks, LiveItem } from '../engine-port';
import { putEvaluations } from '../sinks/config-evaluations';
import type { DriftAlert, LiveContext } from '../sinks/drift-alert';
import { putDriftEvents } from '../sinks/drift-events';
import { publishAlert } from '../sinks/sns-alert';
import type { HandlerDependencies } from './dependencies';

/** Thrown for input the engine cannot read: such items are dropped, not retried. */
export class UnreadableItem extends Error {}

export interface InvocationContext {
  readonly deps: HandlerDependencies;
  count(name: 'ItemsEvaluated' | 'DriftDetected' | 'Errors', value: number): void;
  /** Reading and checking one item is deterministic: if it throws, a retry would throw again (UnreadableItem). */
  checkSafely(checks: DriftChecks, convert: () => LiveItem): ResourceResult;
  /** SNS for new drifts (deduplicated), EventBridge for every drift; both before the invocation is acknowledged. */
  deliver(alerts: readonly DriftAlert[]): Promise<{ sent: number; suppressed: number }>;
  /** The evaluations, when a rule asked for them; returns how many were sent. */
  report(rule: RuleInvocation | null, evaluations: readonly Evaluation[]): Promise<number>;
  logResult(result: ResourceResult, live: LiveContext): void;
}

export function createInvocationContext(deps: HandlerDependencies): InvocationContext {
  const { logger, metrics, settings } = deps;
  const now = deps.now ?? Date.now;

  const context: InvocationContext = {
    deps,

    count(name, value) {
      metrics.addMetric(name, MetricUnit.Count, value);
    },

    checkSafely(checks, convert) {
      try {
        return checks.checkItem(convert());
      } catch (error) {
        throw new UnreadableItem((error as Error)?.message ?? String(error));
      }
    },

    async deliver(alerts) {
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
    },

    async report(rule, evaluations) {
      if (!rule || !evaluations.length) return 0;
      const res = await putEvaluations(deps.config, rule.resultToken, evaluations);
      if (res.failed.length) {
        context.count('Errors', res.failed.length);
        logger.error('AWS Config refused evaluations', {
          failed: res.failed.slice(0, 10),
          refused: res.failed.length,
        });
      }
      return evaluations.length;
    },

    logResult(result, live) {
      logger.info('Drift check result', {
        status: result.status,
        resourceType: live.resourceType,
        resourceId: live.resourceId,
        stack: result.stack,
        address: result.address,
        differences: result.differences.length,
      });
    },
  };
  return context;
}
