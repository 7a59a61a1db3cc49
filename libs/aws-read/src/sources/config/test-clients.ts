// Clients for tests: the SDK's own retry strategy with the backoff set to nothing, so retries cost no time.
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { retryWithoutBackoff } from '../../test-retry';

/** A Config client whose retries wait 0 ms; `backoffs` records the attempt number of each retry. */
export function configClientWithoutBackoff(maxAttempts: number): {
  client: ConfigServiceClient;
  backoffs: number[];
} {
  const { retryStrategy, backoffs } = retryWithoutBackoff(maxAttempts);
  return { client: new ConfigServiceClient({ region: 'us-east-1', retryStrategy }), backoffs };
}
