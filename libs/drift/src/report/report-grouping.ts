import type { DriftReport, DriftStatus, LiveSourceKind, ResourceResult } from '../report-types';

/** Statuses in the order a reader should see them: what needs action first. */
export const STATUS_ORDER: readonly DriftStatus[] = [
  'MODIFIED',
  'DELETED',
  'UNMANAGED',
  'NOT_CHECKED',
  'IN_SYNC',
];

/** Statuses that mean the live account differs from the IaC (the CLI exits 1 on any of them). */
export const DRIFTING_STATUSES: ReadonlySet<DriftStatus> = new Set<DriftStatus>([
  'MODIFIED',
  'DELETED',
  'UNMANAGED',
]);

export function isDrift(result: ResourceResult): boolean {
  return DRIFTING_STATUSES.has(result.status);
}

/** A short, stable label for a resource: its Terraform address, or its Config type and id when unmanaged. */
export function resourceLabel(result: ResourceResult): string {
  if (result.address) return result.address;
  if (result.resourceType && result.resourceId) return `${result.resourceType} ${result.resourceId}`;
  return result.resourceId ?? result.resourceType ?? '(unknown resource)';
}

export interface StackGroup {
  /** The stack name, or null for resources in no stack (UNMANAGED). */
  readonly stack: string | null;
  readonly resources: ResourceResult[];
}

/**
 * Results ordered by status (what needs action first), then label. Each label is built once, not per comparison:
 * an organization report sorts hundreds of thousands of results.
 */
export function byStatusThenLabel(resources: readonly ResourceResult[]): ResourceResult[] {
  return resources
    .map((r) => ({ r, rank: STATUS_ORDER.indexOf(r.status), label: resourceLabel(r) }))
    .sort((x, y) => x.rank - y.rank || x.label.localeCompare(y.label))
    .map((e) => e.r);
}

/**
 * Groups results by stack (stacks by name, unmanaged last) and orders each group by status, then label, so the
 * output does not depend on the order the engine produced.
 */
export function groupByStack(resources: readonly ResourceResult[]): StackGroup[] {
  const groups = new Map<string | null, ResourceResult[]>();
  for (const r of resources) {
    const list = groups.get(r.stack);
    if (list) list.push(r);
    else groups.set(r.stack, [r]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([stack, list]) => ({ stack, resources: byStatusThenLabel(list) }));
}

/** Summary counts as a sentence, shared by the text and markdown renderers. */
export function formatCoverage(coverage: number): string {
  return `${(Math.floor(coverage * 1000) / 10).toFixed(1)}%`;
}

/** The live sources by name, in the order reports list them. */
export const SOURCE_NAMES: Readonly<Record<LiveSourceKind, string>> = {
  config: 'AWS Config',
  cloudcontrol: 'Cloud Control',
  direct: 'direct reads',
};

/** Where a result was compared, as far as known: `111111111111 eu-west-1 via config`; '' when nothing is. */
export function placeLabel(result: ResourceResult): string {
  const where = [result.account, result.region].filter((p) => p !== undefined).join(' ');
  const via = result.source ? `via ${result.source}` : '';
  return [where, via].filter((p) => p !== '').join(' ');
}

/** Coverage per live source in words, `AWS Config 100.0%, Cloud Control 40.0%`; '' when the report has none. */
export function formatCoverageBySource(summary: DriftReport['summary']): string {
  const bySource = summary.coverageBySource ?? {};
  return (Object.keys(SOURCE_NAMES) as LiveSourceKind[])
    .filter((s) => bySource[s] !== undefined)
    .map((s) => `${SOURCE_NAMES[s]} ${formatCoverage(bySource[s] as number)}`)
    .join(', ');
}
