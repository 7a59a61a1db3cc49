import { isRecord } from '@groundwork/core';
import { DriftInputError, describe } from '../errors';
import { decodeNested } from '../live/decode';
import { TrailEvent, trailEventOf } from './trail-event';

const EXPECTED =
  'CloudTrail events: a LookupEvents response ({"Events": [...]}), a CloudTrail log file ({"Records": [...]}), ' +
  'or an array of either';

/** One LookupEvents event: its `CloudTrailEvent` string holds the full record; the envelope fills what it lacks. */
function lookupEvent(event: unknown, source: string, path: string): TrailEvent {
  if (!isRecord(event)) throw new DriftInputError(source, path, 'a LookupEvents event', describe(event));
  const record = decodeNested(event['CloudTrailEvent']);
  return trailEventOf(isRecord(record) ? record : {}, source, path, event);
}

function collect(json: unknown, source: string, path: string, out: TrailEvent[]): void {
  if (Array.isArray(json)) {
    json.forEach((part, i) => {
      // An array of records (a log file's Records on their own), or of responses/log files.
      if (isRecord(part) && (part['eventID'] !== undefined || part['eventName'] !== undefined))
        out.push(trailEventOf(part, source, `${path}/${i}`));
      else collect(part, source, `${path}/${i}`, out);
    });
    return;
  }
  if (isRecord(json) && Array.isArray(json['Events'])) {
    json['Events'].forEach((e, i) => out.push(lookupEvent(e, source, `${path}/Events/${i}`)));
    return;
  }
  if (isRecord(json) && Array.isArray(json['Records'])) {
    json['Records'].forEach((r, i) => out.push(trailEventOf(r, source, `${path}/Records/${i}`)));
    return;
  }
  throw new DriftInputError(source, path, EXPECTED, describe(json));
}

/**
 * CloudTrail events in the forms AWS gives them: the output of LookupEvents (`aws cloudtrail lookup-events`, one
 * page or an array of pages), a CloudTrail log file as a trail delivers it to S3 (`{"Records": [...]}`), or an
 * array of log records. Each event once, by id.
 */
export function parseCloudTrail(json: unknown, source: string): TrailEvent[] {
  const out: TrailEvent[] = [];
  collect(json, source, '', out);
  const byId = new Map<string, TrailEvent>();
  for (const e of out) if (!byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()];
}
