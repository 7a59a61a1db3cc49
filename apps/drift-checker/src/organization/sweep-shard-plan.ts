// The shard list of an organization sweep: account × region × resource-type group, each group small enough that
// one shard function holds its items, the engine's view of them and its result in memory. AWS Config's types are
// read through the organization aggregator; the types Cloud Control and the direct reads take are read in the member
// account itself, through its read role.
import type { ReadTarget } from '@groundwork/aws-read';
import type { LiveSource } from '@groundwork/drift';

/** One unit of work of the Distributed Map: the items of some resource types in one account and region. */
export interface SweepShard {
  /** Stable across sweeps while the grouping is unchanged: the key of the shard's compliance state. */
  readonly id: string;
  readonly accountId: string;
  /** An AWS region, or `global` for the types AWS Config records once per account (IAM). */
  readonly region: string;
  readonly resourceTypes: readonly string[];
  /**
   * The item count the plan expects (from the aggregator's counts): how a Config shard was sized. Null for the
   * shards read in the member account, whose counts nothing gives before they are read.
   */
  readonly expectedItems: number | null;
  /**
   * The live source the shard reads: the aggregator (`config`), or the member account's Cloud Control or direct
   * reads. Absent in shard lists planned before the other sources were swept, which held Config shards only.
   */
  readonly source?: LiveSource;
  /**
   * Set on the Config shards of an account that stacks deploy to but the organization aggregator holds no item of
   * (no recorder records there, or it does not share with the aggregator yet): an empty read there proves nothing,
   * so the shard reads nothing and reports its managed resources NOT_CHECKED, saying why.
   */
  readonly unrecorded?: true;
}

const SOURCES: readonly LiveSource[] = ['config', 'cloudcontrol', 'direct'];

/** The source a shard reads; a value this code does not know (a list planned by another version) is an error. */
export function shardSource(shard: SweepShard): LiveSource {
  const source = shard.source ?? 'config';
  if (!SOURCES.includes(source))
    throw new Error(
      `shard ${shard.id}: source must be one of ${SOURCES.join(', ')}, got ${JSON.stringify(source)}: ` +
        'the shard list was planned by another version of the sweep; start a new sweep',
    );
  return source;
}

/** The types read in the member accounts, per source, as the drift adapters register them. */
export interface MemberReadTypes {
  readonly cloudcontrol: readonly ReadTarget[];
  readonly direct: readonly ReadTarget[];
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
  /** Cloud Control and direct types, read in each member account. @default none */
  readonly memberReadTypes?: MemberReadTypes;
  /** Accounts stacks deploy to that the aggregator holds no item of: planned, their Config shards `unrecorded`. */
  readonly unrecordedAccounts?: readonly string[];
}

/** `AWS::EC2::SecurityGroup` → `ec2`: types of one service share a shard first, so the grouping stays stable. */
function serviceOf(type: string): string {
  return (type.split('::')[1] ?? type).toLowerCase();
}

/** Types by service, services and types sorted: the same types always group the same way. */
function byService(types: readonly string[]): [string, string[]][] {
  const grouped = new Map<string, string[]>();
  for (const type of [...types].sort()) {
    const service = serviceOf(type);
    grouped.set(service, [...(grouped.get(service) ?? []), type]);
  }
  return [...grouped].sort(([a], [b]) => a.localeCompare(b));
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
  const shards: SweepShard[] = [];
  for (const [service, serviceTypes] of byService(types)) {
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
        source: 'config',
      }),
    );
  }
  return shards;
}

/**
 * The shards read in one member account through its read role: per source, one per service and place (each swept
 * region for regional types; `global` once for the types whose identity ignores the region, read where
 * libs/aws-read's read-target module says). Nothing counts these types before they are read, so a shard is not sized
 * by items: a service's types together, a handful at most, each listed in full. Ids name the source
 * (`<account>/<place>/<source>/<service>`), so they never meet a Config shard's and stay stable across sweeps.
 */
function memberShardsOf(accountId: string, regions: readonly string[], types: MemberReadTypes): SweepShard[] {
  const shards: SweepShard[] = [];
  for (const source of ['cloudcontrol', 'direct'] as const) {
    const targets = types[source];
    const places: [string, string[]][] = [
      ['global', targets.filter((t) => t.global).map((t) => t.resourceType)],
      ...[...regions]
        .sort()
        .map((r): [string, string[]] => [r, targets.filter((t) => !t.global).map((t) => t.resourceType)]),
    ];
    for (const [place, placeTypes] of places)
      for (const [service, serviceTypes] of byService(placeTypes))
        shards.push({
          id: `${accountId}/${place}/${source}/${service}`,
          accountId,
          region: place,
          resourceTypes: serviceTypes,
          expectedItems: null,
          source,
        });
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
  const unrecorded = new Set(input.unrecordedAccounts ?? []);
  for (const accountId of [...new Set([...input.accounts, ...unrecorded])].sort()) {
    const isUnrecorded = unrecorded.has(accountId);
    const configShards = (region: string, types: readonly string[]) =>
      shardsOf(
        accountId,
        region,
        types,
        isUnrecorded ? new Map() : input.counts(accountId, region),
        input.maxItemsPerShard,
      ).map((shard) => (isUnrecorded ? { ...shard, unrecorded: true as const } : shard));
    if (input.globalTypes.length > 0) shards.push(...configShards('global', input.globalTypes));
    for (const region of [...input.regions].sort()) shards.push(...configShards(region, input.regionalTypes));
    if (input.memberReadTypes)
      shards.push(...memberShardsOf(accountId, input.regions, input.memberReadTypes));
  }
  return shards;
}
