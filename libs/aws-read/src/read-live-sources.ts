// All three live sources of one account and region, read as the CLI's live mode and the drift checker's sweep read
// them: AWS Config's items, Cloud Control's resources and the direct reads, each as declared inventories.
import type { CloudControlClient } from '@aws-sdk/client-cloudcontrol';
import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import { inventoryEnvelope, type LiveSource } from '@groundwork/drift';
import { adaptedTargets, type ReadTarget } from './read-target';
import type { SourceRead } from './source-read';
import { readCloudControl } from './sources/cloudcontrol/read-cloud-control';
import { readConfigItems } from './sources/config/read-config-items';
import { readDirect } from './sources/direct/read-direct';

export interface LiveReadClients {
  /** AWS Config in the region read. */
  readonly config: ConfigServiceClient;
  /**
   * AWS Config in a region: asked, where the IaC puts a fallback type, whether a recorder records it there (the
   * CLI's live mode). @default none: fallback types are not read
   */
  readonly configFor?: (region: string) => ConfigServiceClient;
  /** Cloud Control in a region (the region read; us-east-1 for Organizations' types). */
  readonly cloudControlFor: (region: string) => CloudControlClient;
  readonly iam: IAMClient;
  /** AWS Organizations, in us-east-1: its only endpoint. */
  readonly organizations: OrganizationsClient;
}

export interface LiveReadOptions {
  readonly clients: LiveReadClients;
  /** The region read. */
  readonly region: string;
  /** The account read; null when not known (the drift engine then takes it for the one in scope). */
  readonly accountId: string | null;
  /** AWS Config types to list. @default the types Config adapters compare */
  readonly configTypes?: readonly string[];
  /** Cloud Control and direct types to read. @default the types their adapters compare */
  readonly targets?: {
    readonly cloudcontrol?: readonly ReadTarget[];
    readonly direct?: readonly ReadTarget[];
  };
  /** Read AWS Config through this aggregator (every account and region it aggregates). */
  readonly aggregator?: string;
  /** Add tags to Config's items with one advanced query (config:SelectResourceConfig). @default true */
  readonly selectTags?: boolean;
  /** Called as a source's items arrive: how many so far, of how many when known. */
  readonly onProgress?: (source: LiveSource, fetched: number, total: number | undefined) => void;
}

/**
 * Reads AWS Config (every item of the types, a complete inventory of each type that has one: a recorder records a
 * type or it does not), then Cloud Control, then the direct reads. Read-only calls only; throttling is the clients'
 * retry mode's business, and a source failing past it fails the read.
 */
export async function readLiveSources(options: LiveReadOptions): Promise<SourceRead> {
  const { clients, region, accountId, onProgress } = options;
  const configTypes = options.configTypes ?? adaptedTargets('config').map((t) => t.resourceType);
  const configItems = await readConfigItems(clients.config, {
    resourceTypes: configTypes,
    aggregator: options.aggregator,
    selectTags: options.selectTags,
    onProgress: (fetched, total) => onProgress?.('config', fetched, total),
  });
  // Through an aggregator the items are of many accounts and regions: each carries its own.
  const aggregated = options.aggregator !== undefined;
  const config = inventoryEnvelope(
    {
      source: 'config',
      accountId: aggregated ? null : accountId,
      region: aggregated ? null : region,
      resourceTypes: 'all-recorded',
    },
    configItems,
  );
  const cloudControl = await readCloudControl({
    targets: options.targets?.cloudcontrol ?? adaptedTargets('cloudcontrol'),
    region,
    accountId,
    clientFor: clients.cloudControlFor,
    onProgress: (read, listed) => onProgress?.('cloudcontrol', read, listed),
  });
  const direct = await readDirect({
    targets: options.targets?.direct ?? adaptedTargets('direct'),
    region,
    accountId,
    clients: { iam: clients.iam, organizations: clients.organizations, config: clients.config },
  });
  return {
    envelopes: [config, ...cloudControl.envelopes, ...direct.envelopes],
    incomplete: [...cloudControl.incomplete, ...direct.incomplete],
  };
}
