/** Items above which the command reports progress on stderr; below it, a run is quick and silent. */
export const PROGRESS_THRESHOLD = 1000;

/** Progress lines on stderr, only once the work is big enough to be worth watching. */
export class Progress {
  private enabled = false;
  private readonly started: number;

  constructor(
    private readonly stderr: NodeJS.WritableStream,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Turns progress on once a count of items passes the threshold; stays on afterwards. */
  observe(itemCount: number): void {
    if (itemCount > PROGRESS_THRESHOLD) this.enabled = true;
  }

  get active(): boolean {
    return this.enabled;
  }

  report(message: string): void {
    if (!this.enabled) return;
    const seconds = ((this.now() - this.started) / 1000).toFixed(1);
    this.stderr.write(`groundwork drift: [${seconds}s] ${message}\n`);
  }
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
