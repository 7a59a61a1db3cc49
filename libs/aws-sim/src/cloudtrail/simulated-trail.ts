// The simulated account's CloudTrail: every call recorded as CloudTrail writes it (the record a trail delivers to S3,
// and the event LookupEvents returns around it), and LookupEvents answered with CloudTrail's own rules.
import { SimulatedIds } from '../simulated-ids';
import { LookupEventsRequest, LookupEventsResponse, lookupEvents } from './lookup-events';
import { SimulatedActor, SimulatedClient, actorUserName, callOrigin, userIdentity } from './simulated-actor';

/** One management API call made in the account. */
export interface ApiCall {
  /** The API action, for example `AuthorizeSecurityGroupIngress`. */
  readonly eventName: string;
  /** The service endpoint, for example `ec2.amazonaws.com`. */
  readonly eventSource: string;
  readonly actor: SimulatedActor;
  /** @default 'console' */
  readonly client?: SimulatedClient;
  /** ISO 8601 UTC. */
  readonly time: string;
  readonly requestParameters?: Record<string, unknown> | null;
  readonly responseElements?: Record<string, unknown> | null;
  /** The resources LookupEvents lists for the event (and finds by `ResourceName` / `ResourceType`). */
  readonly resources?: readonly { readonly type: string; readonly name: string }[];
  /** @default false */
  readonly readOnly?: boolean;
  /** The caller's address. @default '203.0.113.10' (TEST-NET-3) */
  readonly sourceIp?: string;
}

/** A CloudTrail event record, as a trail delivers it in a log file's `Records` and LookupEvents in `CloudTrailEvent`. */
export type CloudTrailRecord = Record<string, unknown> & {
  readonly eventID: string;
  readonly eventName: string;
  readonly eventTime: string;
};

interface Recorded {
  readonly record: CloudTrailRecord;
  readonly call: ApiCall;
}

export interface SimulatedTrailOptions {
  readonly account: string;
  readonly region: string;
  /** Seed of the event ids: the same seed and calls give the same trail. @default 'groundwork-trail' */
  readonly seed?: string;
}

/** CloudTrail of one simulated account and region. */
export class SimulatedTrail {
  private readonly ids: SimulatedIds;
  private readonly recorded: Recorded[] = [];

  constructor(private readonly options: SimulatedTrailOptions) {
    this.ids = new SimulatedIds(`${options.seed ?? 'groundwork-trail'}:cloudtrail`);
  }

  /** Records one call and returns its record. */
  record(call: ApiCall): CloudTrailRecord {
    const { account, region } = this.options;
    const time = new Date(call.time).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const record: CloudTrailRecord = {
      eventVersion: '1.10',
      userIdentity: userIdentity(call.actor, account, time),
      eventTime: time,
      eventSource: call.eventSource,
      eventName: call.eventName,
      awsRegion: region,
      ...callOrigin(call.actor, call.client ?? 'console', call.sourceIp ?? '203.0.113.10'),
      requestParameters: call.requestParameters ?? null,
      responseElements: call.responseElements ?? null,
      requestID: this.ids.uuid(),
      eventID: this.ids.uuid(),
      readOnly: call.readOnly === true,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: account,
      eventCategory: 'Management',
    };
    this.recorded.push({ record, call });
    return record;
  }

  /** Every record, in the order the calls were made. */
  get records(): readonly CloudTrailRecord[] {
    return this.recorded.map((r) => r.record);
  }

  /** A CloudTrail log file with every record, as a trail delivers it to S3. */
  logFile(): { Records: CloudTrailRecord[] } {
    return { Records: this.recorded.map((r) => r.record) };
  }

  /** LookupEvents, answered as CloudTrail answers it (see lookup-events.ts for the rules). */
  lookupEvents(request: LookupEventsRequest = {}): LookupEventsResponse {
    return lookupEvents(
      this.recorded.map(({ record, call }) => ({
        EventId: record.eventID,
        EventName: record.eventName,
        ReadOnly: String(record['readOnly']),
        AccessKeyId: (record['userIdentity'] as Record<string, unknown>)['accessKeyId'] as string | undefined,
        EventTime: record.eventTime,
        EventSource: call.eventSource,
        Username: actorUserName(call.actor),
        Resources: (call.resources ?? []).map((r) => ({ ResourceType: r.type, ResourceName: r.name })),
        CloudTrailEvent: JSON.stringify(record),
      })),
      request,
    );
  }

  /** Every event, newest first, in one LookupEvents page: what `aws cloudtrail lookup-events` prints. */
  lookupEventsOutput(): LookupEventsResponse {
    const events: LookupEventsResponse['Events'] = [];
    let next: string | undefined;
    do {
      const page = this.lookupEvents({ NextToken: next });
      events.push(...page.Events);
      next = page.NextToken;
    } while (next);
    return { Events: events };
  }
}
