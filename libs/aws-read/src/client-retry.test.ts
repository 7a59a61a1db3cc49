import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { adaptiveRetry } from './client-retry';

describe('adaptiveRetry', () => {
  it('gives a client the SDK adaptive retry strategy with that many attempts', async () => {
    const client = new ConfigServiceClient({ region: 'eu-west-1', ...adaptiveRetry(8) });
    const strategy = await client.config.retryStrategy();
    expect((strategy as { mode?: string }).mode).toBe('adaptive');
    expect(await client.config.maxAttempts()).toBe(8);
  });

  it.each([0, 1.5, Number.NaN])('refuses %s attempts', (attempts) => {
    expect(() => adaptiveRetry(attempts)).toThrow(
      `maxAttempts must be a whole number of at least 1, got ${attempts}`,
    );
  });
});
