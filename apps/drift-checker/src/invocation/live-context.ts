// The live side of a result, as alerts and evaluations name it, from an item in event or in API form.
import type { ConfigurationItemSummary, EventFormConfigurationItem } from '@groundwork/drift';
import type { EvaluationTarget } from '../sinks/config-evaluations';
import type { LiveContext } from '../sinks/drift-alert';

/** Event-form items and summaries (`ARN`, `awsAccountId`): what rule invocations and EventBridge carry. */
export function liveContextOfEventItem(
  item: EventFormConfigurationItem | ConfigurationItemSummary,
): LiveContext {
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
export function liveContextOfApiItem(raw: unknown, fallbackTime: Date): LiveContext | null {
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

/** The resource an evaluation is about, ordered by the item's capture time. */
export function targetOf(live: LiveContext): EvaluationTarget {
  return {
    resourceType: live.resourceType,
    resourceId: live.resourceId,
    orderingTimestamp: new Date(live.capturedAt),
  };
}
