// CloudTrail LookupEvents over a list of events, with the rules of the CloudTrail API Reference: at most one lookup
// attribute, a time range, 1 to 50 results a page (50 by default), newest first, and a NextToken valid only with the
// parameters it was issued for.

/** One event of a LookupEvents response, as plain JSON (EventTime an ISO 8601 string). */
export interface LookupEvent {
  readonly EventId: string;
  readonly EventName: string;
  /** "true" or "false". */
  readonly ReadOnly: string;
  readonly AccessKeyId?: string;
  readonly EventTime: string;
  readonly EventSource: string;
  readonly Username?: string;
  readonly Resources: readonly { readonly ResourceType: string; readonly ResourceName: string }[];
  /** The full record, a JSON string. */
  readonly CloudTrailEvent: string;
}

export type LookupAttributeKey =
  | 'EventId'
  | 'EventName'
  | 'ReadOnly'
  | 'Username'
  | 'ResourceType'
  | 'ResourceName'
  | 'EventSource'
  | 'AccessKeyId';

export interface LookupEventsRequest {
  readonly LookupAttributes?: readonly {
    readonly AttributeKey: LookupAttributeKey;
    readonly AttributeValue: string;
  }[];
  /** Inclusive; ISO 8601 or a Date. */
  readonly StartTime?: string | Date;
  readonly EndTime?: string | Date;
  readonly MaxResults?: number;
  readonly NextToken?: string;
}

export interface LookupEventsResponse {
  readonly Events: LookupEvent[];
  readonly NextToken?: string;
}

/** An error as the AWS SDK raises it: its `name` is the exception's. */
export class LookupEventsError extends Error {
  constructor(
    override readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

function matches(event: LookupEvent, key: LookupAttributeKey, value: string): boolean {
  switch (key) {
    case 'ResourceName':
      return event.Resources.some((r) => r.ResourceName === value);
    case 'ResourceType':
      return event.Resources.some((r) => r.ResourceType === value);
    case 'ReadOnly':
      return event.ReadOnly === value;
    default:
      return event[key] === value;
  }
}

function time(value: string | Date | undefined): number | undefined {
  return value === undefined ? undefined : new Date(value).getTime();
}

/** The parameters a NextToken is bound to. */
function fingerprint(request: LookupEventsRequest): string {
  return JSON.stringify([request.LookupAttributes ?? [], time(request.StartTime), time(request.EndTime)]);
}

export function lookupEvents(
  events: readonly LookupEvent[],
  request: LookupEventsRequest,
): LookupEventsResponse {
  const attributes = request.LookupAttributes ?? [];
  if (attributes.length > 1)
    throw new LookupEventsError(
      'InvalidLookupAttributesException',
      'LookupAttributes can contain only one item',
    );
  const max = request.MaxResults ?? 50;
  if (!Number.isInteger(max) || max < 1 || max > 50)
    throw new LookupEventsError('InvalidMaxResultsException', `MaxResults must be 1 to 50, got ${max}`);
  const start = time(request.StartTime);
  const end = time(request.EndTime);
  if (start !== undefined && end !== undefined && start > end)
    throw new LookupEventsError('InvalidTimeRangeException', 'StartTime is after EndTime');
  let offset = 0;
  if (request.NextToken !== undefined) {
    const [bound, at] = Buffer.from(request.NextToken, 'base64url').toString('utf8').split('\u0000');
    if (bound !== fingerprint(request) || !/^\d+$/.test(at ?? ''))
      throw new LookupEventsError(
        'InvalidNextTokenException',
        'the token is not valid, or was issued for different parameters',
      );
    offset = Number(at);
  }
  const selected = events
    .filter((e) => attributes.every((a) => matches(e, a.AttributeKey, a.AttributeValue)))
    .filter((e) => {
      const t = new Date(e.EventTime).getTime();
      return (start === undefined || t >= start) && (end === undefined || t <= end);
    })
    .sort((a, b) => (a.EventTime < b.EventTime ? 1 : a.EventTime > b.EventTime ? -1 : 0));
  const page = selected.slice(offset, offset + max);
  const more = offset + max < selected.length;
  return {
    Events: page,
    ...(more && {
      NextToken: Buffer.from(`${fingerprint(request)}\u0000${offset + max}`, 'utf8').toString('base64url'),
    }),
  };
}
