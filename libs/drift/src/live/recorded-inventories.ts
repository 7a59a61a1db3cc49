import { type ConfigItem, type Inventory, type LiveSource, showsTypeRecorded } from './config-item';

/**
 * What a complete listing of recorded resources proves (a Config snapshot file, a listing of the recorder's items):
 * per account and region of its items, an inventory of every type it has a recorded item of. A type with no item
 * is not known to be recorded, so it is not covered.
 */
export function recordedInventories(items: readonly ConfigItem[], source: LiveSource): Inventory[] {
  // account → region → types; nested maps, as a snapshot holds tens of thousands of items.
  const byAccount = new Map<string | null, Map<string | null, Set<string>>>();
  for (const item of items) {
    if (item.source !== source || !showsTypeRecorded(item)) continue;
    let byRegion = byAccount.get(item.accountId);
    if (!byRegion) byAccount.set(item.accountId, (byRegion = new Map()));
    let types = byRegion.get(item.awsRegion);
    if (!types) byRegion.set(item.awsRegion, (types = new Set()));
    types.add(item.resourceType);
  }
  const inventories: Inventory[] = [];
  for (const [accountId, byRegion] of byAccount)
    for (const [region, types] of byRegion)
      inventories.push({ source, accountId, region, resourceTypes: [...types].sort() });
  return inventories;
}
