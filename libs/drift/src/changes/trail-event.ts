import { isRecord } from '@groundwork/core';
import { DriftInputError, describe } from '../errors';
import { toIsoTime } from '../live/decode';
import type { ChangeEvent } from '../report-types';

/** One CloudTrail event as the drift report uses it: who made which call when, and which resources it named. */
export interface TrailEvent {
  /** The CloudTrail event id (`eventID`), what Config's `relatedEvents` lists. */
  readonly id: string;
  readonly change: ChangeEvent;
  /** CloudTrail's `readOnly`; undefined when the record does not say. Read-only calls change nothing. */
  readonly readOnly: boolean | undefined;
  /**
   * Every name the event gives a resource: LookupEvents' `Resources[].ResourceName`, a log record's
   * `resources[].ARN`, and the strings of its request parameters and response elements (ids, names, ARNs), so that
   * an event can be matched to a resource by its id, name or ARN whichever form it arrived in.
   */
  readonly resourceNames: ReadonlySet<string>;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * How the call was made, as CloudTrail documents it:
 * - a service: `userIdentity.type` `AWSService`, or `userIdentity.invokedBy` (the service that made the call on the
 *   principal's behalf, such as `autoscaling.amazonaws.com` or `cloudformation.amazonaws.com`);
 * - the console: `sessionCredentialFromConsole` "true" (the call came from a console session, CloudShell included),
 *   or a console user agent (`signin.amazonaws.com`, `console.amazonaws.com`, `console.ec2.amazonaws.com`,
 *   `AWS Console, …`);
 * - a service again: a user agent that is a service principal (`lambda.amazonaws.com`) or `AWS Internal`;
 * - the API: any other user agent (the AWS CLI, an SDK, Terraform);
 * - unknown: no user agent at all.
 */
export function viaOf(record: Readonly<Record<string, unknown>>): ChangeEvent['via'] {
  const identity = isRecord(record['userIdentity']) ? record['userIdentity'] : {};
  const agent = str(record['userAgent']) ?? '';
  if (identity['type'] === 'AWSService' || str(identity['invokedBy'])) return 'service';
  const fromConsole = record['sessionCredentialFromConsole'];
  if (fromConsole === 'true' || fromConsole === true) return 'console';
  if (/^(signin|console(\.[a-z0-9-]+)*)\.amazonaws\.com$/.test(agent) || /^AWS Console\b/.test(agent))
    return 'console';
  if (/^AWS Internal\b/.test(agent) || /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/.test(agent))
    return 'service';
  return agent === '' ? 'unknown' : 'api';
}

/** The principal: its ARN, else the service that acted (an `AWSService` identity has no ARN), else its type. */
function principalOf(identity: Readonly<Record<string, unknown>>): string {
  return (
    str(identity['arn']) ??
    str(identity['invokedBy']) ??
    str(identity['principalId']) ??
    str(identity['type']) ??
    'unknown'
  );
}

const IP = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]+)$/i;

/** Every string in a value (request parameters, response elements), a few levels deep. */
function strings(value: unknown, into: Set<string>, depth = 0): void {
  if (depth > 6) return;
  if (typeof value === 'string') {
    if (value !== '') into.add(value);
  } else if (Array.isArray(value)) for (const v of value) strings(v, into, depth + 1);
  else if (isRecord(value)) for (const v of Object.values(value)) strings(v, into, depth + 1);
}

/** `readOnly` as CloudTrail writes it: a boolean in log records, "true"/"false" in LookupEvents. */
function readOnlyOf(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/**
 * A CloudTrail event record (a log file's `Records[]` element, or LookupEvents' `CloudTrailEvent` decoded) as a
 * TrailEvent. `envelope` is the LookupEvents event around it, whose fields fill what the record leaves out.
 */
export function trailEventOf(
  record: unknown,
  source: string,
  path: string,
  envelope: Readonly<Record<string, unknown>> = {},
): TrailEvent {
  if (!isRecord(record))
    throw new DriftInputError(source, path, 'a CloudTrail event record', describe(record));
  const rawTime = record['eventTime'] ?? envelope['EventTime'];
  const id = str(record['eventID']) ?? str(envelope['EventId']);
  const eventName = str(record['eventName']) ?? str(envelope['EventName']);
  const eventTime = toIsoTime(rawTime);
  if (!id)
    throw new DriftInputError(
      source,
      `${path}/eventID`,
      'the CloudTrail event id',
      describe(record['eventID']),
    );
  if (!eventName)
    throw new DriftInputError(
      source,
      `${path}/eventName`,
      'the API call name',
      describe(record['eventName']),
    );
  if (!eventTime)
    throw new DriftInputError(source, `${path}/eventTime`, 'the time of the call', describe(rawTime));
  const identity = isRecord(record['userIdentity']) ? record['userIdentity'] : {};
  const userName = str(identity['userName']) ?? str(envelope['Username']);
  const sourceIp = str(record['sourceIPAddress']);
  const eventSource = str(record['eventSource']) ?? str(envelope['EventSource']);
  const names = new Set<string>();
  for (const r of Array.isArray(envelope['Resources']) ? envelope['Resources'] : [])
    if (isRecord(r) && str(r['ResourceName'])) names.add(r['ResourceName'] as string);
  for (const r of Array.isArray(record['resources']) ? record['resources'] : [])
    if (isRecord(r) && str(r['ARN'])) names.add(r['ARN'] as string);
  strings(record['requestParameters'], names);
  strings(record['responseElements'], names);
  return {
    id,
    change: {
      eventName,
      eventTime,
      principalArn: principalOf(identity),
      ...(userName && { userName }),
      via: viaOf(record),
      ...(sourceIp && IP.test(sourceIp) && { sourceIp }),
      ...(eventSource && { eventSource }),
    },
    readOnly: readOnlyOf(record['readOnly'] ?? envelope['ReadOnly']),
    resourceNames: names,
  };
}
