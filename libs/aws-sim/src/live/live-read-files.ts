// The simulated account's reads beyond AWS Config as files a user would hand to `groundwork drift check
// --snapshot`: per source and region, a declared inventory of every resource of the types read there (GetResource
// outputs for Cloud Control, the API outputs for direct reads), as the drift checker's sweep writes them.
import type { CloudControlResource } from './cloud-control-resource';
import { getResourceOutput } from './cloud-control-resource';
import type { DirectRead } from './direct-read';
import { inventoryEnvelope, type InventoryEnvelope } from './inventory-envelope';

function byRegion<T extends { region: string }>(reads: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of reads) out.set(r.region, [...(out.get(r.region) ?? []), r]);
  return out;
}

export interface LiveReads {
  readonly cloudControl: readonly CloudControlResource[];
  readonly direct: readonly DirectRead[];
}

/**
 * `cloudcontrol.<region>.json` and `direct.<region>.json` (`global` for types whose identity ignores the region):
 * inventory envelopes of the account. Each lists in full the types of `listed` read there (by default the reads
 * themselves; give the account's reads before a scenario deleted a resource, so the inventory still proves it gone).
 */
export function liveReadFiles(
  account: string,
  reads: LiveReads,
  listed: LiveReads = reads,
): Record<string, InventoryEnvelope> {
  const files: Record<string, InventoryEnvelope> = {};
  const resources = byRegion(reads.cloudControl);
  for (const [region, types] of byRegion(listed.cloudControl)) {
    files[`cloudcontrol.${region}.json`] = inventoryEnvelope(
      'cloudcontrol',
      account,
      region,
      types.map((r) => r.typeName),
      (resources.get(region) ?? []).map(getResourceOutput),
    );
  }
  const outputs = byRegion(reads.direct);
  for (const [region, types] of byRegion(listed.direct)) {
    files[`direct.${region}.json`] = inventoryEnvelope(
      'direct',
      account,
      region,
      types.map((r) => r.typeName),
      (outputs.get(region) ?? []).map((r) => r.output),
    );
  }
  return files;
}
