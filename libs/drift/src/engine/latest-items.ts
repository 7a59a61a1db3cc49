// The latest configuration item of each live resource in a check's input: inputs hold several items of one resource
// (history, items delivered twice), and only the newest is compared.
import type { ConfigItem } from '../live/config-item';
import type { ScopeResolution } from './scope';

const SEP = '\u0000';

/** Newer configuration item first: capture time, then state id. */
function isNewer(a: ConfigItem, b: ConfigItem): boolean {
  const ta = a.configurationItemCaptureTime ?? '';
  const tb = b.configurationItemCaptureTime ?? '';
  if (ta !== tb) return ta > tb;
  return Number(a.configurationStateId ?? 0) > Number(b.configurationStateId ?? 0);
}

/**
 * The newest item of each live resource (one source, type, account, region and id), in the order each resource
 * first appears. Items of one place usually come together, so the place's key is built once per run of them, not
 * once per item: a sweep shard checks thousands.
 */
export function latestItems(items: readonly ConfigItem[], resolution: ScopeResolution): ConfigItem[] {
  const out: ConfigItem[] = [];
  const byPlace = new Map<string, Map<string, number>>();
  let ids: Map<string, number> | undefined;
  let last = { source: '', type: '', account: '', region: '' };
  for (const item of items) {
    const account = resolution.matchAccount(item.accountId) ?? '';
    const region = item.awsRegion === 'global' ? '' : (item.awsRegion ?? '');
    if (
      ids === undefined ||
      item.source !== last.source ||
      item.resourceType !== last.type ||
      account !== last.account ||
      region !== last.region
    ) {
      const key = `${item.source}${SEP}${item.resourceType}${SEP}${account}${SEP}${region}`;
      ids = byPlace.get(key);
      if (!ids) byPlace.set(key, (ids = new Map()));
      last = { source: item.source, type: item.resourceType, account, region };
    }
    const at = ids.get(item.resourceId);
    if (at === undefined) {
      ids.set(item.resourceId, out.length);
      out.push(item);
    } else if (isNewer(item, out[at])) out[at] = item;
  }
  return out;
}
