// Deletion needs proof: a managed resource with no live item is DELETED only when a complete inventory of its type
// covers its account and region (any region, for global types). Built once per check; each question is one lookup.
import type { Adapter } from '../adapters/adapter';
import { type ConfigItem, type Inventory, type LiveSource, showsTypeRecorded } from '../live/config-item';
import type { ScopeResolution } from './scope';

const SEP = '\u0000';
/** The region key of global types: an inventory of them from any region covers the account. */
const ANY_REGION = '*';

/** The adapter of a (source, type), if any. */
export type AdapterLookup = (source: LiveSource, type: string) => Adapter | undefined;

/** Where an inventory was found to cover a type: for the reason of a DELETED result. */
export interface CoveredBy {
  readonly account: string;
  readonly region: string;
}

function sourceOf(adapter: Adapter): LiveSource {
  return adapter.source ?? 'config';
}

function key(source: LiveSource, type: string, account: string, region: string): string {
  return `${source}${SEP}${type}${SEP}${account}${SEP}${region}`;
}

export class InventoryCoverage {
  private readonly covered = new Map<string, CoveredBy>();

  constructor(
    inventories: readonly Inventory[],
    items: Iterable<ConfigItem>,
    adapters: readonly Adapter[],
    adapterFor: AdapterLookup,
    private readonly scope: ScopeResolution,
  ) {
    const recorded = inventories.some((i) => i.resourceTypes === 'all-recorded')
      ? this.recordedTypes(items, adapterFor)
      : new Set<string>();
    for (const inventory of inventories) {
      const account = scope.account(inventory.accountId);
      if (account === undefined) continue;
      const region = scope.region(inventory.region);
      const types =
        inventory.resourceTypes === 'all-recorded'
          ? adapters.filter((a) => sourceOf(a) === inventory.source).map((a) => a.configType)
          : inventory.resourceTypes;
      for (const type of types) {
        const adapter = adapterFor(inventory.source, type);
        if (!adapter) continue;
        const at = adapter.global ? ANY_REGION : region;
        if (at === undefined) continue;
        const k = key(inventory.source, type, account, at);
        if (inventory.resourceTypes === 'all-recorded' && !recorded.has(k)) continue;
        this.covered.set(k, { account, region: at });
      }
    }
  }

  /** The (source, type, account, region) keys the items show recorded. */
  private recordedTypes(items: Iterable<ConfigItem>, adapterFor: AdapterLookup): Set<string> {
    const recorded = new Set<string>();
    for (const item of items) {
      if (!showsTypeRecorded(item)) continue;
      const adapter = adapterFor(item.source, item.resourceType);
      if (!adapter) continue;
      const account = this.scope.account(item.accountId);
      const region = adapter.global ? ANY_REGION : this.scope.region(item.awsRegion);
      if (account !== undefined && region !== undefined)
        recorded.add(key(item.source, item.resourceType, account, region));
    }
    return recorded;
  }

  /** The inventory that lists every resource of the adapter's type where the resource lives, if any. */
  coverage(adapter: Adapter, account: string | null, region: string | null): CoveredBy | undefined {
    const a = this.scope.account(account);
    if (a === undefined) return undefined;
    const r = adapter.global ? ANY_REGION : this.scope.region(region);
    if (r === undefined) return undefined;
    return this.covered.get(key(sourceOf(adapter), adapter.configType, a, r));
  }
}
