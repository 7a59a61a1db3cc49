import { ConfigServiceClient, DescribeDeliveryChannelsCommand } from '@aws-sdk/client-config-service';
import { GetAccountPasswordPolicyCommand, IAMClient, NoSuchEntityException } from '@aws-sdk/client-iam';
import {
  AccessDeniedException,
  AWSOrganizationsNotInUseException,
  DescribeOrganizationCommand,
  ListAWSServiceAccessForOrganizationCommand,
  ListRootsCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { parseLive } from '@groundwork/drift';
import { mockClient } from 'aws-sdk-client-mock';
import {
  deliveryChannels,
  MANAGEMENT,
  MEMBER,
  organization,
  passwordPolicy,
  rootsPage,
  serviceAccess,
} from './direct.recordings';
import { readDirect } from './read-direct';

const iam = mockClient(IAMClient);
const organizations = mockClient(OrganizationsClient);
const config = mockClient(ConfigServiceClient);
beforeEach(() => [iam, organizations, config].forEach((m) => m.reset()));
afterAll(() => [iam, organizations, config].forEach((m) => m.restore()));

const clients = {
  iam: new IAMClient({ region: 'eu-west-1' }),
  organizations: new OrganizationsClient({ region: 'us-east-1' }),
  config: new ConfigServiceClient({ region: 'eu-west-1' }),
};
const PASSWORD_POLICY = { resourceType: 'AWS::IAM::AccountPasswordPolicy', global: true };
const ORGANIZATION = { resourceType: 'AWS::Organizations::Organization', global: true };
const DELIVERY_CHANNEL = { resourceType: 'AWS::Config::DeliveryChannel', global: false };

function read(targets: { resourceType: string; global: boolean }[], accountId = MANAGEMENT) {
  return readDirect({ targets, region: 'eu-west-1', accountId, clients });
}

describe('readDirect', () => {
  it('reads the password policy as a global inventory of the account, which the drift engine reads', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves(passwordPolicy);
    const { envelopes, incomplete } = await read([PASSWORD_POLICY]);
    expect(incomplete).toEqual([]);
    expect(envelopes).toEqual([
      {
        groundworkInventory: {
          source: 'direct',
          accountId: MANAGEMENT,
          region: 'global',
          resourceTypes: ['AWS::IAM::AccountPasswordPolicy'],
        },
        items: [{ PasswordPolicy: passwordPolicy.PasswordPolicy }],
      },
    ]);
    const live = parseLive(envelopes, 'read');
    expect(live.items).toHaveLength(1);
    expect(live.items[0]).toMatchObject({
      source: 'direct',
      resourceType: 'AWS::IAM::AccountPasswordPolicy',
      resourceId: MANAGEMENT,
      accountId: MANAGEMENT,
      configuration: { MinimumPasswordLength: 14, PasswordReusePrevention: 24 },
    });
    expect(live.inventories).toContainEqual({
      source: 'direct',
      accountId: MANAGEMENT,
      region: 'global',
      resourceTypes: ['AWS::IAM::AccountPasswordPolicy'],
    });
  });

  it('reads NoSuchEntity as an account without a password policy: an inventory showing it absent', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(
      new NoSuchEntityException({
        message: 'The Password Policy with domain name 111111111111 cannot be found.',
        $metadata: { httpStatusCode: 404 },
      }),
    );
    const { envelopes } = await read([PASSWORD_POLICY]);
    expect(envelopes[0].items).toEqual([]);
    const live = parseLive(envelopes, 'read');
    expect(live.items).toEqual([]);
    expect(live.inventories.map((i) => i.resourceTypes)).toEqual([['AWS::IAM::AccountPasswordPolicy']]);
  });

  it('merges the three reads of the organization, every page, in the management account', async () => {
    organizations.on(DescribeOrganizationCommand).resolves(organization);
    organizations
      .on(ListRootsCommand)
      .resolvesOnce(rootsPage('next'))
      .resolvesOnce({ ...rootsPage(), Roots: [] });
    organizations.on(ListAWSServiceAccessForOrganizationCommand).resolves(serviceAccess);
    const { envelopes } = await read([ORGANIZATION]);
    expect(envelopes[0].groundworkInventory.region).toBe('global');
    expect(envelopes[0].items).toEqual([
      {
        Organization: organization.Organization,
        Roots: rootsPage().Roots,
        EnabledServicePrincipals: [
          { ServicePrincipal: 'config.amazonaws.com', DateEnabled: '2026-03-01T09:30:00.000Z' },
          { ServicePrincipal: 'cloudtrail.amazonaws.com', DateEnabled: '2026-03-01T09:31:00.000Z' },
        ],
      },
    ]);
    expect(organizations.commandCalls(ListRootsCommand)).toHaveLength(2);
  });

  it('leaves the organization out in a member account, saying where it is read from', async () => {
    organizations.on(DescribeOrganizationCommand).resolves(organization);
    const { envelopes, incomplete } = await read([ORGANIZATION], MEMBER);
    expect(envelopes).toEqual([]);
    expect(incomplete).toEqual([
      {
        resourceType: 'AWS::Organizations::Organization',
        reason: `NotManagementAccountError: the organization is read from its management account ${MANAGEMENT}; this is member account ${MEMBER}`,
      },
    ]);
    expect(organizations.commandCalls(ListRootsCommand)).toHaveLength(0);
  });

  it('reads an account in no organization as none, and an organization it may not read as incomplete', async () => {
    organizations
      .on(DescribeOrganizationCommand)
      .rejectsOnce(
        new AWSOrganizationsNotInUseException({
          message: 'Your account is not a member of an organization.',
          $metadata: { httpStatusCode: 400 },
        }),
      )
      .rejectsOnce(
        new AccessDeniedException({
          message: 'You don’t have permissions to access this resource.',
          $metadata: { httpStatusCode: 400 },
        }),
      );
    expect((await read([ORGANIZATION])).envelopes[0].items).toEqual([]);
    expect((await read([ORGANIZATION])).incomplete[0].reason).toMatch(/^AccessDeniedException: /);
  });

  it('reads the delivery channels of the region, and says which types it has no read for', async () => {
    config.on(DescribeDeliveryChannelsCommand).resolves(deliveryChannels);
    const { envelopes, incomplete } = await read([
      DELIVERY_CHANNEL,
      { resourceType: 'AWS::Example::Thing', global: false },
    ]);
    expect(envelopes).toEqual([
      {
        groundworkInventory: {
          source: 'direct',
          accountId: MANAGEMENT,
          region: 'eu-west-1',
          resourceTypes: ['AWS::Config::DeliveryChannel'],
        },
        items: [{ DeliveryChannels: deliveryChannels.DeliveryChannels }],
      },
    ]);
    expect(incomplete).toEqual([
      { resourceType: 'AWS::Example::Thing', reason: 'no direct read is known for this type' },
    ]);
    expect(config.commandCalls(DescribeDeliveryChannelsCommand)[0].args[0].input).toEqual({});
  });
});
