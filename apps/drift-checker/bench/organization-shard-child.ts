// One shard of the given size in a fresh process, for the organization sweep benchmark: prints its peak heap over
// the settled start and the process's peak resident memory, as JSON.
import { DriftEngine, fromApiItem, parseIac } from '@groundwork/drift';
import { changedEvaluations, emptyComplianceState } from '../src/organization/compliance-state';
import { MemorySweepStore } from '../src/organization/memory-sweep-store';
import { OrganizationIac } from '../src/organization/organization-iac';
import { runShard } from '../src/organization/sweep-shard';
import { fullGc } from './full-gc';
import { iacFiles, liveItemsJson } from './generate-organization';

const MB = 1024 * 1024;
const size = Number(process.argv[2]);
const place = { account: '100000000000', region: 'eu-west-1' };
const managed = Math.round(size * 0.8);
const iac = iacFiles(place, managed);
const itemsJson = liveItemsJson(place, managed, size);
fullGc();
const baselineRss = process.memoryUsage().rss;
const base = process.memoryUsage().heapUsed;
let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().heapUsed - base);
};
const store = new MemorySweepStore();

void runShard(
  {
    sweepId: 'one',
    startedAt: '2026-12-03T05:00:00.000Z',
    shard: {
      id: `${place.account}/${place.region}/ec2`,
      accountId: place.account,
      region: place.region,
      resourceTypes: ['AWS::EC2::SecurityGroup'],
      expectedItems: size,
    },
  },
  {
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
      get: (k) => store.get(k),
      list: (k) => store.list(k),
      remove: (keys) => store.remove(keys),
      put: async (k, body, type) => {
        sample();
        await store.put(k, body, type);
      },
    },
    evaluations: { put: async () => sample() },
  },
).then(() => {
  // Where a shard's time goes, phase by phase, after the measured run (so the JIT is warm, as in a reused Lambda).
  const now = () => Number(process.hrtime.bigint()) / 1e6;
  const phases: Record<string, number> = {};
  const time = <T>(name: string, f: () => T): T => {
    const t = now();
    const out = f();
    phases[name] = now() - t;
    return out;
  };
  time('JSON.parse of the inputs', () => [JSON.parse(itemsJson), ...iac.map((f) => JSON.parse(f.content))]);
  const desired = time('parseIac', () => parseIac(iac));
  const items = time('fromApiItem', () =>
    (JSON.parse(itemsJson) as unknown[]).map((i) => fromApiItem(i, 'x')),
  );
  const engine = time('engine build', () => new DriftEngine(desired, undefined));
  const report = time('engine check', () =>
    engine.check(items, [
      {
        source: 'config',
        accountId: place.account,
        region: place.region,
        resourceTypes: ['AWS::EC2::SecurityGroup'],
      },
    ]),
  );
  time('compliance diff', () => changedEvaluations(report.resources, emptyComplianceState(), 'x'));
  process.stdout.write(
    JSON.stringify({
      phases,
      items: size,
      heapMb: peak / MB,
      rssMb: process.resourceUsage().maxRSS / 1024,
      baselineRssMb: baselineRss / MB,
    }),
  );
});
