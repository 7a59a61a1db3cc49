/** How calls to AWS are retried when AWS says slow down. */
export interface RetryPolicy {
  /** Attempts per call, the first included. @default 8 */
  readonly maxAttempts?: number;
  /** First backoff ceiling; doubles per attempt. @default 250 */
  readonly baseDelayMs?: number;
  /** Largest backoff ceiling. @default 20000 */
  readonly maxDelayMs?: number;
  /** Waits between attempts (tests pass a recorder). @default setTimeout */
  readonly sleep?: (ms: number) => Promise<void>;
  /** 0..1, for the full-jitter draw (tests pass a constant). @default Math.random */
  readonly random?: () => number;
}

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'ProvisionedThroughputExceededException',
  'SlowDown',
]);

interface AwsErrorShape {
  name?: string;
  $retryable?: { throttling?: boolean };
  $metadata?: { httpStatusCode?: number };
}

/** Throttling, and server-side faults that a later attempt may not hit. */
export function isRetryable(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as AwsErrorShape;
  if (e.name && THROTTLING.has(e.name)) return true;
  if (e.$retryable) return true;
  const status = e.$metadata?.httpStatusCode;
  return status === 429 || (status !== undefined && status >= 500);
}

/** Backoff before attempt `attempt + 1` (attempt counts from 1): exponential ceiling, full jitter. */
export function backoffDelay(attempt: number, policy: RetryPolicy = {}): number {
  const base = policy.baseDelayMs ?? 250;
  const cap = policy.maxDelayMs ?? 20_000;
  const ceiling = Math.min(cap, base * 2 ** (attempt - 1));
  return Math.round((policy.random ?? Math.random)() * ceiling);
}

export function sleeper(policy: RetryPolicy): (ms: number) => Promise<void> {
  return policy.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms)));
}

/** Runs `call`, retrying retryable errors with backoff; the last error is rethrown with the attempt count. */
export async function withRetry<T>(
  what: string,
  call: () => Promise<T>,
  policy: RetryPolicy = {},
): Promise<T> {
  const maxAttempts = policy.maxAttempts ?? 8;
  const sleep = sleeper(policy);
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      if (!isRetryable(err) || attempt >= maxAttempts) {
        if (attempt > 1 && err instanceof Error)
          err.message = `${what}: ${err.message} (after ${attempt} attempts)`;
        throw err;
      }
      await sleep(backoffDelay(attempt, policy));
    }
  }
}
