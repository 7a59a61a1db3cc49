import { BatchGetResourceConfigCommand, ConfigServiceClient } from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { BATCH_GET_LIMIT, UnprocessedKeysError, batchGetItems } from './batch-get';
import { batchGetResponse, securityGroupId, securityGroupItem } from './config-service.recordings';
import { configClientWithoutBackoff } from './test-clients';

const config = mockClient(ConfigServiceClient);
beforeEach(() => config.reset());
afterAll(() => config.restore());

const ids = Array.from({ length: 100 }, (_, i) => securityGroupId(i));
const keys = ids.map((resourceId) => ({ resourceType: 'AWS::EC2::SecurityGroup' as const, resourceId }));

describe('batchGetItems', () => {
  it('asks again for the keys Config left unprocessed, paced by the client retry strategy', async () => {
    config
      .on(BatchGetResourceConfigCommand)
      .resolvesOnce(batchGetResponse(ids.slice(0, 60).map(securityGroupItem), keys.slice(60)))
      .resolvesOnce(batchGetResponse(ids.slice(60, 90).map(securityGroupItem), keys.slice(90)))
      .resolvesOnce(batchGetResponse(ids.slice(90).map(securityGroupItem)));
    const { client, backoffs } = configClientWithoutBackoff(5);
    const items = await batchGetItems(client, keys);
    expect(items.map((i) => i.resourceId)).toEqual(ids);
    expect(
      config.commandCalls(BatchGetResourceConfigCommand).map((c) => c.args[0].input.resourceKeys?.length),
    ).toEqual([100, 40, 10]);
    // Each retry went through the strategy's backoff, as a throttled call's would.
    expect(backoffs).toEqual([1, 2]);
  });

  it('gives up when the strategy allows no more attempts, naming the keys', async () => {
    config.on(BatchGetResourceConfigCommand).resolves(batchGetResponse([], keys.slice(0, 4)));
    const { client } = configClientWithoutBackoff(3);
    const failure = batchGetItems(client, keys.slice(0, 4));
    await expect(failure).rejects.toBeInstanceOf(UnprocessedKeysError);
    await expect(failure).rejects.toThrow(
      `BatchGetResourceConfig left 4 keys unprocessed after 3 attempts (AWS::EC2::SecurityGroup ${ids[0]}, AWS::EC2::SecurityGroup ${ids[1]}, AWS::EC2::SecurityGroup ${ids[2]}, …)`,
    );
    expect(config.commandCalls(BatchGetResourceConfigCommand)).toHaveLength(3);
  });

  it('uses the attempts of the client configuration when no strategy is given', async () => {
    config.on(BatchGetResourceConfigCommand).resolves(batchGetResponse([], keys.slice(0, 1)));
    const client = new ConfigServiceClient({ region: 'us-east-1', maxAttempts: 1 });
    await expect(batchGetItems(client, keys.slice(0, 1))).rejects.toThrow(
      `left 1 keys unprocessed after 1 attempts (AWS::EC2::SecurityGroup ${ids[0]})`,
    );
  });

  it('refuses more keys than one call takes', async () => {
    const { client } = configClientWithoutBackoff(3);
    const tooMany = [...keys, { resourceType: 'AWS::EC2::SecurityGroup' as const, resourceId: 'sg-101' }];
    await expect(batchGetItems(client, tooMany)).rejects.toThrow(
      `BatchGetResourceConfig takes at most ${BATCH_GET_LIMIT} keys, got 101`,
    );
    expect(config.calls()).toHaveLength(0);
  });
});
