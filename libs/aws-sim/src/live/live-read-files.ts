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

/**
 * `cloudcontrol.<region>.json` and `direct.<region>.json` (`global` for types whose identity ignores the region):
 * inventory envelopes of the account.
 */
export function liveReadFiles(
  account: string,
  reads: { readonly cloudControl: readonly CloudControlResource[]; readonly direct: readonly DirectRead[] },
): Record<string, InventoryEnvelope> {
  const files: Record<string, InventoryEnvelope> = {};
  for (const [region, resources] of byRegion(reads.cloudControl)) {
    files[`cloudcontrol.${region}.json`] = inventoryEnvelope(
      'cloudcontrol',
      account,
      region,
      resources.map((r) => r.typeName),
      resources.map(getResourceOutput),
    );
  }
  for (const [region, outputs] of byRegion(reads.direct)) {
    files[`direct.${region}.json`] = inventoryEnvelope(
      'direct',
      account,
      region,
      outputs.map((r) => r.typeName),
      outputs.map((r) => r.output),
    );
  }
  return files;
}
