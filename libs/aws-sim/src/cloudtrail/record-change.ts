import type { ConfigItem } from '../config/config-item';
import type { ApiCall, CloudTrailRecord, SimulatedTrail } from './simulated-trail';

export interface RecordChangeOptions {
  /**
   * Link the event to the item in `relatedEvents`, as AWS Config did up to item version 1.2 (the item then says
   * version 1.2). From version 1.3 Config leaves `relatedEvents` empty and the event is found through LookupEvents by
   * the resource's name. @default false
   */
  readonly linkRelatedEvents?: boolean;
}

/**
 * Records in CloudTrail the call that made a change already applied to `item` (in place), and makes the item
 * say it was captured after the call, as Config records a change once it happened.
 */
export function recordChange(
  trail: SimulatedTrail,
  item: ConfigItem,
  call: ApiCall,
  options: RecordChangeOptions = {},
): CloudTrailRecord {
  const record = trail.record(call);
  const captured = Date.parse(String(item.configurationItemCaptureTime));
  const happened = Date.parse(record.eventTime);
  if (!(captured > happened)) {
    // Config records a change within minutes.
    const at = new Date(happened + 90_000);
    item.configurationItemCaptureTime = at.toISOString();
    item.configurationStateId = at.getTime();
  }
  if (options.linkRelatedEvents) {
    item.relatedEvents = [...((item.relatedEvents as string[] | undefined) ?? []), record.eventID];
    item.configurationItemVersion = '1.2';
  }
  return record;
}
