// One resource read again, as the drift checker's fast path does after a CloudTrail event names it.
import type { LiveSource } from '@groundwork/drift';
import type { LiveReadClients } from './read-live-sources';
import { regionToRead } from './read-target';
import { getResource } from './sources/cloudcontrol/cloud-control-calls';
import { DIRECT_READERS } from './sources/direct/direct-readers';

export interface OneResource {
  readonly source: Exclude<LiveSource, 'config'>;
  readonly resourceType: string;
  /** The Cloud Control primary identifier; a direct read reads its whole type, so it needs none. */
  readonly identifier?: string;
  /** The region the resource is in (global types: any). */
  readonly region: string;
  readonly accountId: string | null;
}

/**
 * The outputs that hold the resource now: GetResource's for Cloud Control (none when it is gone), the type's direct
 * read otherwise (every resource of the type, the caller picks the one). Read-only.
 */
export async function readOneResource(clients: LiveReadClients, resource: OneResource): Promise<unknown[]> {
  if (resource.source === 'cloudcontrol') {
    if (resource.identifier === undefined)
      throw new Error(`reading ${resource.resourceType} through Cloud Control needs its identifier`);
    const client = clients.cloudControlFor(regionToRead(resource.resourceType, resource.region));
    const output = await getResource(client, resource.resourceType, resource.identifier);
    return output === null ? [] : [output];
  }
  const reader = DIRECT_READERS[resource.resourceType];
  if (!reader) throw new Error(`no direct read is known for ${resource.resourceType}`);
  return reader(clients, resource.accountId);
}
