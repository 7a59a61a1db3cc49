// For tests: the SDK's own retry strategy with the backoff set to nothing, so retries are counted, not waited for.
import { ConfiguredRetryStrategy } from '@smithy/core/retry';

/** Client settings whose retries wait 0 ms; `backoffs` records the attempt number of each retry. */
export function retryWithoutBackoff(maxAttempts: number): {
  retryStrategy: ConfiguredRetryStrategy;
  backoffs: number[];
} {
  const backoffs: number[] = [];
  const retryStrategy = new ConfiguredRetryStrategy(maxAttempts, (attempt) => {
    backoffs.push(attempt);
    return 0;
  });
  return { retryStrategy, backoffs };
}
