import { ADAPTED_TYPES_BY_SOURCE, type ConfigItem } from '@groundwork/drift';

/** Every type some adapter compares, whatever the source: items of these are never called left out. */
const ADAPTED: ReadonlySet<string> = new Set(Object.values(ADAPTED_TYPES_BY_SOURCE).flat());

/** How many types a note names before it sums up the rest. */
const NAMED = 8;

/**
 * A note on the live items of types no adapter compares (a type AWS Config records that the IaC cannot make, a
 * third-party type): read, and left out of the report rather than refused. Undefined when there are none.
 */
export function unadaptedItemsNote(items: readonly ConfigItem[]): string | undefined {
  const counts = new Map<string, number>();
  for (const item of items)
    if (!ADAPTED.has(item.resourceType))
      counts.set(item.resourceType, (counts.get(item.resourceType) ?? 0) + 1);
  if (counts.size === 0) return undefined;
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const named = byCount.slice(0, NAMED).map(([type, n]) => `${type} (${n})`);
  if (byCount.length > NAMED) named.push(`${byCount.length - NAMED} more types`);
  const total = byCount.reduce((sum, [, n]) => sum + n, 0);
  return `${total} live item${total === 1 ? '' : 's'} of types no adapter compares, left out of the report: ${named.join(', ')}`;
}
