// Prints the simulated account's benchmark section for BENCHMARKS.md (`npm run bench -- aws-sim`).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulateAccount } from '../src';
import { writeGeneratedEstate } from './generate-estate';

interface Workload {
  readonly dir: string;
  readonly resources: number;
  readonly times: number[];
  readonly cpuTimes: number[];
  items: number;
}

function run(w: Workload): void {
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  w.items = simulateAccount(w.dir, { account: '111122223333', region: 'eu-west-1' }).items.length;
  w.times.push(Number(process.hrtime.bigint() - start) / 1e6);
  const used = process.cpuUsage(cpu);
  w.cpuTimes.push((used.user + used.system) / 1e3);
}

function workload(environments: number): Workload {
  const dir = mkdtempSync(join(tmpdir(), 'aws-sim-bench-'));
  const { resources } = writeGeneratedEstate(dir, environments);
  const w: Workload = { dir, resources, times: [], cpuTimes: [], items: 0 };
  run(w); // warm-up
  w.times.length = 0;
  w.cpuTimes.length = 0;
  return w;
}

// Runs of the two sizes alternate, so both see the same machine; the fastest run of each is the estimate (the
// 2 cores are shared, and a disturbed run is only ever slower).
const RUNS = 11;
const small = workload(20);
const large = workload(40);
try {
  for (let i = 0; i < RUNS; i++) {
    run(small);
    run(large);
  }
} finally {
  rmSync(small.dir, { recursive: true, force: true });
  rmSync(large.dir, { recursive: true, force: true });
}
const best = (times: number[]) => Math.min(...times);
const fmt = (n: number) => n.toLocaleString('en-US');
const ms = (n: number) => `${n.toFixed(0)} ms`;
process.stdout.write(
  [
    '## Simulated account (libs/aws-sim)',
    '',
    `A generated estate of ${fmt(small.resources)} Terraform resources in 20 stacks (per stack a VPC over three zones`,
    'with NAT and routes, security groups with rule resources, buckets with their sub-resources, roles with',
    'attachments, inline policies and instance profiles, an auto scaling group behind a load balancer, a database),',
    `then twice as large (${fmt(large.resources)} resources in 40 stacks).`,
    '',
    '| measure | wall time | CPU time |',
    '| --- | --- | --- |',
    `| \`simulateAccount\`, ${fmt(small.resources)} resources (best of ${RUNS}) | ${ms(best(small.times))} | ${ms(best(small.cpuTimes))} |`,
    `| \`simulateAccount\`, ${fmt(large.resources)} resources | ${ms(best(large.times))} | ${ms(best(large.cpuTimes))} |`,
    `| growth ${fmt(small.resources)} → ${fmt(large.resources)} resources | ${(best(large.times) / best(small.times)).toFixed(2)}× | ${(best(large.cpuTimes) / best(small.cpuTimes)).toFixed(2)}× |`,
    '',
    `Configuration items recorded: ${fmt(small.items)} and ${fmt(large.items)}.`,
    '',
    'How measured: `simulateAccount` from reading the synthesized stacks to the state files and Config items (apply,',
    "refresh, recorder and AWS's own resources), best of 11 interleaved runs per size after a warm-up, with a GC",
    'before each run. CPU time (user + system of the process, from `process.cpuUsage()`) is given because the 2',
    `cores are shared: it is less disturbed by other work than the wall time (the 1-minute load average was ${loadavg()[0].toFixed(1)}`,
    'when this ran).',
    '',
  ].join('\n'),
);
