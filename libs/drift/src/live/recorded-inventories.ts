import { type ConfigItem, type Inventory, type LiveSource, showsTypeRecorded } from './config-item';

/**
 * What a complete listing of recorded resources proves (a Config snapshot file, a listing of the recorder's items):
 * per account and region of its items, an inventory of every type it has a recorded item of. A type with no item
 * is not known to be recorded, so it is not covered.
 */
export function recordedInventories(items: readonly ConfigItem[], source: LiveSource): Inventory[] {
  const byPlace = new Map<string, { accountId: string | null; region: string | null; types: Set<string> }>();
  for (const item of items) {
    if (item.source !== source || !showsTypeRecorded(item)) continue;
    const key = `${item.accountId ?? ''}\u0000${item.awsRegion ?? ''}`;
    let place = byPlace.get(key);
    if (!place) {
      place = { accountId: item.accountId, region: item.awsRegion, types: new Set() };
      byPlace.set(key, place);
    }
    place.types.add(item.resourceType);
  }
  return [...byPlace.values()].map((p) => ({
    source,
    accountId: p.accountId,
    region: p.region,
    resourceTypes: [...p.types].sort(),
  }));
}
