// Drift events for automation on the function's own EventBridge bus.
import { EventBridgeClient, PutEventsCommand, PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { DriftAlert } from './drift-alert';

export const DRIFT_EVENT_SOURCE = 'groundwork.drift';
export const DRIFT_DETAIL_TYPE = 'Groundwork Drift Detected';
/** PutEvents takes at most 10 entries per call, each at most 256 KiB. */
const MAX_ENTRIES_PER_CALL = 10;
const MAX_ENTRY_BYTES = 250_000;

export function driftEventEntry(eventBusName: string, alert: DriftAlert): PutEventsRequestEntry {
  const base = {
    Source: DRIFT_EVENT_SOURCE,
    DetailType: DRIFT_DETAIL_TYPE,
    EventBusName: eventBusName,
    Resources: alert.arn ? [alert.arn] : [],
  };
  for (let keep = alert.differences.length; ; keep = Math.floor(keep / 2)) {
    const detail = JSON.stringify({
      schemaVersion: 1,
      ...alert,
      differences: alert.differences.slice(0, keep),
      differencesTruncated: alert.differences.length - keep,
    });
    if (Buffer.byteLength(detail) <= MAX_ENTRY_BYTES || keep === 0) return { ...base, Detail: detail };
  }
}

/** Thrown when EventBridge accepted the call but not every entry (throttled or failed inside the service). */
export class PutEventsFailedError extends Error {
  override readonly name = 'PutEventsFailedError';
}

export async function putDriftEvents(
  client: EventBridgeClient,
  eventBusName: string,
  alerts: readonly DriftAlert[],
): Promise<number> {
  let calls = 0;
  for (let i = 0; i < alerts.length; i += MAX_ENTRIES_PER_CALL) {
    const entries = alerts.slice(i, i + MAX_ENTRIES_PER_CALL).map((a) => driftEventEntry(eventBusName, a));
    const res = await client.send(new PutEventsCommand({ Entries: entries }));
    calls++;
    if (res.FailedEntryCount) {
      const codes = (res.Entries ?? []).flatMap((e) =>
        e.ErrorCode ? [`${e.ErrorCode}: ${e.ErrorMessage ?? ''}`] : [],
      );
      throw new PutEventsFailedError(
        `EventBridge refused ${res.FailedEntryCount} of ${entries.length} drift events: ${codes.join('; ')}`,
      );
    }
  }
  return calls;
}
