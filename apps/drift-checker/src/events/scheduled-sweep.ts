// A scheduled rule invocation: every recorded item of the swept types, one full comparison (which also finds what
// was deleted), alerts for every drift, and an evaluation for every resource.
import type { Evaluation } from '@aws-sdk/client-config-service';
import { readConfigItems } from '@groundwork/aws-read';
import type { RuleInvocation, ScheduledEvent } from '@groundwork/drift';
import type { LiveItem } from '../engine-port';
import type { InvocationContext } from '../invocation/context';
import { liveContextOfApiItem, targetOf } from '../invocation/live-context';
import { checked, type InvocationOutcome } from '../invocation/outcome';
import { evaluationFor } from '../sinks/config-evaluations';
import { alertFor, type DriftAlert, type LiveContext } from '../sinks/drift-alert';

export async function onScheduledSweep(
  context: InvocationContext,
  event: ScheduledEvent<RuleInvocation>,
): Promise<InvocationOutcome> {
  const { deps } = context;
  const notifiedAt = new Date(event.notificationCreationTime);
  const checks = await deps.checks();
  const types = deps.settings.sweepTypes.length ? deps.settings.sweepTypes : deps.engine.adaptedResourceTypes;
  // The function's role may not run advanced queries: the items are taken as BatchGetResourceConfig gives them.
  const raw = await readConfigItems(deps.config, { resourceTypes: types, selectTags: false });
  const liveByKey = new Map<string, LiveContext>();
  const items: LiveItem[] = [];
  for (const entry of raw) {
    const live = liveContextOfApiItem(entry, notifiedAt);
    try {
      items.push(deps.engine.fromApiItem(entry, 'BatchGetResourceConfig'));
      if (live) liveByKey.set(`${live.resourceType}\u0000${live.resourceId}`, live);
    } catch (error) {
      context.count('Errors', 1);
      deps.logger.error('Live item unreadable; skipped in the sweep', {
        resourceType: live?.resourceType,
        resourceId: live?.resourceId,
        error: String(error),
      });
    }
  }
  const driftReport = checks.check(items);
  context.count('ItemsEvaluated', items.length);
  const evaluations: Evaluation[] = [];
  const alerts: DriftAlert[] = [];
  for (const result of driftReport.resources) {
    const live: LiveContext = liveByKey.get(`${result.resourceType}\u0000${result.resourceId}`) ?? {
      resourceType: result.resourceType ?? '(unknown type)',
      resourceId: result.resourceId ?? result.address ?? '(unknown id)',
      capturedAt: notifiedAt.toISOString(),
    };
    if (result.resourceType && result.resourceId) evaluations.push(evaluationFor(result, targetOf(live)));
    const alert = alertFor(result, live);
    if (alert) alerts.push(alert);
  }
  context.count('DriftDetected', alerts.length);
  deps.logger.info('Sweep finished', {
    summary: driftReport.summary,
    liveItems: items.length,
    evaluations: evaluations.length,
  });
  const delivered = await context.deliver(alerts);
  const evaluationsSent = await context.report(event.rule, evaluations);
  return checked(null, {
    itemsEvaluated: items.length,
    drifted: alerts.length,
    alertsSent: delivered.sent,
    alertsSuppressed: delivered.suppressed,
    evaluationsSent,
  });
}
