import {
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  ListDiscoveredResourcesCommand,
  ListDiscoveredResourcesCommandInput,
  SelectAggregateResourceConfigCommand,
  SelectAggregateResourceConfigCommandInput,
  SelectResourceConfigCommand,
} from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { BATCH_GET_LIMIT } from './batch-get';
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
import { readConfigItems } from './read-config-items';

const config = mockClient(ConfigServiceClient);
const client = new ConfigServiceClient({ region: 'us-east-1' });

beforeEach(() => config.reset());
afterAll(() => config.restore());

describe('readConfigItems in the account', () => {
  const sgIds = Array.from({ length: 150 }, (_, i) => securityGroupId(i));
  // The SDK's paginators reuse one input object for every page: keep a copy of what each call asked.
  let listed: ListDiscoveredResourcesCommandInput[];

  function mockSecurityGroupList() {
    config
      .on(ListDiscoveredResourcesCommand, { resourceType: 'AWS::EC2::SecurityGroup' })
      .callsFake((input: ListDiscoveredResourcesCommandInput) => {
        listed.push({ ...input });
        return input.nextToken
          ? listPage('AWS::EC2::SecurityGroup', sgIds.slice(100))
          : listPage('AWS::EC2::SecurityGroup', sgIds.slice(0, 100), 'page-2');
      });
  }
  function mockRoleList() {
    config
      .on(ListDiscoveredResourcesCommand, { resourceType: 'AWS::IAM::Role' })
      .callsFake((input: ListDiscoveredResourcesCommandInput) => {
        listed.push({ ...input });
        return listPage('AWS::IAM::Role', [ROLE_ID]);
      });
  }
  function mockBatchGetAndTags() {
    config
      .on(BatchGetResourceConfigCommand)
      .callsFake((input: { resourceKeys: { resourceId: string }[] }) =>
        batchGetResponse(
          input.resourceKeys.map((k) =>
            k.resourceId === ROLE_ID ? roleItem() : securityGroupItem(k.resourceId),
          ),
        ),
      );
    config
      .on(SelectResourceConfigCommand)
      .resolvesOnce(selectPage([tagRow('AWS::IAM::Role', ROLE_ID, { 'iac:stack': 'identity' })], 'next'))
      .resolvesOnce(
        selectPage([tagRow('AWS::EC2::SecurityGroup', sgIds[0], { 'iac:stack': 'network', App: 'x' })]),
      );
  }
  beforeEach(() => {
    listed = [];
  });

  it('lists every page of every type, 100 a page, then batch-gets at most 100 keys a call', async () => {
    mockSecurityGroupList();
    mockRoleList();
    mockBatchGetAndTags();
    const progress: [number, number | undefined][] = [];
    const items = await readConfigItems(client, {
      resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::IAM::Role'],
      onProgress: (fetched, total) => progress.push([fetched, total]),
    });
    expect(items).toHaveLength(151);
    const batches = config
      .commandCalls(BatchGetResourceConfigCommand)
      .map((c) => c.args[0].input.resourceKeys?.length);
    expect(batches).toEqual([100, 51]);
    expect(Math.max(...(batches as number[]))).toBeLessThanOrEqual(BATCH_GET_LIMIT);
    expect(listed).toEqual([
      { resourceType: 'AWS::EC2::SecurityGroup', limit: 100, nextToken: undefined },
      { resourceType: 'AWS::EC2::SecurityGroup', limit: 100, nextToken: 'page-2' },
      { resourceType: 'AWS::IAM::Role', limit: 100, nextToken: undefined },
    ]);
    expect(progress).toEqual([
      [100, 151],
      [151, 151],
    ]);
  });

  it('returns API-form items as plain JSON, with the tags from one advanced query', async () => {
    mockSecurityGroupList();
    mockRoleList();
    mockBatchGetAndTags();
    const items = await readConfigItems(client, {
      resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::IAM::Role'],
    });
    const role = items.find((i) => i.resourceId === ROLE_ID);
    expect(role).toMatchObject({
      arn: 'arn:aws:iam::644160558196:role/app-instance',
      accountId: '644160558196',
      configurationItemCaptureTime: '2022-06-28T22:45:11.535Z',
      resourceCreationTime: '2022-06-06T09:42:44.000Z',
      tags: { 'iac:stack': 'identity' },
    });
    expect(typeof role?.configuration).toBe('string');
    expect(items.find((i) => i.resourceId === sgIds[0])?.tags).toEqual({ 'iac:stack': 'network', App: 'x' });
    // A group the query had no row for keeps the item as BatchGet returned it: no tags at all.
    expect(items.find((i) => i.resourceId === sgIds[1])).not.toHaveProperty('tags');
    const queries = config.commandCalls(SelectResourceConfigCommand).map((c) => c.args[0].input);
    expect(queries.map((q) => [q.Expression, q.Limit])).toEqual([
      [
        "SELECT resourceType, resourceId, tags WHERE resourceType IN ('AWS::EC2::SecurityGroup', 'AWS::IAM::Role')",
        100,
      ],
      [
        "SELECT resourceType, resourceId, tags WHERE resourceType IN ('AWS::EC2::SecurityGroup', 'AWS::IAM::Role')",
        100,
      ],
    ]);
  });

  it('leaves out resources Config lists as deleted', async () => {
    config.on(ListDiscoveredResourcesCommand).resolves({
      resourceIdentifiers: [
        { resourceType: 'AWS::IAM::Role', resourceId: ROLE_ID },
        {
          resourceType: 'AWS::IAM::Role',
          resourceId: 'AROAGONE',
          resourceDeletionTime: new Date('2024-01-01T00:00:00Z'),
        },
      ],
    });
    mockBatchGetAndTags();
    await readConfigItems(client, { resourceTypes: ['AWS::IAM::Role'] });
    expect(
      config
        .commandCalls(BatchGetResourceConfigCommand)[0]
        .args[0].input.resourceKeys?.map((k) => k.resourceId),
    ).toEqual([ROLE_ID]);
  });

  it('asks for no tags when told not to (a caller not allowed config:SelectResourceConfig)', async () => {
    mockRoleList();
    mockBatchGetAndTags();
    const items = await readConfigItems(client, { resourceTypes: ['AWS::IAM::Role'], selectTags: false });
    expect(items.map((i) => i.resourceId)).toEqual([ROLE_ID]);
    expect(config.commandCalls(SelectResourceConfigCommand)).toHaveLength(0);
  });

  it('calls nothing for no types', async () => {
    expect(await readConfigItems(client, { resourceTypes: [] })).toEqual([]);
    expect(config.calls()).toHaveLength(0);
  });

  it('lets an AWS error through as the SDK raised it', async () => {
    config.on(ListDiscoveredResourcesCommand).rejects(
      Object.assign(new Error('not authorized'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 400, attempts: 1 },
      }),
    );
    await expect(readConfigItems(client, { resourceTypes: ['AWS::IAM::Role'] })).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: 'not authorized',
    });
    expect(config.commandCalls(BatchGetResourceConfigCommand)).toHaveLength(0);
  });
});

describe('readConfigItems through an aggregator', () => {
  it('pages through SelectAggregateResourceConfig and turns tag lists into maps', async () => {
    const asked: SelectAggregateResourceConfigCommandInput[] = [];
    config
      .on(SelectAggregateResourceConfigCommand)
      .callsFake((input: SelectAggregateResourceConfigCommandInput) => {
        asked.push({ ...input });
        return input.NextToken
          ? aggregatePage([aggregateRow('222222222222', 'eu-west-1', securityGroupId(2))])
          : aggregatePage([aggregateRow('111111111111', 'eu-west-1', securityGroupId(1))], 'p2');
      });
    const progress: [number, number | undefined][] = [];
    const items = await readConfigItems(client, {
      resourceTypes: ['AWS::EC2::SecurityGroup'],
      aggregator: 'org-aggregator',
      onProgress: (fetched, total) => progress.push([fetched, total]),
    });
    expect(items.map((i) => [i.accountId, i.resourceId, i.tags])).toEqual([
      ['111111111111', securityGroupId(1), { App: 'blue-moon' }],
      ['222222222222', securityGroupId(2), { App: 'blue-moon' }],
    ]);
    expect(progress).toEqual([
      [1, undefined],
      [2, undefined],
    ]);
    expect(asked.map((a) => [a.ConfigurationAggregatorName, a.Limit, a.NextToken])).toEqual([
      ['org-aggregator', 100, undefined],
      ['org-aggregator', 100, 'p2'],
    ]);
    expect(asked[0].Expression).toMatch(
      /^SELECT resourceId, .*configuration, supplementaryConfiguration, tags, relationships WHERE resourceType IN \('AWS::EC2::SecurityGroup'\)$/,
    );
    expect(config.commandCalls(ListDiscoveredResourcesCommand)).toHaveLength(0);
    expect(config.commandCalls(SelectResourceConfigCommand)).toHaveLength(0);
  });

  it('narrows the query to one account and region, and refuses anything else in the scope', async () => {
    const asked: string[] = [];
    config
      .on(SelectAggregateResourceConfigCommand)
      .callsFake((input: SelectAggregateResourceConfigCommandInput) => {
        asked.push(input.Expression!);
        return aggregatePage([aggregateRow('111111111111', 'eu-west-1', securityGroupId(1))]);
      });
    await readConfigItems(client, {
      resourceTypes: ['AWS::EC2::SecurityGroup'],
      aggregator: 'org-aggregator',
      scope: { accountId: '111111111111', region: 'eu-west-1' },
    });
    expect(asked[0]).toMatch(
      / WHERE resourceType IN \('AWS::EC2::SecurityGroup'\) AND accountId = '111111111111' AND awsRegion = 'eu-west-1'$/,
    );
    await expect(
      readConfigItems(client, {
        resourceTypes: ['AWS::EC2::SecurityGroup'],
        aggregator: 'org-aggregator',
        scope: { accountId: "1' OR '1'='1", region: 'eu-west-1' },
      }),
    ).rejects.toThrow(/scope must be a 12-digit account id and a region/);
  });
});
