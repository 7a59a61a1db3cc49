// A scheduled rule invocation: every live item of the swept types from all three sources (AWS Config's recorder,
// Cloud Control's listings, the direct reads), one full comparison (which also finds what was deleted, where a
// listing proves it), the HTML report written to S3, alerts for every drift, and an evaluation for every resource
// AWS Config records.
import type { Evaluation } from '@aws-sdk/client-config-service';
import {
  readCloudControl,
  readConfigItems,
  readDirect,
  type ReadTarget,
  type SourceRead,
} from '@groundwork/aws-read';
import type { RuleInvocation, ScheduledEvent } from '@groundwork/drift';
import type { LiveItem } from '../engine-port';
import type { InvocationContext } from '../invocation/context';
import { liveContextOfApiItem, targetOf } from '../invocation/live-context';
import { checked, type InvocationOutcome } from '../invocation/outcome';
import { evaluationFor } from '../sinks/config-evaluations';
import { alertFor, type DriftAlert, type LiveContext } from '../sinks/drift-alert';
import { writeHtmlReport } from '../sinks/html-report';

const keyOf = (resourceType: string, resourceId: string) => `${resourceType}\u0000${resourceId}`;

export async function onScheduledSweep(
  context: InvocationContext,
  event: ScheduledEvent<RuleInvocation>,
): Promise<InvocationOutcome> {
  const { deps } = context;
  const notifiedAt = new Date(event.notificationCreationTime);
  const checks = await deps.checks();
  const swept = deps.settings.sweepTypes;
  const chosen = (targets: readonly ReadTarget[]) =>
    swept.length ? targets.filter((t) => swept.includes(t.resourceType)) : targets;
  // Config is asked for every swept type the other sources do not read, as before they existed.
  const { cloudcontrol, direct } = deps.engine.liveTargets;
  const otherTypes = new Set([...cloudcontrol, ...direct].map((t) => t.resourceType));
  const configTypes = swept.length
    ? swept.filter((t) => !otherTypes.has(t))
    : deps.engine.adaptedResourceTypes;

  // The function's role may not run advanced queries: the items are taken as BatchGetResourceConfig gives them.
  const raw = await readConfigItems(deps.config, { resourceTypes: configTypes, selectTags: false });
  const liveByKey = new Map<string, LiveContext>();
  const items: LiveItem[] = [];
  for (const entry of raw) {
    const live = liveContextOfApiItem(entry, notifiedAt);
    try {
      items.push(deps.engine.fromApiItem(entry, 'BatchGetResourceConfig'));
      if (live) liveByKey.set(keyOf(live.resourceType, live.resourceId), live);
    } catch (error) {
      context.count('Errors', 1);
      deps.logger.error('Live item unreadable; skipped in the sweep', {
        resourceType: live?.resourceType,
        resourceId: live?.resourceId,
        error: String(error),
      });
    }
  }

  // Cloud Control and the direct reads, each type listed in full (an inventory) or reported incomplete.
  const place = { accountId: null, region: deps.region, readAt: notifiedAt.toISOString() };
  const others: SourceRead[] = [
    await readCloudControl({
      targets: chosen(cloudcontrol),
      region: deps.region,
      accountId: null,
      clientFor: deps.live.cloudControlFor,
    }),
    await readDirect({
      targets: chosen(direct),
      region: deps.region,
      accountId: null,
      clients: deps.live,
    }),
  ];
  const inventories: unknown[] = [];
  const otherKeys = new Set<string>();
  for (const read of others) {
    for (const incomplete of read.incomplete)
      deps.logger.warn('Type not read in full; its absent resources are not called deleted', {
        ...incomplete,
      });
    for (const envelope of read.envelopes) {
      const what = `${envelope.groundworkInventory.source} listing of ${String(envelope.groundworkInventory.resourceTypes)}`;
      try {
        const live = deps.engine.readLive(envelope, what, place);
        for (const r of live.items) {
          items.push(r.item);
          liveByKey.set(keyOf(r.live.resourceType, r.live.resourceId), r.live);
          otherKeys.add(keyOf(r.live.resourceType, r.live.resourceId));
        }
        inventories.push(...live.inventories);
      } catch (error) {
        // Without its inventory, nothing it lists is called deleted.
        context.count('Errors', 1);
        deps.logger.error('Live listing unreadable; skipped in the sweep', { what, error: String(error) });
      }
    }
  }

  const driftReport = checks.check(items, inventories);
  context.count('ItemsEvaluated', items.length);
  const report = await writeHtmlReport(deps.s3, deps.settings, driftReport, notifiedAt);
  const evaluations: Evaluation[] = [];
  const alerts: DriftAlert[] = [];
  for (const result of driftReport.resources) {
    const key = keyOf(result.resourceType ?? '', result.resourceId ?? '');
    const live: LiveContext = liveByKey.get(key) ?? {
      resourceType: result.resourceType ?? '(unknown type)',
      resourceId: result.resourceId ?? result.address ?? '(unknown id)',
      capturedAt: notifiedAt.toISOString(),
    };
    // Evaluations are about resources AWS Config records: the other sources' types are not Config's to hold.
    const recorded = !otherKeys.has(key) && (result.source ?? 'config') === 'config';
    if (result.resourceType && result.resourceId && recorded)
      evaluations.push(evaluationFor(result, targetOf(live)));
    const alert = alertFor(result, live, report);
    if (alert) alerts.push(alert);
  }
  context.count('DriftDetected', alerts.length);
  deps.logger.info('Sweep finished', {
    summary: driftReport.summary,
    liveItems: items.length,
    evaluations: evaluations.length,
    report,
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
