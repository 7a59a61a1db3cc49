import { CloudControlClient } from '@aws-sdk/client-cloudcontrol';
import {
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  ListDiscoveredResourcesCommand,
} from '@aws-sdk/client-config-service';
import { GetAccountPasswordPolicyCommand, IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { parseLive } from '@groundwork/drift';
import { mockClient } from 'aws-sdk-client-mock';
import { readLiveSources } from './read-live-sources';
import { readOneResource } from './read-one';
import { fakeCloudControl, logGroup } from './sources/cloudcontrol/cloud-control.recordings';
import { batchGetResponse, listPage, ROLE_ID, roleItem } from './sources/config/config-service.recordings';
import { passwordPolicy } from './sources/direct/direct.recordings';

const config = mockClient(ConfigServiceClient);
const cloudControl = mockClient(CloudControlClient);
const iam = mockClient(IAMClient);
const mocks = [config, cloudControl, iam];
beforeEach(() => mocks.forEach((m) => m.reset()));
afterAll(() => mocks.forEach((m) => m.restore()));

const ACCOUNT = '111122223333';
const clients = {
  config: new ConfigServiceClient({ region: 'eu-west-1' }),
  configFor: (region: string) => new ConfigServiceClient({ region }),
  cloudControlFor: (region: string) => new CloudControlClient({ region }),
  iam: new IAMClient({ region: 'eu-west-1' }),
  organizations: new OrganizationsClient({ region: 'us-east-1' }),
};

describe('readLiveSources', () => {
  it('reads the three sources into declared inventories that the drift engine reads back as items and inventories', async () => {
    config.on(ListDiscoveredResourcesCommand).resolves(listPage('AWS::IAM::Role', [ROLE_ID]));
    config.on(BatchGetResourceConfigCommand).resolves(batchGetResponse([roleItem()]));
    fakeCloudControl(cloudControl, [logGroup('/vpc/flow', 1)], {});
    iam.on(GetAccountPasswordPolicyCommand).resolves(passwordPolicy);
    const progress = new Set<string>();

    const { envelopes, incomplete } = await readLiveSources({
      clients,
      region: 'eu-west-1',
      accountId: ACCOUNT,
      configTypes: ['AWS::IAM::Role'],
      selectTags: false,
      targets: {
        cloudcontrol: [{ resourceType: 'AWS::Logs::LogGroup', global: false }],
        direct: [{ resourceType: 'AWS::IAM::AccountPasswordPolicy', global: true }],
      },
      onProgress: (source) => progress.add(source),
    });

    expect(incomplete).toEqual([]);
    expect(envelopes.map((e) => e.groundworkInventory)).toEqual([
      { source: 'config', accountId: ACCOUNT, region: 'eu-west-1', resourceTypes: 'all-recorded' },
      {
        source: 'cloudcontrol',
        accountId: ACCOUNT,
        region: 'eu-west-1',
        resourceTypes: ['AWS::Logs::LogGroup'],
      },
      {
        source: 'direct',
        accountId: ACCOUNT,
        region: 'global',
        resourceTypes: ['AWS::IAM::AccountPasswordPolicy'],
      },
    ]);
    expect([...progress]).toEqual(['config', 'cloudcontrol']);

    // Saved as a file and read back, it is what the live mode compared.
    const live = parseLive(JSON.parse(JSON.stringify(envelopes)), 'saved.json');
    expect(live.items.map((i) => `${i.source} ${i.resourceType}`)).toEqual([
      'config AWS::IAM::Role',
      'cloudcontrol AWS::Logs::LogGroup',
      'direct AWS::IAM::AccountPasswordPolicy',
    ]);
    const covered = live.inventories.map((i) => `${i.source} ${String(i.resourceTypes)}`);
    expect(covered).toEqual(
      expect.arrayContaining([
        'config AWS::IAM::Role',
        'cloudcontrol AWS::Logs::LogGroup',
        'direct AWS::IAM::AccountPasswordPolicy',
      ]),
    );
  });

  it('declares Config items read through an aggregator by their own accounts and regions', async () => {
    const { SelectAggregateResourceConfigCommand } = await import('@aws-sdk/client-config-service');
    config.on(SelectAggregateResourceConfigCommand).resolves({ Results: [], $metadata: {} });
    const { envelopes } = await readLiveSources({
      clients,
      region: 'eu-west-1',
      accountId: ACCOUNT,
      configTypes: ['AWS::IAM::Role'],
      aggregator: 'org',
      targets: { cloudcontrol: [], direct: [] },
    });
    expect(envelopes.map((e) => e.groundworkInventory)).toEqual([
      { source: 'config', accountId: null, region: null, resourceTypes: 'all-recorded' },
    ]);
  });
});

describe('readOneResource', () => {
  it('reads one Cloud Control resource, and none when it is gone', async () => {
    const seen = fakeCloudControl(cloudControl, [logGroup('/vpc/flow', 1)], {});
    const one = {
      source: 'cloudcontrol',
      resourceType: 'AWS::Logs::LogGroup',
      region: 'eu-west-1',
      accountId: ACCOUNT,
    } as const;
    expect(await readOneResource(clients, { ...one, identifier: '/vpc/flow' })).toHaveLength(1);
    expect(await readOneResource(clients, { ...one, identifier: '/gone' })).toEqual([]);
    expect(seen.map((s) => s.call)).toEqual(['GetResource', 'GetResource']);
    await expect(readOneResource(clients, one)).rejects.toThrow('needs its identifier');
  });

  it('reads a direct type whole, and refuses a type it has no read for', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves(passwordPolicy);
    const direct = { source: 'direct', region: 'us-east-1', accountId: ACCOUNT } as const;
    expect(
      await readOneResource(clients, { ...direct, resourceType: 'AWS::IAM::AccountPasswordPolicy' }),
    ).toEqual([{ PasswordPolicy: passwordPolicy.PasswordPolicy }]);
    await expect(
      readOneResource(clients, { ...direct, resourceType: 'AWS::Example::Thing' }),
    ).rejects.toThrow('no direct read is known for AWS::Example::Thing');
  });
});
