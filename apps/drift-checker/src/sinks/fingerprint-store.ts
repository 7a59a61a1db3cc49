// Remembers which drifts were already alerted, so the same drift does not page twice within the window.
//
// Storage is the function's memory: it lives as long as the execution environment (typically hours) and is not
// shared between concurrent environments. It is deliberately not a table: a DynamoDB or S3 store would need write
// permissions beyond the function's least-privilege role. The consequence, documented in the README: after a cold
// start, or when two environments handle the same drift at once, a drift may be alerted once more.

export interface FingerprintStore {
  /** True when the fingerprint was recorded less than the window ago. */
  seen(fingerprint: string, now: number): boolean;
  /** Records a fingerprint after its alert was delivered. */
  remember(fingerprint: string, now: number): void;
}

export class InMemoryFingerprintStore implements FingerprintStore {
  private readonly sentAt = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    /** Bound on memory: the oldest fingerprints are forgotten first. */
    private readonly maxEntries = 10_000,
  ) {}

  seen(fingerprint: string, now: number): boolean {
    const at = this.sentAt.get(fingerprint);
    return at !== undefined && now - at < this.windowMs;
  }

  remember(fingerprint: string, now: number): void {
    this.sentAt.delete(fingerprint);
    this.sentAt.set(fingerprint, now);
    for (const [key, at] of this.sentAt) {
      if (this.sentAt.size <= this.maxEntries && now - at < this.windowMs) break;
      this.sentAt.delete(key);
    }
  }

  get size(): number {
    return this.sentAt.size;
  }
}
