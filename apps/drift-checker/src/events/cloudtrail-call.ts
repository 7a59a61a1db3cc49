// The fast path: a CloudTrail management event (through an EventBridge rule) says a resource of a type AWS Config
// does not record was changed; that one resource is read again from its source and compared, so a service control
// policy edit pages within minutes rather than at the next sweep.
import { describeAwsError, isRefusal, readOneResource } from '@groundwork/aws-read';
import { cloudTrailChangeOf, type CloudTrailRecord } from '@groundwork/drift';
import type { ReadItem, ReadPlace } from '../engine-port';
import type { InvocationContext } from '../invocation/context';
import { combined, ignored, type InvocationOutcome } from '../invocation/outcome';
import { checkOneItem } from './one-item';

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Re-reads the resource the call names, and compares it (alerting as an EventBridge change event does). */
export async function onCloudTrailCall(
  context: InvocationContext,
  record: CloudTrailRecord,
): Promise<InvocationOutcome> {
  const { deps } = context;
  const change = cloudTrailChangeOf(record);
  if (!change)
    return ignored(
      `${record.eventSource} ${record.eventName}: not a call the fast path re-reads a resource for`,
    );
  const identifier = change.identifier(record);
  const accountId = text(record.recipientAccountId);
  // Global services record their calls in us-east-1; the resource is read where its type is read.
  const region = change.global ? deps.region : (text(record.awsRegion) ?? deps.region);
  if (change.source === 'cloudcontrol' && identifier === undefined)
    return ignored(`${record.eventName} names no ${change.resourceType} in its request parameters`);
  const place: ReadPlace = {
    accountId,
    region: change.global ? 'global' : region,
    readAt: new Date(deps.now?.() ?? Date.now()).toISOString(),
  };
  const source = `${change.resourceType} read after ${record.eventName}`;
  let outputs: unknown[];
  try {
    outputs = await readOneResource(deps.live, {
      source: change.source,
      resourceType: change.resourceType,
      identifier,
      region,
      accountId,
    });
  } catch (error) {
    // The account refusing the read (access denied, not the management account) answers the same on a retry.
    if (!isRefusal(error)) throw error;
    context.count('Errors', 1);
    deps.logger.warn('Fast-path read refused; the sweep will try again', {
      source,
      error: describeAwsError(error),
    });
    return ignored(`${source} refused: ${describeAwsError(error)}`);
  }
  let read: readonly ReadItem[];
  try {
    read = deps.engine.readLive(outputs, source, place).items;
  } catch (error) {
    context.count('Errors', 1);
    return ignored(`unreadable ${source}: ${(error as Error)?.message ?? String(error)}`);
  }
  const named = identifier === undefined ? read : read.filter((r) => r.live.resourceId === identifier);
  // Not there any more: that one resource is gone (a single read proves nothing about the others).
  const targets =
    named.length > 0 || identifier === undefined
      ? named
      : [
          deps.engine.goneItem(
            { source: change.source, resourceType: change.resourceType, resourceId: identifier },
            place,
          ),
        ];
  const outcomes: InvocationOutcome[] = [];
  for (const target of targets)
    outcomes.push(await checkOneItem(context, null, target.live, target.status, () => target.item));
  return combined(outcomes, `${source}: nothing to compare`);
}
