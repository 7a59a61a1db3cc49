// The reducer of the sweep benchmark in a fresh process, as the reducer function runs it: the shard results are read
// from files (the sweep bucket), so the heap holds only what the reducer itself keeps. It first reduces a small sweep
// (`warm`, so the code is compiled), then times the sweep asked for once and samples the heap as each report is
// written (the merged findings and the rendered reports are then all alive). Prints JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SweepStore } from '../src/organization/sweep-ports';
import { reduceSweep } from '../src/organization/sweep-reducer';
import { fullGc } from './full-gc';

const [dir, sweepId] = process.argv.slice(2);
const MB = 1024 * 1024;
let base = 0;
let peak = 0;

/** Objects are files named by their encoded key; what the reducer writes is measured and dropped, as an upload is. */
const store: SweepStore = {
  get: async (key) => {
    try {
      return readFileSync(join(dir, encodeURIComponent(key)), 'utf8');
    } catch {
      return undefined;
    }
  },
  list: async (prefix) =>
    readdirSync(dir)
      .map(decodeURIComponent)
      .filter((k) => k.startsWith(prefix))
      .sort(),
  remove: async () => {},
  put: async () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  },
};
const notifier = { publish: async () => {} };

async function main(): Promise<void> {
  await reduceSweep({ sweepId: 'warm', bucket: 'bench' }, { store, notifier });
  fullGc();
  base = process.memoryUsage().heapUsed;
  peak = 0;
  const start = process.hrtime.bigint();
  const output = await reduceSweep({ sweepId, bucket: 'bench' }, { store, notifier });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(
    JSON.stringify({ ms, peakHeapMb: peak / MB, items: output.items, summary: output.summary }),
  );
}

void main();
