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

/** One envelope per region of one source: the types `listed` reads there, the outputs `reads` gives there. */
function envelopes<T extends { region: string; typeName: string }>(
  source: 'cloudcontrol' | 'direct',
  account: string,
  reads: readonly T[],
  listed: readonly T[],
  output: (read: T) => object,
): Record<string, InventoryEnvelope> {
  const outputs = byRegion(reads);
  const files: Record<string, InventoryEnvelope> = {};
  for (const [region, types] of byRegion(listed)) {
    files[`${source}.${region}.json`] = inventoryEnvelope(
      source,
      account,
      region,
      types.map((r) => r.typeName),
      (outputs.get(region) ?? []).map(output),
    );
  }
  return files;
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
  return {
    ...envelopes('cloudcontrol', account, reads.cloudControl, listed.cloudControl, getResourceOutput),
    ...envelopes('direct', account, reads.direct, listed.direct, (r) => r.output),
  };
}
