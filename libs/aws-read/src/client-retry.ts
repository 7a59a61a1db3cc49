// How the clients that read AWS retry: with the SDK's own retry modes, not a loop of ours.
import { wholeNumberProblem } from '@groundwork/core';

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
  const problem = wholeNumberProblem('maxAttempts', maxAttempts, { min: 1 });
  if (problem !== undefined) throw new RangeError(problem);
  return { retryMode: 'adaptive', maxAttempts };
}
