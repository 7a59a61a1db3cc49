import type { ConfigItem } from '../live/config-item';
import { isDrift } from '../report/report-grouping';
import type { DriftReport } from '../report-types';

/** A drifted finding as CloudTrail can be asked about it. */
export interface ChangeSubject {
  /** Index of the finding in `report.resources`. */
  readonly index: number;
  /** The names CloudTrail may give the resource: its live id, its name and its ARN. */
  readonly names: readonly string[];
  /** The event ids AWS Config linked to the live item (`relatedEvents`), when it did. */
  readonly relatedEvents: readonly string[];
  /** The capture time of the live item: a change after it is not what the item shows. Null when unknown. */
  readonly before: string | null;
  /**
   * The region whose CloudTrail recorded the change: the item's region; us-east-1 for the global services whose
   * items say `global` (IAM records its calls there). Null when the item does not say.
   */
  readonly region: string | null;
}

/**
 * What to ask CloudTrail about each drifted finding (MODIFIED, DELETED, UNMANAGED): the event ids Config linked to
 * its live item, else the resource's names, up to the item's capture time. In-sync and unchecked resources are
 * left out: nobody needs to know who left a resource alone.
 */
export function changeSubjects(report: DriftReport, items: readonly ConfigItem[]): ChangeSubject[] {
  const latest = new Map<string, ConfigItem>();
  for (const item of items) {
    const key = `${item.resourceType}\u0000${item.resourceId}`;
    const prev = latest.get(key);
    if (!prev || (item.configurationItemCaptureTime ?? '') > (prev.configurationItemCaptureTime ?? ''))
      latest.set(key, item);
  }
  const subjects: ChangeSubject[] = [];
  report.resources.forEach((r, index) => {
    if (!isDrift(r) || r.resourceId === null) return;
    const item = latest.get(`${r.resourceType}\u0000${r.resourceId}`);
    const names = [r.resourceId, item?.resourceName, item?.arn].filter(
      (n, i, all): n is string => typeof n === 'string' && n !== '' && all.indexOf(n) === i,
    );
    subjects.push({
      index,
      names,
      relatedEvents: item?.relatedEvents ?? [],
      before: item?.configurationItemCaptureTime ?? null,
      region: item?.awsRegion === 'global' ? 'us-east-1' : (item?.awsRegion ?? null),
    });
  });
  return subjects;
}
