// The fallback reads of an account: for each region where the IaC puts resources of a type with a fallback source
// (EventBridge rules, which Cloud Control reads where AWS Config does not), ask AWS Config whether a recorder there
// records the type, and read it through Cloud Control where none does. Bounded: two Config calls per region, then
// the type's listing and reads in the regions that need them.
import type { CloudControlClient } from '@aws-sdk/client-cloudcontrol';
import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { FallbackRead } from '@groundwork/drift';
import { isRefusal } from './aws-errors';
import type { SourceRead } from './source-read';
import { readCloudControl } from './sources/cloudcontrol/read-cloud-control';
import { recordedTypes } from './sources/config/recorded-types';

export interface FallbackReadOptions {
  /** Where the IaC places resources of fallback types (`fallbackReads` of @groundwork/drift), in this account. */
  readonly reads: readonly FallbackRead[];
  /** The account read. */
  readonly accountId: string | null;
  /** AWS Config and Cloud Control clients in a region. Read-only calls only are made. */
  readonly configFor: (region: string) => ConfigServiceClient;
  readonly cloudControlFor: (region: string) => CloudControlClient;
}

/**
 * Reads each fallback type through Cloud Control in the regions where AWS Config records its preferred type in no
 * recording recorder: a declared inventory per region, as readCloudControl gives it. Other fallback pairs (another
 * preferred or fallback source) are not read: no adapter needs them.
 */
export async function readFallbacks(options: FallbackReadOptions): Promise<SourceRead> {
  const byRegion = new Map<string, FallbackRead[]>();
  for (const read of options.reads) {
    if (read.preferredSource !== 'config' || read.source !== 'cloudcontrol') continue;
    byRegion.set(read.region, [...(byRegion.get(read.region) ?? []), read]);
  }
  const out: SourceRead = { envelopes: [], incomplete: [] };
  for (const [region, reads] of byRegion) {
    const recorded = await recordedTypes(
      options.configFor(region),
      reads.map((r) => r.preferredType),
    ).catch((error: unknown) => {
      // Not allowed to ask: read the fallback anyway. Where Config records the type too, its items come first.
      if (isRefusal(error)) return new Set<string>();
      throw error;
    });
    const targets = reads
      .filter((r) => !recorded.has(r.preferredType))
      .map((r) => ({ resourceType: r.resourceType, global: false }));
    if (targets.length === 0) continue;
    const read = await readCloudControl({
      targets,
      region,
      accountId: options.accountId,
      clientFor: options.cloudControlFor,
    });
    out.envelopes.push(...read.envelopes);
    out.incomplete.push(...read.incomplete);
  }
  return out;
}
