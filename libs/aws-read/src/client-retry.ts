// How the clients that read AWS retry: with the SDK's own retry modes, not a loop of ours.

/** SDK client settings: the adaptive retry mode with `maxAttempts` attempts per call, the first included. */
export interface AdaptiveRetrySettings {
  readonly retryMode: 'adaptive';
  readonly maxAttempts: number;
}

/**
 * Settings for a client that reads AWS: adaptive mode backs off with jitter on throttling and transient errors, like
 * the standard mode, and once AWS throttles it also slows the client's own sending rate, so a long read (a sweep of
 * thousands of items) slows down instead of failing.
 */
export function adaptiveRetry(maxAttempts: number): AdaptiveRetrySettings {
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
    throw new RangeError(`maxAttempts must be a whole number of at least 1, got ${maxAttempts}`);
  return { retryMode: 'adaptive', maxAttempts };
}
