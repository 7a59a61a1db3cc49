// The first state of the sweep: list the organization's accounts, size the Config shards from the aggregator's counts,
// add the shards read in the member accounts (Cloud Control and direct types), and write the shard list to the
// sweep bucket, where the Distributed Map's ItemReader reads it.
import { sweepKeys } from './sweep-keys';
import type { OrganizationDirectory, SweepStore } from './sweep-ports';
import { planShards, type MemberReadTypes } from './sweep-shard-plan';

const COUNT_CONCURRENCY = 10;

export interface PlannerSettings {
  readonly bucket: string;
  readonly regions: readonly string[];
  readonly globalTypes: readonly string[];
  readonly regionalTypes: readonly string[];
  readonly maxItemsPerShard: number;
  /** Cloud Control and direct types, read in each member account through its read role. @default none */
  readonly memberReadTypes?: MemberReadTypes;
}

export interface PlannerInput {
  /** The Step Functions execution name: unique per sweep. */
  readonly sweepId: string;
  readonly startedAt: string;
}

/** The state the map runs on: where the shard list is, and what every shard item carries along. */
export interface PlannerOutput {
  readonly sweepId: string;
  readonly startedAt: string;
  readonly bucket: string;
  readonly shardListKey: string;
  readonly shards: number;
  readonly accounts: number;
}

export async function planSweep(
  input: PlannerInput,
  settings: PlannerSettings,
  deps: {
    readonly directory: OrganizationDirectory;
    readonly store: SweepStore;
    /**
     * The accounts the organization's stacks deploy to: those the aggregator holds no item of are swept too, so
     * their stacks are reported NOT_CHECKED instead of missing from the report. @default none
     */
    readonly stackAccounts?: () => Promise<readonly string[]>;
  },
): Promise<PlannerOutput> {
  const accounts = await deps.directory.accounts();
  const recorded = new Set(accounts);
  const unrecordedAccounts = [...new Set((await deps.stackAccounts?.()) ?? [])].filter(
    (a) => !recorded.has(a),
  );
  const counts = new Map<string, ReadonlyMap<string, number>>();
  const places = accounts.flatMap((a) => ['global', ...settings.regions].map((r) => [a, r] as const));
  // Ten at a time: hundreds of accounts at once would only meet the aggregator's throttling.
  for (let i = 0; i < places.length; i += COUNT_CONCURRENCY)
    await Promise.all(
      places
        .slice(i, i + COUNT_CONCURRENCY)
        .map(async ([a, r]) => counts.set(`${a}/${r}`, await deps.directory.resourceCounts(a, r))),
    );
  const shards = planShards({
    accounts,
    regions: settings.regions,
    globalTypes: settings.globalTypes,
    regionalTypes: settings.regionalTypes,
    maxItemsPerShard: settings.maxItemsPerShard,
    memberReadTypes: settings.memberReadTypes,
    unrecordedAccounts,
    counts: (a, r) => counts.get(`${a}/${r}`) ?? new Map(),
  });
  const shardListKey = sweepKeys.shardList(input.sweepId);
  await deps.store.put(shardListKey, JSON.stringify(shards), 'application/json');
  return {
    sweepId: input.sweepId,
    startedAt: input.startedAt,
    bucket: settings.bucket,
    shardListKey,
    shards: shards.length,
    accounts: accounts.length + unrecordedAccounts.length,
  };
}
