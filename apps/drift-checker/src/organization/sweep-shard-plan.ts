// The shard list of an organization sweep: account × region × resource-type group, each group small enough that
// one shard function holds its items, the engine's view of them and its result in memory.

/** One unit of work of the Distributed Map: the items of some resource types in one account and region. */
export interface SweepShard {
  /** Stable across sweeps while the grouping is unchanged: the key of the shard's compliance state. */
  readonly id: string;
  readonly accountId: string;
  /** An AWS region, or `global` for the types AWS Config records once per account (IAM). */
  readonly region: string;
  readonly resourceTypes: readonly string[];
  /** The item count the plan expects (from the aggregator's counts): how the shard was sized. */
  readonly expectedItems: number;
}

export interface ShardPlanInput {
  readonly accounts: readonly string[];
  readonly regions: readonly string[];
  /** Types recorded once per account, in the `global` shard of each account. */
  readonly globalTypes: readonly string[];
  /** Types recorded per region. */
  readonly regionalTypes: readonly string[];
  /** Recorded items per type in an account and region (`global` for global types); a type with none is absent. */
  readonly counts: (accountId: string, region: string) => ReadonlyMap<string, number>;
  /** The most items one shard may hold. */
  readonly maxItemsPerShard: number;
}

/** `AWS::EC2::SecurityGroup` → `ec2`: types of one service share a shard first, so the grouping stays stable. */
function serviceOf(type: string): string {
  return (type.split('::')[1] ?? type).toLowerCase();
}

/**
 * The shards of one account and region: each service's types together while they fit, else split into packs of
 * whole types (first fit, largest first). A type with more items than fit alone gets a shard of its own: a
 * listing cannot be split without losing the completeness that proves deletions.
 */
function shardsOf(
  accountId: string,
  region: string,
  types: readonly string[],
  counts: ReadonlyMap<string, number>,
  max: number,
): SweepShard[] {
  const byService = new Map<string, string[]>();
  for (const type of [...types].sort()) {
    const service = serviceOf(type);
    byService.set(service, [...(byService.get(service) ?? []), type]);
  }
  const shards: SweepShard[] = [];
  for (const [service, serviceTypes] of [...byService].sort(([a], [b]) => a.localeCompare(b))) {
    const sized = serviceTypes
      .map((type) => ({ type, items: counts.get(type) ?? 0 }))
      .sort((a, b) => b.items - a.items || a.type.localeCompare(b.type));
    const packs: { types: string[]; items: number }[] = [];
    for (const t of sized) {
      const pack = packs.find((p) => p.items + t.items <= max);
      if (pack) {
        pack.types.push(t.type);
        pack.items += t.items;
      } else packs.push({ types: [t.type], items: t.items });
    }
    packs.forEach((pack, i) =>
      shards.push({
        id: `${accountId}/${region}/${service}${packs.length > 1 ? `-${i + 1}` : ''}`,
        accountId,
        region,
        resourceTypes: pack.types.sort(),
        expectedItems: pack.items,
      }),
    );
  }
  return shards;
}

/**
 * Every shard of the organization. Account-regions with no recorded items of a type still get a shard for it:
 * an empty listing is what proves that managed resources of that type were deleted.
 */
export function planShards(input: ShardPlanInput): SweepShard[] {
  if (!Number.isInteger(input.maxItemsPerShard) || input.maxItemsPerShard < 1)
    throw new Error(`maxItemsPerShard must be a positive integer, got ${input.maxItemsPerShard}`);
  const shards: SweepShard[] = [];
  for (const accountId of [...input.accounts].sort()) {
    if (input.globalTypes.length > 0)
      shards.push(
        ...shardsOf(
          accountId,
          'global',
          input.globalTypes,
          input.counts(accountId, 'global'),
          input.maxItemsPerShard,
        ),
      );
    for (const region of [...input.regions].sort())
      shards.push(
        ...shardsOf(
          accountId,
          region,
          input.regionalTypes,
          input.counts(accountId, region),
          input.maxItemsPerShard,
        ),
      );
  }
  return shards;
}
