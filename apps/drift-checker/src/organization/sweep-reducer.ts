// The last state of the sweep: merge every shard result into one organization report (JSON in the drift report's
// schema, markdown, SARIF) in the sweep bucket, and send one SNS digest. Shards the map gave up on (within its
// tolerated failure percentage) have no result: the report names them, and their resources are not in it.
import {
  type DriftReport,
  isDrift,
  renderJson,
  renderMarkdown,
  renderSarif,
  type ResourceResult,
} from '@groundwork/drift';
import { subjectLine } from '../sinks/drift-summary';
import type { ShardResult } from './shard-result';
import { sweepKeys } from './sweep-keys';
import type { DigestNotifier, SweepStore } from './sweep-ports';
import type { SweepShard } from './sweep-shard-plan';

export interface ReducerInput {
  readonly sweepId: string;
  readonly bucket: string;
}

export interface ReducerOutput {
  readonly sweepId: string;
  readonly shards: number;
  readonly failedShards: string[];
  /**
   * How many types shards could not read in full (refused, or the member read role not assumable): their resources
   * are NOT_CHECKED. The report and the digest name them; the state's output stays small.
   */
  readonly unreadTypes: number;
  readonly items: number;
  readonly drifted: number;
  readonly evaluationsPut: number;
  readonly summary: DriftReport['summary'];
  readonly reportKeys: { json: string; markdown: string; sarif: string };
}

/** A type one shard could not read in full, where and why, and how many managed resources it left unchecked. */
interface UnreadType {
  readonly accountId: string;
  readonly region: string;
  readonly resourceType: string;
  readonly reason: string;
  readonly uncheckedManaged: number;
}

/** At most this many unread types are named in the digest; the markdown report names them all. */
const DIGEST_UNREAD_LIMIT = 10;

function unreadTypesOf(results: readonly ShardResult[]): UnreadType[] {
  return results.flatMap((r) =>
    (r.incomplete ?? []).map((i) => ({
      accountId: r.accountId,
      region: r.region,
      resourceType: i.resourceType,
      reason: i.reason,
      uncheckedManaged: r.findings.filter(
        (f) => f.status === 'NOT_CHECKED' && f.stack !== null && f.resourceType === i.resourceType,
      ).length,
    })),
  );
}

function unreadLine(u: UnreadType): string {
  return `${u.resourceType} in ${u.accountId} (${u.region}): ${u.reason}`;
}

/**
 * The digest's line on unread types: those that left managed resources unchecked by name (what needs a person),
 * the others counted (Organizations' types in a member account, which only the management account can read).
 */
function digestUnreadLine(unread: readonly UnreadType[]): string[] {
  if (unread.length === 0) return [];
  const harmful = unread.filter((u) => u.uncheckedManaged > 0);
  const named = harmful.slice(0, DIGEST_UNREAD_LIMIT).map(unreadLine).join('; ');
  const more = harmful.length > DIGEST_UNREAD_LIMIT ? `; +${harmful.length - DIGEST_UNREAD_LIMIT} more` : '';
  return [
    `Not read in full: ${unread.length} types in shards, ${harmful.length} of them leaving managed resources NOT_CHECKED${harmful.length ? `: ${named}${more}` : ''} (all in the report).`,
  ];
}

const COUNTS = ['total', 'inSync', 'modified', 'deleted', 'unmanaged', 'notChecked'] as const;

function byPlace(a: ResourceResult, b: ResourceResult): number {
  return (
    (a.account ?? '').localeCompare(b.account ?? '') ||
    (a.region ?? '').localeCompare(b.region ?? '') ||
    (a.stack ?? '\uffff').localeCompare(b.stack ?? '\uffff') ||
    (a.address ?? a.resourceId ?? '').localeCompare(b.address ?? b.resourceId ?? '')
  );
}

/** Reads the results one by one, keeping only their counts and findings: memory grows with findings, not items. */
async function mergeResults(
  store: SweepStore,
  sweepId: string,
  planned: readonly SweepShard[],
): Promise<{ merged: ShardResult[]; failed: string[] }> {
  const present = new Set(await store.list(sweepKeys.resultsPrefix(sweepId)));
  const merged: ShardResult[] = [];
  const failed: string[] = [];
  for (const shard of planned) {
    const key = sweepKeys.result(sweepId, shard.id);
    const text = present.has(key) ? await store.get(key) : undefined;
    if (text === undefined) failed.push(shard.id);
    else merged.push(JSON.parse(text) as ShardResult);
  }
  return { merged, failed };
}

function organizationReport(results: readonly ShardResult[]): DriftReport {
  const summary: DriftReport['summary'] = {
    total: 0,
    inSync: 0,
    modified: 0,
    deleted: 0,
    unmanaged: 0,
    notChecked: 0,
    coverage: 1,
  };
  let managed = 0;
  let checked = 0;
  const resources: ResourceResult[] = [];
  for (const r of results) {
    for (const k of COUNTS) summary[k] += r.summary[k];
    managed += r.managed;
    checked += r.checked;
    for (const f of r.findings) resources.push(f);
  }
  summary.coverage = managed === 0 ? 1 : Math.round((checked / managed) * 10000) / 10000;
  resources.sort(byPlace);
  return { schemaVersion: 1, summary, resources };
}

function markdownOf(
  report: DriftReport,
  sweepId: string,
  results: readonly ShardResult[],
  failed: readonly string[],
  unread: readonly UnreadType[],
): string {
  const perAccount = new Map<string, { items: number; drifted: number }>();
  for (const r of results) {
    const row = perAccount.get(r.accountId) ?? { items: 0, drifted: 0 };
    perAccount.set(r.accountId, row);
    row.items += r.items;
    row.drifted += r.summary.modified + r.summary.deleted + r.summary.unmanaged;
  }
  const drifting = [...perAccount].filter(([, row]) => row.drifted > 0);
  const lines = [
    `# Organization drift sweep ${sweepId}`,
    '',
    `${perAccount.size} accounts, ${results.length} shards compared, ${failed.length} failed. In-sync resources are counted in the totals, not listed.`,
    '',
    ...(failed.length > 0
      ? [
          'Shards that failed (their resources are not in this report):',
          '',
          ...failed.map((id) => `- \`${id}\``),
          '',
        ]
      : []),
    ...(unread.length > 0
      ? [
          'Types not read in full (their resources are NOT_CHECKED, never DELETED):',
          '',
          ...unread.map((u) => `- ${unreadLine(u)}`),
          '',
        ]
      : []),
    ...(drifting.length > 0
      ? [
          '| Account | Items | Drifted |',
          '| --- | ---: | ---: |',
          ...drifting.map(([account, row]) => `| ${account} | ${row.items} | ${row.drifted} |`),
          '',
        ]
      : []),
  ];
  return `${lines.join('\n')}\n${renderMarkdown(report)}`;
}

export async function reduceSweep(
  input: ReducerInput,
  deps: { readonly store: SweepStore; readonly notifier: DigestNotifier },
): Promise<ReducerOutput> {
  const { sweepId } = input;
  const shardList = await deps.store.get(sweepKeys.shardList(sweepId));
  if (shardList === undefined)
    throw new Error(
      `s3://${input.bucket}/${sweepKeys.shardList(sweepId)}: no shard list for sweep ${sweepId}; the planner writes it first`,
    );
  const planned = JSON.parse(shardList) as SweepShard[];
  const { merged, failed } = await mergeResults(deps.store, sweepId, planned);
  const report = organizationReport(merged);
  const unread = unreadTypesOf(merged);
  const reportKeys = {
    json: sweepKeys.report(sweepId, 'json'),
    markdown: sweepKeys.report(sweepId, 'md'),
    sarif: sweepKeys.report(sweepId, 'sarif'),
  };
  await deps.store.put(reportKeys.json, renderJson(report), 'application/json');
  await deps.store.put(
    reportKeys.markdown,
    markdownOf(report, sweepId, merged, failed, unread),
    'text/markdown',
  );
  await deps.store.put(reportKeys.sarif, JSON.stringify(renderSarif(report)), 'application/sarif+json');
  const drifted = report.resources.filter(isDrift).length;
  const items = merged.reduce((n, r) => n + r.items, 0);
  const evaluationsPut = merged.reduce((n, r) => n + r.evaluationsPut, 0);
  const s = report.summary;
  await deps.notifier.publish(
    subjectLine(
      `Groundwork drift: ${drifted} drifted in the organization${failed.length ? `, ${failed.length} shards failed` : ''}`,
    ),
    [
      `Sweep ${sweepId}: ${merged.length} of ${planned.length} shards compared, ${items} live items.`,
      `In sync ${s.inSync}, modified ${s.modified}, deleted ${s.deleted}, unmanaged ${s.unmanaged}, not checked ${s.notChecked}; coverage ${(s.coverage * 100).toFixed(1)} %.`,
      `Evaluations put (compliance changed since the last sweep): ${evaluationsPut}.`,
      ...(failed.length ? [`Failed shards: ${failed.join(', ')}.`] : []),
      ...digestUnreadLine(unread),
      `Report: s3://${input.bucket}/${reportKeys.markdown} (also .json, .sarif).`,
    ].join('\n'),
  );
  return {
    sweepId,
    shards: planned.length,
    failedShards: failed,
    unreadTypes: unread.length,
    items,
    drifted,
    evaluationsPut,
    summary: s,
    reportKeys,
  };
}
