import type { ResourceResult } from '../report-types';
import { type Actor, groupByActor } from './actor-grouping';
import { groupByStack } from './report-grouping';

/** How the text and markdown reports list resources: under their stack, or under who changed them last. */
export type ReportGrouping = 'stack' | 'actor';

export const REPORT_GROUPINGS: readonly ReportGrouping[] = ['stack', 'actor'];

/** One heading of a report and the resources under it. */
export type ReportSection =
  | { readonly by: 'stack'; readonly stack: string | null; readonly resources: ResourceResult[] }
  | { readonly by: 'actor'; readonly actor: Actor | null; readonly resources: ResourceResult[] };

export function reportSections(
  resources: readonly ResourceResult[],
  grouping: ReportGrouping = 'stack',
): ReportSection[] {
  return grouping === 'actor'
    ? groupByActor(resources).map((g) => ({ by: 'actor', ...g }))
    : groupByStack(resources).map((g) => ({ by: 'stack', ...g }));
}
