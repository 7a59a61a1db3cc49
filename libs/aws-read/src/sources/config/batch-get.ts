// The items of up to 100 keys a call: BatchGetResourceConfig, with the keys Config leaves unprocessed asked again.
import {
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  ResourceKey,
} from '@aws-sdk/client-config-service';
import { plainOutput } from '../../plain-output';
import type { ApiConfigItem } from './api-item';

/** BatchGetResourceConfig takes at most 100 keys a call. */
export const BATCH_GET_LIMIT = 100;

/** Config kept leaving keys unprocessed until the client's attempts ran out: transient, worth a later retry. */
export class UnprocessedKeysError extends Error {
  override readonly name = 'UnprocessedKeysError';
}

/**
 * The items of at most BATCH_GET_LIMIT keys, in API form. Unprocessed keys are Config saying "slow down" in a
 * successful response, so they are asked again through the client's own retry strategy as a throttled call would be:
 * the same backoff and attempts, and in adaptive mode a slower sending rate for the client. When the attempts run out,
 * an UnprocessedKeysError names the keys.
 */
export async function batchGetItems(
  client: ConfigServiceClient,
  keys: readonly ResourceKey[],
): Promise<ApiConfigItem[]> {
  if (keys.length > BATCH_GET_LIMIT)
    throw new RangeError(`BatchGetResourceConfig takes at most ${BATCH_GET_LIMIT} keys, got ${keys.length}`);
  const items: ApiConfigItem[] = [];
  const retry = new ThrottledRetry(client);
  let pending = [...keys];
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > 1 && !(await retry.waitForNextAttempt())) throw unprocessed(pending, attempt - 1);
    const response = await client.send(new BatchGetResourceConfigCommand({ resourceKeys: pending }));
    for (const item of response.baseConfigurationItems ?? []) items.push(plainOutput(item));
    pending = response.unprocessedResourceKeys ?? [];
  }
  await retry.succeeded();
  return items;
}

function unprocessed(keys: readonly ResourceKey[], attempts: number): UnprocessedKeysError {
  const sample = keys.slice(0, 3).map((k) => `${k.resourceType} ${k.resourceId}`);
  return new UnprocessedKeysError(
    `BatchGetResourceConfig left ${keys.length} keys unprocessed after ${attempts} attempts (${sample.join(', ')}${keys.length > 3 ? ', …' : ''})`,
  );
}

type ClientRetryStrategy = Awaited<ReturnType<ConfigServiceClient['config']['retryStrategy']>>;
/** The strategy interface that hands out retry tokens (the SDK's own strategies implement it). */
type TokenRetryStrategy = Extract<ClientRetryStrategy, { refreshRetryTokenForRetry: unknown }>;
type RetryToken = Awaited<ReturnType<TokenRetryStrategy['acquireInitialRetryToken']>>;

/** A retry of ours that the client's retry strategy paces and counts, as if the call had been throttled. */
class ThrottledRetry {
  private token: RetryToken | undefined;

  constructor(private readonly client: ConfigServiceClient) {}

  /** Waits the strategy's backoff; false when it allows no further attempt. */
  async waitForNextAttempt(): Promise<boolean> {
    const strategy = await this.strategy();
    // A strategy of the older interface cannot be asked for a single retry: no second attempt then.
    if (!strategy) return false;
    try {
      this.token ??= await strategy.acquireInitialRetryToken('BatchGetResourceConfig');
      this.token = await strategy.refreshRetryTokenForRetry(this.token, { errorType: 'THROTTLING' });
      return true;
    } catch {
      return false;
    }
  }

  /** Gives back the retry capacity the attempts took, as the SDK does after a call that succeeds on a retry. */
  async succeeded(): Promise<void> {
    if (this.token) (await this.strategy())?.recordSuccess(this.token);
  }

  private async strategy(): Promise<TokenRetryStrategy | undefined> {
    const strategy = await this.client.config.retryStrategy();
    return 'refreshRetryTokenForRetry' in strategy ? strategy : undefined;
  }
}
