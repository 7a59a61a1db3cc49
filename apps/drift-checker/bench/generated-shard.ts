// One shard of the sweep benchmark over generated inputs, wired to the real runShard: the stack and the live items of
// its account-region are generated when it is set up (not when it runs), as S3 and the aggregator would hand them
// over. `sample` is called where the items, the comparison and the results are all alive: when the items are read
// and when the results are written.
import { fromApiItem, parseIac } from '@groundwork/drift';
import type { MemorySweepStore } from '../src/organization/memory-sweep-store';
import { OrganizationIac } from '../src/organization/organization-iac';
import type { EvaluationSink } from '../src/organization/sweep-ports';
import { runShard } from '../src/organization/sweep-shard';
import type { SweepShard } from '../src/organization/sweep-shard-plan';
import { iacFiles, liveItemsJson } from './generate-organization';

export function generatedShard(
  run: { readonly sweepId: string; readonly startedAt: string; readonly shard: SweepShard },
  size: { readonly managed: number; readonly items: number },
  deps: {
    readonly store: MemorySweepStore;
    readonly evaluations: EvaluationSink;
    readonly sample?: () => void;
  },
) {
  const { shard } = run;
  const sample = deps.sample ?? (() => {});
  const place = { account: shard.accountId, region: shard.region };
  const iac = iacFiles(place, size.managed);
  const itemsJson = liveItemsJson(place, size.managed, size.items);
  return {
    iac,
    itemsJson,
    run: () =>
      runShard(run, {
        iac: async () => new OrganizationIac(parseIac(iac), undefined),
        reader: {
          read: async (s) => {
            const items = (JSON.parse(itemsJson) as unknown[]).map((i) => fromApiItem(i, 'aggregator'));
            sample();
            return {
              items,
              inventories: [
                {
                  source: 'config',
                  accountId: s.accountId,
                  region: s.region,
                  resourceTypes: [...s.resourceTypes],
                },
              ],
            };
          },
        },
        store: {
          get: (k) => deps.store.get(k),
          list: (k) => deps.store.list(k),
          remove: (keys) => deps.store.remove(keys),
          put: async (k, body, type) => {
            sample();
            await deps.store.put(k, body, type);
          },
        },
        evaluations: deps.evaluations,
      }),
  };
}
