import {
  CloudControlClient,
  GetResourceCommand,
  HandlerFailureException,
  ListResourcesCommand,
  ThrottlingException,
  UnsupportedActionException,
} from '@aws-sdk/client-cloudcontrol';
import { parseLive } from '@groundwork/drift';
import { mockClient } from 'aws-sdk-client-mock';
import {
  ACCOUNT,
  fakeCloudControl,
  logGroup,
  ORGANIZATION,
  organizationalUnit,
  policy,
  ROOT_ID,
  type RecordedResource,
} from './cloud-control.recordings';
import { ORGANIZATIONS_POLICY_TYPES } from './list-needs';
import { readCloudControl } from './read-cloud-control';

const cloudControl = mockClient(CloudControlClient);
beforeEach(() => cloudControl.reset());
afterAll(() => cloudControl.restore());

const NEEDS = { 'AWS::Organizations::OrganizationalUnit': 'ParentId', 'AWS::Organizations::Policy': 'Type' };
const LOG_GROUP = { resourceType: 'AWS::Logs::LogGroup', global: false };
const OU = { resourceType: 'AWS::Organizations::OrganizationalUnit', global: true };
const POLICY = { resourceType: 'AWS::Organizations::Policy', global: true };

function clients() {
  const made = new Map<string, CloudControlClient>();
  return {
    clientFor: (region: string) => {
      let client = made.get(region);
      if (!client) made.set(region, (client = new CloudControlClient({ region })));
      return client;
    },
  };
}

async function read(targets: { resourceType: string; global: boolean }[], resources: RecordedResource[]) {
  const seen = fakeCloudControl(cloudControl, resources, NEEDS);
  const result = await readCloudControl({
    targets,
    region: 'eu-west-1',
    accountId: ACCOUNT,
    clientFor: clients().clientFor,
  });
  return { result, seen };
}

describe('readCloudControl', () => {
  it('lists every page of a type, reads each resource, and declares the type listed in full in its region', async () => {
    const groups = [logGroup('/vpc/flow', 1), logGroup('/aws/lambda/checker', 365), logGroup('/app/web')];
    const progress: [number, number][] = [];
    const seen = fakeCloudControl(cloudControl, groups, NEEDS);
    const { envelopes, incomplete } = await readCloudControl({
      targets: [LOG_GROUP],
      region: 'eu-west-1',
      accountId: ACCOUNT,
      clientFor: clients().clientFor,
      onProgress: (done, listed) => progress.push([done, listed]),
    });
    expect(incomplete).toEqual([]);
    expect(seen.filter((s) => s.call === 'ListResources')).toHaveLength(2);
    expect(seen.filter((s) => s.call === 'GetResource').map((s) => s.identifier)).toEqual(
      groups.map((g) => g.identifier),
    );
    expect(progress.at(-1)).toEqual([3, 3]);
    expect(envelopes).toHaveLength(1);
    expect(envelopes[0].groundworkInventory).toEqual({
      source: 'cloudcontrol',
      accountId: ACCOUNT,
      region: 'eu-west-1',
      resourceTypes: ['AWS::Logs::LogGroup'],
    });

    // What the drift engine makes of it: one Cloud Control item per log group, and an inventory that covers the type.
    const live = parseLive(envelopes, 'read');
    expect(
      live.items.map((i) => [i.source, i.resourceType, i.resourceId, i.configuration?.['RetentionInDays']]),
    ).toEqual([
      ['cloudcontrol', 'AWS::Logs::LogGroup', '/vpc/flow', 1],
      ['cloudcontrol', 'AWS::Logs::LogGroup', '/aws/lambda/checker', 365],
      ['cloudcontrol', 'AWS::Logs::LogGroup', '/app/web', undefined],
    ]);
    expect(live.inventories).toContainEqual({
      source: 'cloudcontrol',
      accountId: ACCOUNT,
      region: 'eu-west-1',
      resourceTypes: ['AWS::Logs::LogGroup'],
    });
  });

  it('declares a type listed in full with no resources: an empty inventory, which proves them all gone', async () => {
    const { result } = await read([LOG_GROUP], []);
    expect(result.envelopes).toEqual([
      {
        groundworkInventory: {
          source: 'cloudcontrol',
          accountId: ACCOUNT,
          region: 'eu-west-1',
          resourceTypes: ['AWS::Logs::LogGroup'],
        },
        items: [],
      },
    ]);
  });

  it('walks the OU tree from the organization root, one listing per parent, through us-east-1', async () => {
    const ous = [
      organizationalUnit('ou-f6g7-security1', 'Security', ROOT_ID),
      organizationalUnit('ou-f6g7-workload1', 'Workloads', ROOT_ID),
      organizationalUnit('ou-f6g7-prod0001', 'Prod', 'ou-f6g7-workload1'),
      organizationalUnit('ou-f6g7-nonprod1', 'NonProd', 'ou-f6g7-workload1'),
    ];
    const { result, seen } = await read([OU], [ORGANIZATION, ...ous]);
    expect(result.incomplete).toEqual([]);
    const parents = seen
      .filter((s) => s.call === 'ListResources' && s.typeName === OU.resourceType)
      .map((s) => s.model?.['ParentId']);
    expect(parents).toEqual([
      ROOT_ID,
      'ou-f6g7-security1',
      'ou-f6g7-workload1',
      'ou-f6g7-prod0001',
      'ou-f6g7-nonprod1',
    ]);
    expect(new Set(seen.map((s) => s.region))).toEqual(new Set(['us-east-1']));
    expect(result.envelopes[0].groundworkInventory.region).toBe('global');
    expect(
      result.envelopes[0].items.map(
        (o) => (o as { ResourceDescription: { Identifier: string } }).ResourceDescription.Identifier,
      ),
    ).toEqual(ous.map((o) => o.identifier));
  });

  it('lists policies once per policy type of the schema, and reads each in full (Content, TargetIds)', async () => {
    const policies = [
      policy('p-FullAWSAccess', 'SERVICE_CONTROL_POLICY', [ROOT_ID]),
      policy('p-denyregion', 'SERVICE_CONTROL_POLICY', ['ou-f6g7-workload1']),
      policy('p-tagpolicy1', 'TAG_POLICY', []),
    ];
    const { result, seen } = await read([POLICY], policies);
    const types = seen.filter((s) => s.call === 'ListResources').map((s) => s.model?.['Type']);
    expect(types).toEqual(ORGANIZATIONS_POLICY_TYPES);
    const live = parseLive(result.envelopes, 'read');
    expect(live.items.find((i) => i.resourceId === 'p-denyregion')?.configuration?.['TargetIds']).toEqual([
      'ou-f6g7-workload1',
    ]);
    expect(live.items.every((i) => i.awsRegion === 'global')).toBe(true);
  });

  it('keeps the inventory of a type whose resource was deleted between its listing and its read', async () => {
    const { result } = await read([LOG_GROUP], [logGroup('/a'), { ...logGroup('/b'), goneOnRead: true }]);
    expect(result.envelopes[0].groundworkInventory.resourceTypes).toEqual(['AWS::Logs::LogGroup']);
    expect(result.envelopes[0].items).toHaveLength(1);
  });

  it('reports a type it cannot list or read here as incomplete, and reads the others', async () => {
    fakeCloudControl(cloudControl, [logGroup('/a')], NEEDS);
    cloudControl.on(ListResourcesCommand, { TypeName: 'AWS::Organizations::Account' }).rejects(
      new UnsupportedActionException({
        message: 'Resource type AWS::Organizations::Account does not support LIST action',
        $metadata: {},
      }),
    );
    cloudControl
      .on(GetResourceCommand, { TypeName: 'AWS::Logs::LogGroup', Identifier: '/a' })
      .callsFakeOnce(() => {
        throw new HandlerFailureException({ message: 'AccessDenied: logs:DescribeLogGroups', $metadata: {} });
      });
    const { envelopes, incomplete } = await readCloudControl({
      targets: [{ resourceType: 'AWS::Organizations::Account', global: true }, LOG_GROUP],
      region: 'eu-west-1',
      accountId: ACCOUNT,
      clientFor: clients().clientFor,
    });
    expect(incomplete).toEqual([
      {
        resourceType: 'AWS::Organizations::Account',
        reason:
          'UnsupportedActionException: Resource type AWS::Organizations::Account does not support LIST action',
      },
      {
        resourceType: 'AWS::Logs::LogGroup',
        reason: 'HandlerFailureException: AccessDenied: logs:DescribeLogGroups',
      },
    ]);
    expect(envelopes).toEqual([]);
  });

  it('fails the whole read when the service throttles past the client retries: that is no answer about the type', async () => {
    // The retries themselves are the SDK's, in the mode the caller configures (the drift checker's wire test runs
    // them against a throttling server); what reaches this reader is the error after the last attempt.
    fakeCloudControl(cloudControl, [logGroup('/a')], NEEDS);
    cloudControl.on(ListResourcesCommand).rejects(
      new ThrottlingException({
        message: 'Rate exceeded',
        $metadata: { httpStatusCode: 400, attempts: 8 },
      }),
    );
    await expect(
      readCloudControl({
        targets: [LOG_GROUP],
        region: 'eu-west-1',
        accountId: ACCOUNT,
        clientFor: clients().clientFor,
      }),
    ).rejects.toThrow('Rate exceeded');
  });

  it('makes read-only calls only', async () => {
    const { seen } = await read(
      [LOG_GROUP, OU, POLICY],
      [logGroup('/a'), ORGANIZATION, organizationalUnit('ou-f6g7-a1b2c3d4', 'A', ROOT_ID)],
    );
    const sent = cloudControl.calls().map((c) => c.args[0].constructor.name);
    expect(new Set(sent)).toEqual(new Set(['ListResourcesCommand', 'GetResourceCommand']));
    expect(seen.length).toBe(sent.length);
  });
});
