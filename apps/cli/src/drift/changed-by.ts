import type { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import {
  attachChanges,
  changeSubjects,
  DriftInputError,
  parseCloudTrail,
  type ChangeSubject,
  type ConfigItem,
  type DriftReport,
  type TrailEvent,
} from '@groundwork/drift';
import { readDeliveredFile } from './read-delivered-file';

/** Where the CloudTrail events come from: files (LookupEvents output or log files), LookupEvents, or nowhere. */
export type ChangeSource =
  | { readonly kind: 'files'; readonly files: readonly string[] }
  | { readonly kind: 'lookup'; readonly region: string | undefined; readonly profile?: string }
  | { readonly kind: 'none' };

export interface ChangedByDeps {
  readonly cloudTrailClient?: (region: string) => CloudTrailClient;
}

/** Attempts per LookupEvents call, the first included, as for the Config reads. */
const MAX_ATTEMPTS = 8;

/**
 * The report with who changed each drifted finding, where CloudTrail says: from the given files, or in live mode from
 * LookupEvents in each finding's region. A failed lookup (no `cloudtrail:LookupEvents` permission, CloudTrail
 * unavailable) costs the answer to "who", not the report: it is a warning.
 */
export async function withChangedBy(
  report: DriftReport,
  items: readonly ConfigItem[],
  source: ChangeSource,
  warn: (message: string) => void,
  deps: ChangedByDeps = {},
): Promise<DriftReport> {
  if (source.kind === 'none') return report;
  const subjects = changeSubjects(report, items);
  if (subjects.length === 0) return report;
  if (source.kind === 'files') return attachChanges(report, subjects, source.files.flatMap(readTrailFile));
  try {
    return attachChanges(report, subjects, await lookupByRegion(subjects, source, deps));
  } catch (err) {
    const e = err as Error & { $metadata?: { attempts?: number } };
    warn(
      `CloudTrail LookupEvents failed (${e.name}: ${e.message}); the report does not say who changed what. ` +
        'It needs cloudtrail:LookupEvents; --no-cloudtrail skips it.',
    );
    return report;
  }
}

function readTrailFile(file: string): TrailEvent[] {
  let json: unknown;
  try {
    json = JSON.parse(readDeliveredFile(file));
  } catch (err) {
    throw new DriftInputError(
      file,
      '',
      'valid JSON (LookupEvents output or a CloudTrail log file)',
      (err as Error).message,
    );
  }
  return parseCloudTrail(json, file);
}

/** LookupEvents in the region of each finding (a CloudTrail records its own region's calls), one client per region. */
async function lookupByRegion(
  subjects: readonly ChangeSubject[],
  source: Extract<ChangeSource, { kind: 'lookup' }>,
  deps: ChangedByDeps,
): Promise<TrailEvent[]> {
  // The SDK loads only when it is needed.
  const [{ CloudTrailClient }, { adaptiveRetry, lookupChangeEvents }] = await Promise.all([
    import('@aws-sdk/client-cloudtrail'),
    import('@groundwork/aws-read'),
  ]);
  const byRegion = new Map<string, ChangeSubject[]>();
  for (const s of subjects) {
    const region = s.region ?? source.region;
    if (!region) continue;
    byRegion.set(region, [...(byRegion.get(region) ?? []), s]);
  }
  const events: TrailEvent[] = [];
  for (const [region, group] of byRegion) {
    const client =
      deps.cloudTrailClient?.(region) ??
      new CloudTrailClient({ region, profile: source.profile, ...adaptiveRetry(MAX_ATTEMPTS) });
    const found = await lookupChangeEvents(client, group);
    events.push(...parseCloudTrail({ Events: found }, `CloudTrail LookupEvents (${region})`));
  }
  return events;
}
