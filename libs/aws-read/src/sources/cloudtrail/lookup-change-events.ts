// Who changed a drifted resource: the CloudTrail events AWS Config linked to its item, else the write calls that
// named it, read with LookupEvents at the rate CloudTrail allows.
import { CloudTrailClient, LookupAttribute, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { plainOutput } from '../../plain-output';
import { RateLimiter } from '../../rate-limiter';

/** What to ask about one finding (drift's ChangeSubject has this shape). */
export interface ChangeEventQuery {
  /** Event ids Config linked to the item (`relatedEvents`): looked up by id when present. */
  readonly relatedEvents: readonly string[];
  /** The resource's names in CloudTrail (live id, name, ARN), tried in order until one finds events. */
  readonly names: readonly string[];
  /** Events up to this time (the item's capture time); null: up to now. */
  readonly before: string | null;
}

export interface LookupChangeEventsOptions {
  /**
   * Paces the requests. LookupEvents allows two requests a second per account and region; share one limiter
   * between every client of the same account and region. @default a limiter of 2 a second for this call
   */
  readonly limiter?: RateLimiter;
  /** How far back to look before `before`: LookupEvents keeps 90 days. @default 30 */
  readonly lookbackDays?: number;
  /** Pages (of 50 events) read per resource name at most: the newest events are what explain the drift. @default 2 */
  readonly maxPages?: number;
  /** Now, for queries without `before`. @default new Date() */
  readonly now?: () => Date;
}

/** LookupEvents allows two requests a second per account and region. */
export const LOOKUP_EVENTS_PER_SECOND = 2;

/** A LookupEvents event as plain JSON (EventTime an ISO 8601 string), the form drift's parseCloudTrail reads. */
export type LookupEventJson = Record<string, unknown> & { EventId?: string };

const DAY = 86_400_000;

/**
 * The events that explain the given findings, each once: by event id where Config linked events, else the events
 * naming the resource in the lookback window, newest first, at most `maxPages` pages per name. Throttling beyond the
 * limiter (another process using the same quota) is the client's retry mode's business: give it adaptive retries.
 */
export async function lookupChangeEvents(
  client: CloudTrailClient,
  queries: readonly ChangeEventQuery[],
  options: LookupChangeEventsOptions = {},
): Promise<LookupEventJson[]> {
  const limiter = options.limiter ?? new RateLimiter({ perSecond: LOOKUP_EVENTS_PER_SECOND });
  const lookback = (options.lookbackDays ?? 30) * DAY;
  const maxPages = options.maxPages ?? 2;
  const now = options.now ?? (() => new Date());
  const found = new Map<string, LookupEventJson>();
  const asked = new Set<string>();

  const lookup = async (attribute: LookupAttribute, start?: Date, end?: Date): Promise<number> => {
    let count = 0;
    let token: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      await limiter.acquire();
      const response = await client.send(
        new LookupEventsCommand({
          LookupAttributes: [attribute],
          StartTime: start,
          EndTime: end,
          MaxResults: 50,
          NextToken: token,
        }),
      );
      for (const event of response.Events ?? []) {
        const json: LookupEventJson = plainOutput(event);
        if (json.EventId && !found.has(json.EventId)) found.set(json.EventId, json);
        count++;
      }
      token = response.NextToken;
      if (!token) break;
    }
    return count;
  };

  for (const q of queries) {
    if (q.relatedEvents.length > 0) {
      for (const id of q.relatedEvents) {
        if (found.has(id) || asked.has(`id:${id}`)) continue;
        asked.add(`id:${id}`);
        await lookup({ AttributeKey: 'EventId', AttributeValue: id });
      }
      continue;
    }
    const end = q.before ? new Date(q.before) : now();
    const start = new Date(end.getTime() - lookback);
    for (const name of q.names) {
      const key = `name:${name}:${end.toISOString()}`;
      if (asked.has(key)) break;
      asked.add(key);
      if ((await lookup({ AttributeKey: 'ResourceName', AttributeValue: name }, start, end)) > 0) break;
    }
  }
  return [...found.values()];
}
