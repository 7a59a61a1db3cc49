import type { ChangeEvent } from '../report-types';

/** How a change was made, in the words every report format uses. */
export const VIA_LABEL: Readonly<Record<ChangeEvent['via'], string>> = {
  console: 'console',
  api: 'API',
  service: 'AWS service',
  unknown: 'unknown',
};

/** A CloudTrail time as people read it in a report: `2026-11-27 07:58:12 UTC`, the same on every machine. */
export function formatEventTime(iso: string): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** Who made a change, in a few words: the user name, else the last part of the principal ARN. */
export function actorName(event: ChangeEvent): string {
  if (event.userName) return event.userName;
  const slash = event.principalArn.lastIndexOf('/');
  return slash >= 0 ? event.principalArn.slice(slash + 1) : event.principalArn;
}
