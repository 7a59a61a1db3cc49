// The organization Config aggregator as the sweep reads it: the accounts it holds items of, how many items of each
// type an account and region holds (to size the shards), and one shard's items in full.
import {
  ConfigServiceClient,
  paginateGetAggregateDiscoveredResourceCounts,
} from '@aws-sdk/client-config-service';
import { readConfigItems } from '@groundwork/aws-read';
import { fromApiItem, type ConfigItem, type Inventory } from '@groundwork/drift';
import type { OrganizationDirectory, ShardReader } from '../sweep-ports';
import type { SweepShard } from '../sweep-shard-plan';

export class AggregatorReads implements OrganizationDirectory, ShardReader {
  constructor(
    private readonly config: ConfigServiceClient,
    private readonly aggregator: string,
  ) {}

  private async counts(
    groupBy: 'ACCOUNT_ID' | 'RESOURCE_TYPE',
    filters?: { AccountId: string; Region: string },
  ): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    const pages = paginateGetAggregateDiscoveredResourceCounts(
      { client: this.config },
      { ConfigurationAggregatorName: this.aggregator, GroupByKey: groupBy, Filters: filters },
    );
    for await (const page of pages)
      for (const g of page.GroupedResourceCounts ?? [])
        if (g.GroupName) counts.set(g.GroupName, (counts.get(g.GroupName) ?? 0) + (g.ResourceCount ?? 0));
    return counts;
  }

  /** The accounts the aggregator holds recorded items of: the organization's accounts that record. */
  async accounts(): Promise<readonly string[]> {
    return [...(await this.counts('ACCOUNT_ID')).keys()].sort();
  }

  resourceCounts(accountId: string, region: string): Promise<ReadonlyMap<string, number>> {
    return this.counts('RESOURCE_TYPE', { AccountId: accountId, Region: region });
  }

  /** Every item of the shard's types in its account and region: a complete listing, which proves deletions. */
  async read(shard: SweepShard): Promise<{ items: ConfigItem[]; inventories: Inventory[] }> {
    const source = `aggregator ${this.aggregator}`;
    const api = await readConfigItems(this.config, {
      resourceTypes: shard.resourceTypes,
      aggregator: this.aggregator,
      scope: { accountId: shard.accountId, region: shard.region },
    });
    return {
      items: api.map((item) => fromApiItem(item, source)),
      inventories: [
        {
          source: 'config',
          accountId: shard.accountId,
          region: shard.region,
          resourceTypes: [...shard.resourceTypes],
        },
      ],
    };
  }
}
