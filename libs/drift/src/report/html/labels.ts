import type { ChangeEvent, Difference, DriftStatus, LiveSourceKind } from '../../report-types';

/** What each status is called on the page. */
export const STATUS_LABEL: Readonly<Record<DriftStatus, string>> = {
  MODIFIED: 'Modified',
  DELETED: 'Deleted',
  UNMANAGED: 'Unmanaged',
  NOT_CHECKED: 'Not checked',
  IN_SYNC: 'In sync',
};

/** The CSS class suffix of each status (`status-modified`, …). */
export const STATUS_CLASS: Readonly<Record<DriftStatus, string>> = {
  MODIFIED: 'modified',
  DELETED: 'deleted',
  UNMANAGED: 'unmanaged',
  NOT_CHECKED: 'not-checked',
  IN_SYNC: 'in-sync',
};

export const SOURCE_LABEL: Readonly<Record<LiveSourceKind, string>> = {
  config: 'AWS Config',
  cloudcontrol: 'Cloud Control API',
  direct: 'direct read',
};

export const VIA_LABEL: Readonly<Record<ChangeEvent['via'], string>> = {
  console: 'console',
  api: 'API',
  service: 'AWS service',
  unknown: 'unknown',
};

export const CHANGE_LABEL: Readonly<Record<Difference['type'], string>> = {
  NOT_EQUAL: 'changed',
  ADD: 'added live',
  REMOVE: 'missing live',
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
