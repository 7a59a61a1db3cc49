// One live item, changed or fetched: compare it, then report compliance (rule invocations) or alert (EventBridge).
import { isDeletedStatus, type RuleInvocation } from '@groundwork/drift';
import type { LiveItem } from '../engine-port';
import type { InvocationContext } from '../invocation/context';
import { targetOf } from '../invocation/live-context';
import { checked, type InvocationOutcome } from '../invocation/outcome';
import { evaluationFor, notApplicable } from '../sinks/config-evaluations';
import { alertFor, type LiveContext } from '../sinks/drift-alert';

const DRIFT: ReadonlySet<string> = new Set(['MODIFIED', 'DELETED', 'UNMANAGED']);

/** A rule invocation about a resource that left the rule's scope: NOT_APPLICABLE, nothing compared. */
export async function leftScope(
  context: InvocationContext,
  rule: RuleInvocation,
  live: LiveContext,
): Promise<InvocationOutcome> {
  const evaluationsSent = await context.report(rule, [
    notApplicable(targetOf(live), 'Resource left the scope of the drift rule'),
  ]);
  return checked('eventLeftScope', { evaluationsSent });
}

/**
 * Compares one live item. `status` is its configuration item status; `convert` normalizes it for the engine, and
 * is not called when the rule says the resource left its scope.
 */
export async function checkOneItem(
  context: InvocationContext,
  rule: RuleInvocation | null,
  live: LiveContext,
  status: string | undefined,
  convert: () => LiveItem,
): Promise<InvocationOutcome> {
  if (rule?.eventLeftScope) return leftScope(context, rule, live);
  const { deps } = context;
  const target = targetOf(live);
  let result = context.checkSafely(await deps.checks(), convert);
  // Drift against the cached IaC may be a deploy that has just published new IaC: confirm against the
  // published objects before anyone is told.
  if (DRIFT.has(result.status)) result = context.checkSafely(await deps.checks({ fresh: true }), convert);
  context.count('ItemsEvaluated', 1);
  context.logResult(result, live);
  if (isDeletedStatus(status) && result.status !== 'DELETED') {
    const evaluationsSent = await context.report(rule, [
      notApplicable(target, 'Deleted, and not managed by any stack'),
    ]);
    return checked('deleted and unmanaged', { itemsEvaluated: 1, evaluationsSent });
  }
  const alert = alertFor(result, live);
  if (alert) context.count('DriftDetected', 1);
  // Rule invocations only report compliance; EventBridge events carry the alerts (see handler.ts).
  const delivered = rule ? { sent: 0, suppressed: 0 } : await context.deliver(alert ? [alert] : []);
  const evaluationsSent = await context.report(rule, [evaluationFor(result, target)]);
  return checked(null, {
    itemsEvaluated: 1,
    drifted: alert ? 1 : 0,
    alertsSent: delivered.sent,
    alertsSuppressed: delivered.suppressed,
    evaluationsSent,
  });
}
