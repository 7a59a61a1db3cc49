import type { ChangeEvent, DriftReport, ResourceResult } from '../report-types';
import type { ChangeSubject } from './change-subjects';
import type { TrailEvent } from './trail-event';

export interface AttachChangesOptions {
  /** At most this many events per finding, the newest. @default 5 */
  readonly maxEvents?: number;
}

function byTime(a: TrailEvent, b: TrailEvent): number {
  return a.change.eventTime < b.change.eventTime ? -1 : a.change.eventTime > b.change.eventTime ? 1 : 0;
}

/**
 * The report with `changedBy` on each subject's finding: the events Config linked to its live item when CloudTrail
 * has them, else the write calls that named the resource (by id, name or ARN) up to the item's capture time. Newest
 * last, at most `maxEvents`. Findings with no such event are left as they are; the report is not mutated.
 */
export function attachChanges(
  report: DriftReport,
  subjects: readonly ChangeSubject[],
  events: readonly TrailEvent[],
  options: AttachChangesOptions = {},
): DriftReport {
  const max = options.maxEvents ?? 5;
  const byId = new Map(events.map((e) => [e.id, e]));
  const writes = events.filter((e) => e.readOnly !== true);
  const changed = new Map<number, ChangeEvent[]>();
  for (const s of subjects) {
    let found = s.relatedEvents.map((id) => byId.get(id)).filter((e): e is TrailEvent => e !== undefined);
    if (found.length === 0)
      found = writes.filter(
        (e) =>
          (s.before === null || e.change.eventTime <= s.before) &&
          s.names.some((n) => e.resourceNames.has(n)),
      );
    if (found.length > 0)
      changed.set(
        s.index,
        [...found]
          .sort(byTime)
          .slice(-max)
          .map((e) => ({ ...e.change })),
      );
  }
  if (changed.size === 0) return report;
  return {
    ...report,
    resources: report.resources.map((r, i): ResourceResult => {
      const changedBy = changed.get(i);
      return changedBy ? { ...r, changedBy } : r;
    }),
  };
}
