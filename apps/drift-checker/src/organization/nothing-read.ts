// A shard read that read nothing: every type of the shard incomplete for one reason (the member read role refused,
// an account the aggregator holds nothing of). No inventory is claimed, so no absent resource becomes DELETED.
import type { ShardRead } from './sweep-ports';
import type { SweepShard } from './sweep-shard-plan';

export function nothingRead(shard: SweepShard, reason: string): ShardRead {
  return {
    items: [],
    inventories: [],
    incomplete: shard.resourceTypes.map((resourceType) => ({ resourceType, reason })),
  };
}
