// Every resource of the types Cloud Control reads: each type listed in full (ListResources, every page, under every
// model value its list handler requires), then each resource read (GetResource), because list handlers return
// summaries for several types (policies without Content, accounts without their parent). A type listed in full is
// an inventory, which can prove a deletion.
import type { CloudControlClient } from '@aws-sdk/client-cloudcontrol';
import { inventoryEnvelope, type InventoryEnvelope } from '@groundwork/drift';
import { describeAwsError, isRefusal } from '../../aws-errors';
import { mapLimited } from '../../map-limited';
import { placeOf, type ReadTarget, regionToRead } from '../../read-target';
import type { IncompleteType, SourceRead } from '../../source-read';
import { getResource, listIdentifiers, propertiesOf } from './cloud-control-calls';
import { LIST_NEEDS, type TypeLister } from './list-needs';

export interface CloudControlReadOptions {
  /** The types to read (typically `adaptedTargets('cloudcontrol')`). */
  readonly targets: readonly ReadTarget[];
  /** The region regional types are read in. */
  readonly region: string;
  /** The account read (null when not known: the drift engine then takes it for the one in scope). */
  readonly accountId: string | null;
  /** A client in a region; Organizations' types are read in us-east-1. Read-only calls only are made. */
  readonly clientFor: (region: string) => CloudControlClient;
  /** GetResource calls in flight at once. @default 8 */
  readonly concurrency?: number;
  /** Called as resources are read: how many so far, of how many listed so far. */
  readonly onProgress?: (read: number, listed: number) => void;
}

/** GetResource calls in flight at once: well under Cloud Control's request rate, which the retry mode paces anyway. */
const DEFAULT_CONCURRENCY = 8;

/** A type's primary identifiers, listed under every model value its list handler requires. */
async function listAll(lister: TypeLister, resourceType: string): Promise<string[]> {
  const need = LIST_NEEDS[resourceType];
  if (!need) return lister.identifiers(resourceType);
  const found: string[] = [];
  const pending = await need.values(lister);
  const seen = new Set<string>();
  while (pending.length > 0) {
    const value = pending.shift() as string;
    if (seen.has(value)) continue;
    seen.add(value);
    const listed = await lister.identifiers(resourceType, { [need.property]: value });
    found.push(...listed);
    if (need.nested) pending.push(...listed);
  }
  return [...new Set(found)];
}

/**
 * Reads the types in the account: a declared inventory per place (the region, or "global") of the types listed in
 * full, with GetResource outputs as items. A type Cloud Control cannot list or read here (not supported, not
 * permitted, failing handler) is reported incomplete and proves nothing; the service failing now (throttled past the
 * client's retries, 5xx) fails the whole read.
 */
export async function readCloudControl(options: CloudControlReadOptions): Promise<SourceRead> {
  const { region, clientFor } = options;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const lister: TypeLister = {
    identifiers: (type, model) => listIdentifiers(clientFor(regionToRead(type, region)), type, model),
    properties: async (type, id) =>
      propertiesOf(await getResource(clientFor(regionToRead(type, region)), type, id)),
  };
  const byPlace = new Map<string, { types: string[]; items: unknown[] }>();
  const incomplete: IncompleteType[] = [];
  let listed = 0;
  let read = 0;

  for (const target of options.targets) {
    const place = placeOf(target, region);
    let entry = byPlace.get(place);
    if (!entry) byPlace.set(place, (entry = { types: [], items: [] }));
    const client = clientFor(regionToRead(target.resourceType, region));
    try {
      const identifiers = await listAll(lister, target.resourceType);
      listed += identifiers.length;
      const outputs = await mapLimited(identifiers, concurrency, async (id) => {
        const output = await getResource(client, target.resourceType, id);
        options.onProgress?.(++read, listed);
        return output;
      });
      // A resource deleted between the listing and its read is simply not there: the inventory still holds.
      entry.items.push(...outputs.filter((o) => o !== null));
      entry.types.push(target.resourceType);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      incomplete.push({ resourceType: target.resourceType, reason: describeAwsError(error) });
    }
  }

  const envelopes: InventoryEnvelope[] = [];
  for (const [place, { types, items }] of byPlace)
    if (types.length > 0)
      envelopes.push(
        inventoryEnvelope(
          { source: 'cloudcontrol', accountId: options.accountId, region: place, resourceTypes: types },
          items,
        ),
      );
  return { envelopes, incomplete };
}
