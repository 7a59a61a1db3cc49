// A SweepStore in memory: the in-process runs (tests, the local Step Functions run, the benchmark) keep the
// sweep bucket here.
import type { SweepStore } from './sweep-ports';

export class MemorySweepStore implements SweepStore {
  readonly objects = new Map<string, { body: string; contentType: string }>();

  async get(key: string): Promise<string | undefined> {
    return this.objects.get(key)?.body;
  }

  async put(key: string, body: string, contentType: string): Promise<void> {
    this.objects.set(key, { body, contentType });
  }

  async list(prefix: string): Promise<string[]> {
    return [...this.objects.keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  async remove(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.objects.delete(key);
  }
}
