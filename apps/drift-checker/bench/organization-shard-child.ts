// One shard of the given size in a fresh process, for the organization sweep benchmark: prints its peak heap over
// the settled start and the process's peak resident memory, as JSON.
import { DriftEngine, fromApiItem, parseIac } from '@groundwork/drift';
import { changedEvaluations, emptyComplianceState } from '../src/organization/compliance-state';
import { MemorySweepStore } from '../src/organization/memory-sweep-store';
import { fullGc } from './full-gc';
import { generatedShard } from './generated-shard';

const MB = 1024 * 1024;
const size = Number(process.argv[2]);
const place = { account: '100000000000', region: 'eu-west-1' };
let base = 0;
let peak = 0;
const shard = generatedShard(
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
  { managed: Math.round(size * 0.8), items: size },
  {
    store: new MemorySweepStore(),
    evaluations: { put: async () => sample() },
    sample,
  },
);
const { iac, itemsJson } = shard;
fullGc();
const baselineRss = process.memoryUsage().rss;
base = process.memoryUsage().heapUsed;
function sample(): void {
  peak = Math.max(peak, process.memoryUsage().heapUsed - base);
}

void shard.run().then(() => {
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
