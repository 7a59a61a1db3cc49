// Every resource of the types read directly, as declared inventories: each read returns all of its type there.
import { inventoryEnvelope, type InventoryEnvelope } from '@groundwork/drift';
import { describeAwsError, isRefusal } from '../../aws-errors';
import { placeOf, type ReadTarget } from '../../read-target';
import type { IncompleteType, SourceRead } from '../../source-read';
import { DIRECT_READERS, type DirectClients } from './direct-readers';

export interface DirectReadOptions {
  /** The types to read (typically `adaptedTargets('direct')`). */
  readonly targets: readonly ReadTarget[];
  /** The region of the regional types (the clients' region). */
  readonly region: string;
  readonly accountId: string | null;
  readonly clients: DirectClients;
}

/**
 * Reads each type with its reader: a declared inventory per place (the region, or "global"). A type without a reader,
 * or one the service refuses here (access denied, a member account asking for the organization), is incomplete; the
 * service failing now fails the whole read.
 */
export async function readDirect(options: DirectReadOptions): Promise<SourceRead> {
  const byPlace = new Map<string, { types: string[]; items: unknown[] }>();
  const incomplete: IncompleteType[] = [];
  for (const target of options.targets) {
    const reader = DIRECT_READERS[target.resourceType];
    if (!reader) {
      incomplete.push({ resourceType: target.resourceType, reason: 'no direct read is known for this type' });
      continue;
    }
    try {
      const outputs = await reader(options.clients, options.accountId);
      const place = placeOf(target, options.region);
      let entry = byPlace.get(place);
      if (!entry) byPlace.set(place, (entry = { types: [], items: [] }));
      entry.types.push(target.resourceType);
      entry.items.push(...outputs);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      incomplete.push({ resourceType: target.resourceType, reason: describeAwsError(error) });
    }
  }
  const envelopes: InventoryEnvelope[] = [...byPlace].map(([place, { types, items }]) =>
    inventoryEnvelope(
      { source: 'direct', accountId: options.accountId, region: place, resourceTypes: types },
      items,
    ),
  );
  return { envelopes, incomplete };
}
