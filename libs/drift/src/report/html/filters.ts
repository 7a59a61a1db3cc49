import type { DriftStatus, ResourceResult } from '../../report-types';
import { resourceLabel } from '../report-grouping';
import { actorName } from '../change-labels';

/** The stack filter's value for resources in no stack (UNMANAGED): a stack name is never blank. */
export const NO_STACK = ' ';

/** What the reader asked to see. A null field means "any". */
export interface Filters {
  readonly statuses: ReadonlySet<DriftStatus>;
  readonly stack: string | null;
  readonly resourceType: string | null;
  readonly location: string | null;
  readonly source: string | null;
  /** As typed: whitespace-separated words, each of which must occur (case-insensitive). */
  readonly search: string;
}

/** The statuses listed when the page opens: everything but IN_SYNC, which is counted, not listed. */
export const DEFAULT_STATUSES: readonly DriftStatus[] = ['MODIFIED', 'DELETED', 'UNMANAGED', 'NOT_CHECKED'];

/** Account and region as one filter value (`123456789012 eu-west-1`), or null when the report does not say. */
export function locationOf(r: ResourceResult): string | null {
  const parts = [r.account, r.region].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(' ') : null;
}

export function stackOf(r: ResourceResult): string {
  return r.stack ?? NO_STACK;
}

/** The resource type a reader filters by: the AWS Config type, else the Terraform type of its address. */
export function typeOf(r: ResourceResult): string | null {
  if (r.resourceType) return r.resourceType;
  const dot = r.address?.indexOf('.') ?? -1;
  return dot > 0 ? (r.address as string).slice(0, dot) : null;
}

/** Orders by UTF-16 code units, the same in every browser and locale (names here are ids, not prose). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The values a filter can take, with how many resources have each, sorted by value; absent values left out. */
export function facet(
  resources: readonly ResourceResult[],
  valueOf: (r: ResourceResult) => string | null | undefined,
): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of resources) {
    const v = valueOf(r);
    if (v !== null && v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => compareText(a, b));
}

/** Everything a search can find in a resource, lower-cased: names, ids, paths, reasons, values and actors. */
export function searchText(r: ResourceResult): string {
  const parts: (string | null | undefined)[] = [
    resourceLabel(r),
    ...r.addresses,
    r.constructPath,
    r.resourceType,
    r.resourceId,
    r.stack,
    r.reason,
    r.account,
    r.region,
    r.source,
  ];
  for (const d of r.differences) parts.push(d.path, JSON.stringify(d.expected), JSON.stringify(d.actual));
  for (const e of r.changedBy ?? []) parts.push(actorName(e), e.principalArn, e.eventName, e.sourceIp);
  return parts
    .filter((p): p is string => typeof p === 'string')
    .join('\n')
    .toLowerCase();
}

/**
 * The resources of a report, ready to be filtered many times: the search text of each resource is built once,
 * a slice at a time while the page is idle (`prepareSearch(count)`), and what is left on the first search.
 */
export class FindingIndex {
  private readonly haystacks: string[] = [];

  constructor(private readonly resources: readonly ResourceResult[]) {}

  /** Builds the search text of up to `count` more resources; true once every resource has one. */
  prepareSearch(count = Infinity): boolean {
    const end = Math.min(this.resources.length, this.haystacks.length + count);
    for (let i = this.haystacks.length; i < end; i++) this.haystacks.push(searchText(this.resources[i]));
    return this.haystacks.length === this.resources.length;
  }

  /** Indices of the resources that pass every filter, in report order. */
  match(filters: Filters): number[] {
    const words = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length > 0) this.prepareSearch();
    const out: number[] = [];
    for (let i = 0; i < this.resources.length; i++) {
      const r = this.resources[i];
      if (!filters.statuses.has(r.status)) continue;
      if (filters.stack !== null && stackOf(r) !== filters.stack) continue;
      if (filters.resourceType !== null && typeOf(r) !== filters.resourceType) continue;
      if (filters.location !== null && locationOf(r) !== filters.location) continue;
      if (filters.source !== null && r.source !== filters.source) continue;
      if (words.length > 0) {
        const text = this.haystacks[i];
        if (!words.every((w) => text.includes(w))) continue;
      }
      out.push(i);
    }
    return out;
  }
}
