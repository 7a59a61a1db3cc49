// Requests per second an API allows an account, kept on our side: waiting for a slot costs less than being throttled.

export interface RateLimiterOptions {
  /** Requests per second. */
  readonly perSecond: number;
  /** Milliseconds since some fixed point. @default Date.now */
  readonly now?: () => number;
  /** Waits `ms` milliseconds. @default setTimeout */
  readonly sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Spaces requests at least 1/perSecond apart, in the order they ask: a quota such as CloudTrail LookupEvents' two
 * requests a second per account and region is never exceeded by this process, however many findings wait.
 */
export class RateLimiter {
  private readonly interval: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private next = -Infinity;

  constructor(options: RateLimiterOptions) {
    if (!(options.perSecond > 0)) throw new RangeError(`perSecond must be above 0, got ${options.perSecond}`);
    this.interval = 1000 / options.perSecond;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? sleepFor;
  }

  /** Resolves when the caller may send its request. */
  async acquire(): Promise<void> {
    const now = this.now();
    const at = Math.max(now, this.next);
    this.next = at + this.interval;
    if (at > now) await this.sleep(at - now);
  }
}
