// The sweep's AWS seams over a simulated organization: the aggregator's accounts, counts and reads from the
// simulated recorders, and sinks that record what would be sent. Faults are injected per shard: a throttle (thrown
// the way the SDK names it, so the state machine's Retry takes it) or a failure that persists.
import type { ConfigItem as SimItem } from '@groundwork/aws-sim';
import { fromApiItem, type ConfigItem, type Inventory } from '@groundwork/drift';
import type {
  DigestNotifier,
  EvaluationSink,
  OrganizationDirectory,
  ShardReader,
  SweepEvaluation,
} from '../sweep-ports';
import type { SweepShard } from '../sweep-shard-plan';

function placeOf(item: SimItem): string {
  return `${item.awsAccountId}/${item.awsRegion ?? ''}`;
}

export class SimulatedAggregator implements OrganizationDirectory, ShardReader {
  /** Shard ids whose next read is throttled, and how many times. */
  readonly throttles = new Map<string, number>();
  /** Shard ids whose reads always fail. */
  readonly failures = new Set<string>();
  readonly reads: string[] = [];

  constructor(private readonly items: () => readonly SimItem[]) {}

  async accounts(): Promise<readonly string[]> {
    return [...new Set(this.items().map((i) => String(i.awsAccountId)))].sort();
  }

  async resourceCounts(accountId: string, region: string): Promise<ReadonlyMap<string, number>> {
    const counts = new Map<string, number>();
    for (const item of this.items())
      if (placeOf(item) === `${accountId}/${region}`)
        counts.set(item.resourceType, (counts.get(item.resourceType) ?? 0) + 1);
    return counts;
  }

  async read(shard: SweepShard): Promise<{ items: ConfigItem[]; inventories: Inventory[] }> {
    this.reads.push(shard.id);
    const throttled = this.throttles.get(shard.id) ?? 0;
    if (throttled > 0) {
      this.throttles.set(shard.id, throttled - 1);
      throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    }
    if (this.failures.has(shard.id))
      throw Object.assign(new Error(`simulated outage reading ${shard.id}`), {
        name: 'ServiceUnavailableException',
      });
    const types = new Set(shard.resourceTypes);
    const items = this.items()
      .filter((i) => placeOf(i) === `${shard.accountId}/${shard.region}` && types.has(i.resourceType))
      .map((i) => fromApiItem(i, `aggregator:${shard.id}`));
    return {
      items,
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

export class RecordingEvaluationSink implements EvaluationSink {
  readonly calls: { accountId: string; region: string; evaluations: readonly SweepEvaluation[] }[] = [];

  async put(accountId: string, region: string, evaluations: readonly SweepEvaluation[]): Promise<void> {
    this.calls.push({ accountId, region, evaluations });
  }

  get total(): number {
    return this.calls.reduce((n, c) => n + c.evaluations.length, 0);
  }
}

export class RecordingNotifier implements DigestNotifier {
  readonly messages: { subject: string; message: string }[] = [];

  async publish(subject: string, message: string): Promise<void> {
    this.messages.push({ subject, message });
  }
}
