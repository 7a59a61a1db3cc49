// Where a fallback source has to be read: the accounts and regions where the IaC puts resources of a type that has
// a fallback adapter. A reader asks the preferred source there whether it records the type (AWS Config: a recorder
// that records it) and reads the fallback where it does not, so that no resource is left without live input.
import { FALLBACK_ADAPTERS } from '../adapters/registry';
import type { DesiredModel } from '../iac/desired-model';
import type { LiveSource } from './config-item';

export interface FallbackRead {
  /** The fallback's source and live type: what to read. */
  readonly source: LiveSource;
  readonly resourceType: string;
  /** The preferred source and its live type: read the fallback only where this one does not record it. */
  readonly preferredSource: LiveSource;
  readonly preferredType: string;
  /** The account the IaC's provider names; null when it does not say (the account read). */
  readonly account: string | null;
  /** The region the IaC's provider names. */
  readonly region: string;
}

/** Every (fallback type, account, region) the IaC places resources of, in the order the stacks name them. */
export function fallbackReads(desired: DesiredModel): FallbackRead[] {
  const reads = new Map<string, FallbackRead>();
  for (const stack of desired.stacks)
    for (const r of stack.resources) {
      if (r.region === null) continue;
      for (const { adapter, preferred } of FALLBACK_ADAPTERS) {
        if (!preferred.terraformTypes.includes(r.type)) continue;
        const read: FallbackRead = {
          source: adapter.source ?? 'config',
          resourceType: adapter.configType,
          preferredSource: preferred.source ?? 'config',
          preferredType: preferred.configType,
          account: r.account,
          region: r.region,
        };
        reads.set(`${read.source} ${read.resourceType} ${read.account ?? ''} ${read.region}`, read);
      }
    }
  return [...reads.values()];
}
