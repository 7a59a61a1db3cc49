// Clients for tests: the SDK's own retry strategy with the backoff set to nothing, so retries cost no time.
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';

/** A Config client whose retries wait 0 ms; `backoffs` records the attempt number of each retry. */
export function configClientWithoutBackoff(maxAttempts: number): {
  client: ConfigServiceClient;
  backoffs: number[];
} {
  const backoffs: number[] = [];
  const client = new ConfigServiceClient({
    region: 'us-east-1',
    retryStrategy: new ConfiguredRetryStrategy(maxAttempts, (attempt) => {
      backoffs.push(attempt);
      return 0;
    }),
  });
  return { client, backoffs };
}
