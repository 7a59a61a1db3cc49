import {
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  ListDiscoveredResourcesCommand,
  SelectAggregateResourceConfigCommand,
  SelectResourceConfigCommand,
} from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { BATCH_GET_LIMIT, fetchFromConfigService } from './config-service-source';
import {
  aggregatePage,
  aggregateRow,
  batchGetResponse,
  listPage,
  ROLE_ID,
  roleItem,
  securityGroupId,
  securityGroupItem,
  selectPage,
  tagRow,
} from './config-service.recordings';

const config = mockClient(ConfigServiceClient);
const client = new ConfigServiceClient({ region: 'us-east-1' });

function throttled(): Error {
  return Object.assign(new Error('Rate exceeded'), {
    name: 'ThrottlingException',
    $metadata: { httpStatusCode: 400 },
  });
}

function recordSleeps() {
  const delays: number[] = [];
  return { delays, retry: { sleep: async (ms: number) => void delays.push(ms), random: () => 1 } };
}

beforeEach(() => config.reset());

describe('fetchFromConfigService without an aggregator', () => {
  const sgIds = Array.from({ length: 150 }, (_, i) => securityGroupId(i));

  function mockSecurityGroupList() {
    config
      .on(ListDiscoveredResourcesCommand, { resourceType: 'AWS::EC2::SecurityGroup' })
      .resolvesOnce(listPage('AWS::EC2::SecurityGroup', sgIds.slice(0, 100), 'page-2'))
      .resolvesOnce(listPage('AWS::EC2::SecurityGroup', sgIds.slice(100)));
  }
  function mockRoleList() {
    config
      .on(ListDiscoveredResourcesCommand, { resourceType: 'AWS::IAM::Role' })
      .resolves(listPage('AWS::IAM::Role', [ROLE_ID]));
  }
  function mockBatchGetAndTags() {
    config
      .on(BatchGetResourceConfigCommand)
      .callsFake((input: { resourceKeys: { resourceId: string }[] }) => {
        const items = input.resourceKeys.map((k) =>
          k.resourceId === ROLE_ID ? roleItem() : securityGroupItem(k.resourceId),
        );
        return batchGetResponse(items);
      });
    config
      .on(SelectResourceConfigCommand)
      .resolvesOnce(selectPage([tagRow('AWS::IAM::Role', ROLE_ID, { 'iac:stack': 'identity' })], 'next'))
      .resolvesOnce(
        selectPage([tagRow('AWS::EC2::SecurityGroup', sgIds[0], { 'iac:stack': 'network', App: 'x' })]),
      );
  }
  function mockAccount() {
    mockSecurityGroupList();
    mockRoleList();
    mockBatchGetAndTags();
  }

  it('lists every page of every type, then batch-gets at most 100 keys a call', async () => {
    mockAccount();
    const items = await fetchFromConfigService(client, {
      resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::IAM::Role'],
    });
    expect(items).toHaveLength(151);
    const batches = config
      .commandCalls(BatchGetResourceConfigCommand)
      .map((c) => c.args[0].input.resourceKeys?.length);
    expect(batches).toEqual([100, 51]);
    expect(Math.max(...(batches as number[]))).toBeLessThanOrEqual(BATCH_GET_LIMIT);
    const lists = config.commandCalls(ListDiscoveredResourcesCommand).map((c) => c.args[0].input.nextToken);
    expect(lists).toEqual([undefined, 'page-2', undefined]);
  });

  it('returns API-form items as plain JSON, with tags from advanced query', async () => {
    mockAccount();
    const items = await fetchFromConfigService(client, {
      resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::IAM::Role'],
    });
    const role = items.find((i) => i.resourceId === ROLE_ID);
    expect(role).toMatchObject({
      arn: 'arn:aws:iam::644160558196:role/app-instance',
      accountId: '644160558196',
      configurationItemCaptureTime: '2022-06-28T22:45:11.535Z',
      tags: { 'iac:stack': 'identity' },
    });
    expect(typeof role?.configuration).toBe('string');
    expect(items.find((i) => i.resourceId === sgIds[0])?.tags).toEqual({ 'iac:stack': 'network', App: 'x' });
    const query = config.commandCalls(SelectResourceConfigCommand)[0].args[0].input.Expression;
    expect(query).toBe(
      "SELECT resourceType, resourceId, tags WHERE resourceType IN ('AWS::EC2::SecurityGroup', 'AWS::IAM::Role')",
    );
  });

  it('retries unprocessed keys with backoff until all are fetched', async () => {
    mockSecurityGroupList();
    config.on(SelectResourceConfigCommand).resolves(selectPage([]));
    config
      .on(BatchGetResourceConfigCommand)
      .resolvesOnce(
        batchGetResponse(sgIds.slice(0, 60).map(securityGroupItem), [
          ...sgIds
            .slice(60, 100)
            .map((resourceId) => ({ resourceType: 'AWS::EC2::SecurityGroup' as const, resourceId })),
        ]),
      )
      .resolvesOnce(batchGetResponse(sgIds.slice(60, 100).map(securityGroupItem)))
      .resolvesOnce(batchGetResponse(sgIds.slice(100).map(securityGroupItem)));
    const { delays, retry } = recordSleeps();
    const items = await fetchFromConfigService(client, { resourceTypes: ['AWS::EC2::SecurityGroup'], retry });
    expect(items.map((i) => i.resourceId).sort()).toEqual([...sgIds].sort());
    const calls = config
      .commandCalls(BatchGetResourceConfigCommand)
      .map((c) => c.args[0].input.resourceKeys?.length);
    expect(calls).toEqual([100, 40, 50]);
    expect(delays).toEqual([250]);
  });

  it('gives up on keys that stay unprocessed, naming them', async () => {
    mockSecurityGroupList();
    config
      .on(BatchGetResourceConfigCommand)
      .resolves(batchGetResponse([], [{ resourceType: 'AWS::EC2::SecurityGroup', resourceId: sgIds[0] }]));
    const { retry } = recordSleeps();
    await expect(
      fetchFromConfigService(client, {
        resourceTypes: ['AWS::EC2::SecurityGroup'],
        retry: { ...retry, maxAttempts: 3 },
      }),
    ).rejects.toThrow(`left 1 keys unprocessed after 3 attempts (AWS::EC2::SecurityGroup ${sgIds[0]})`);
  });

  it('backs off on throttling, with a growing ceiling, and then succeeds', async () => {
    mockBatchGetAndTags();
    config
      .on(ListDiscoveredResourcesCommand, { resourceType: 'AWS::IAM::Role' })
      .rejectsOnce(throttled())
      .rejectsOnce(throttled())
      .rejectsOnce(throttled())
      .resolves(listPage('AWS::IAM::Role', [ROLE_ID]));
    const { delays, retry } = recordSleeps();
    const items = await fetchFromConfigService(client, { resourceTypes: ['AWS::IAM::Role'], retry });
    expect(items.map((i) => i.resourceId)).toEqual([ROLE_ID]);
    expect(delays).toEqual([250, 500, 1000]);
  });

  it('stops after the last attempt and does not retry errors that are not throttling', async () => {
    config.on(ListDiscoveredResourcesCommand).rejects(throttled());
    const { delays, retry } = recordSleeps();
    await expect(
      fetchFromConfigService(client, {
        resourceTypes: ['AWS::IAM::Role'],
        retry: { ...retry, maxAttempts: 4 },
      }),
    ).rejects.toThrow('ListDiscoveredResources AWS::IAM::Role: Rate exceeded (after 4 attempts)');
    expect(delays).toHaveLength(3);

    config.reset();
    config.on(ListDiscoveredResourcesCommand).rejects(
      Object.assign(new Error('not authorized'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    await expect(
      fetchFromConfigService(client, { resourceTypes: ['AWS::IAM::Role'], retry }),
    ).rejects.toThrow(/^not authorized$/);
    expect(config.commandCalls(ListDiscoveredResourcesCommand)).toHaveLength(1);
  });
});

describe('fetchFromConfigService with an aggregator', () => {
  it('pages through SelectAggregateResourceConfig and turns tag lists into maps', async () => {
    config
      .on(SelectAggregateResourceConfigCommand)
      .resolvesOnce(aggregatePage([aggregateRow('111111111111', 'eu-west-1', securityGroupId(1))], 'p2'))
      .resolvesOnce(aggregatePage([aggregateRow('222222222222', 'eu-west-1', securityGroupId(2))]));
    const progress: number[] = [];
    const items = await fetchFromConfigService(client, {
      resourceTypes: ['AWS::EC2::SecurityGroup'],
      aggregator: 'org-aggregator',
      onProgress: (n) => progress.push(n),
    });
    expect(items.map((i) => [i.accountId, i.resourceId, i.tags])).toEqual([
      ['111111111111', securityGroupId(1), { App: 'blue-moon' }],
      ['222222222222', securityGroupId(2), { App: 'blue-moon' }],
    ]);
    expect(progress).toEqual([1, 2]);
    const calls = config.commandCalls(SelectAggregateResourceConfigCommand).map((c) => c.args[0].input);
    expect(calls[0].ConfigurationAggregatorName).toBe('org-aggregator');
    expect(calls[0].Expression).toMatch(
      /^SELECT resourceId, .*configuration, supplementaryConfiguration, tags, relationships WHERE resourceType IN \('AWS::EC2::SecurityGroup'\)$/,
    );
    expect(calls.map((c) => c.NextToken)).toEqual([undefined, 'p2']);
    expect(config.commandCalls(ListDiscoveredResourcesCommand)).toHaveLength(0);
  });
});
