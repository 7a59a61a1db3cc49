// A changed item too large for the event: the summary says which; the item is fetched from AWS Config, then compared.
import { latestItem } from '@groundwork/aws-read';
import type { OversizedItemEvent } from '@groundwork/drift';
import type { InvocationContext } from '../invocation/context';
import { liveContextOfApiItem, liveContextOfEventItem, targetOf } from '../invocation/live-context';
import { checked, type InvocationOutcome } from '../invocation/outcome';
import { notApplicable } from '../sinks/config-evaluations';
import { checkOneItem, leftScope } from './one-item';

export async function onOversizedItem(
  context: InvocationContext,
  event: OversizedItemEvent,
  source: string,
): Promise<InvocationOutcome> {
  const { deps } = context;
  const { rule, summary } = event;
  const live = liveContextOfEventItem(summary);
  if (rule?.eventLeftScope) return leftScope(context, rule, live);
  const item = await latestItem(deps.config, summary.resourceType, summary.resourceId);
  if (item === null) {
    deps.logger.warn('Oversized item no longer recorded by AWS Config', {
      resourceType: live.resourceType,
      resourceId: live.resourceId,
    });
    const evaluationsSent = await context.report(rule, [
      notApplicable(targetOf(live), 'No longer recorded by AWS Config'),
    ]);
    return checked('not recorded', { evaluationsSent });
  }
  const fetched = liveContextOfApiItem(item, new Date(summary.configurationItemCaptureTime)) ?? live;
  const status = typeof item.configurationItemStatus === 'string' ? item.configurationItemStatus : undefined;
  return checkOneItem(context, rule, { ...live, ...fetched, arn: fetched.arn ?? live.arn }, status, () =>
    deps.engine.fromApiItem(item, source),
  );
}
