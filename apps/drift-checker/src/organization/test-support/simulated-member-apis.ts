// The member accounts' APIs as the sweep's member reads call them, answered from a simulated organization: STS
// (AssumeRole of the read role hands out credentials that name the account), and, with the SDK clients mocked,
// Cloud Control, IAM, Organizations and Config answering each call as the account whose credentials signed it, in
// the client's region. Refusals are injected per account and type, as AWS would answer them.
import { CloudControlClient, GetResourceCommand, ListResourcesCommand } from '@aws-sdk/client-cloudcontrol';
import { ConfigServiceClient, DescribeDeliveryChannelsCommand } from '@aws-sdk/client-config-service';
import { GetAccountPasswordPolicyCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  DescribeOrganizationCommand,
  ListAWSServiceAccessForOrganizationCommand,
  ListRootsCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import type { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { getResourceOutput, listResourcesOutput } from '@groundwork/aws-sim';
import { mockClient } from 'aws-sdk-client-mock';
import type { AssumeRoleSender } from '../aws/member-credentials';
import type { SimulatedOrganization } from './simulated-organization';

/** An error as the SDK throws a service's refusal: what aws-read's isRefusal takes for an answer. */
export function awsRefusal(name: string, message: string, status = 400): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: 'client' as const,
    $metadata: { httpStatusCode: status },
  });
}

/** The management account of the simulated organization: not among the swept member accounts. */
const MANAGEMENT_ACCOUNT = '999999999999';

type ResolvedConfig = { credentials: unknown; region: unknown };

async function resolved<T>(value: unknown): Promise<T> {
  return (typeof value === 'function' ? await (value as () => Promise<T>)() : value) as T;
}

export class SimulatedMemberApis {
  /** `<account> <type>` pairs the account refuses to read (AccessDenied from the type's handler). */
  readonly refusals = new Set<string>();
  /** Accounts without the read role: AssumeRole is refused there. */
  readonly withoutRole = new Set<string>();
  readonly assumed: { roleArn: string; sessionName: string }[] = [];
  /** `<account> <region> <TypeName or call>` of every call the mocked clients answered. */
  readonly calls: string[] = [];
  private readonly mocks: { restore(): void }[];

  constructor(private readonly org: SimulatedOrganization) {
    const cloudControl = mockClient(CloudControlClient);
    const iam = mockClient(IAMClient);
    const organizations = mockClient(OrganizationsClient);
    const config = mockClient(ConfigServiceClient);
    this.mocks = [cloudControl, iam, organizations, config];
    cloudControl.on(ListResourcesCommand).callsFake(async (input, getClient) => {
      const { account, region } = await this.caller(getClient().config, String(input.TypeName));
      return listResourcesOutput(String(input.TypeName), this.cloudControlIn(account, region));
    });
    cloudControl.on(GetResourceCommand).callsFake(async (input, getClient) => {
      const { account, region } = await this.caller(getClient().config, String(input.TypeName));
      const found = this.cloudControlIn(account, region).find(
        (r) => r.typeName === input.TypeName && r.identifier === input.Identifier,
      );
      if (!found) throw awsRefusal('ResourceNotFoundException', `${String(input.Identifier)} not found`, 404);
      return getResourceOutput(found);
    });
    iam.on(GetAccountPasswordPolicyCommand).callsFake(async (_input, getClient) => {
      const { account } = await this.caller(getClient().config, 'AWS::IAM::AccountPasswordPolicy');
      const read = this.org.direct.find(
        (d) => d.account === account && d.typeName === 'AWS::IAM::AccountPasswordPolicy',
      );
      if (!read) throw awsRefusal('NoSuchEntityException', 'The Password Policy cannot be found.', 404);
      return read.output;
    });
    // Every swept account is a member: the organization is the management account's to read.
    organizations.on(DescribeOrganizationCommand).callsFake(async (_input, getClient) => {
      await this.caller(getClient().config, 'AWS::Organizations::Organization');
      return { Organization: { Id: 'o-abcd123456', MasterAccountId: MANAGEMENT_ACCOUNT } };
    });
    organizations.on(ListRootsCommand).rejects(awsRefusal('AccessDeniedException', 'member account'));
    organizations
      .on(ListAWSServiceAccessForOrganizationCommand)
      .rejects(awsRefusal('AccessDeniedException', 'member account'));
    config.on(DescribeDeliveryChannelsCommand).callsFake(async (_input, getClient) => {
      const { account, region } = await this.caller(getClient().config, 'AWS::Config::DeliveryChannel');
      return {
        DeliveryChannels: this.org.direct
          .filter(
            (d) =>
              d.account === account && d.region === region && d.typeName === 'AWS::Config::DeliveryChannel',
          )
          .map((d) => d.output),
      };
    });
  }

  /** STS as the shard function's client: the read role of a swept account, refused where it is not deployed. */
  readonly sts: AssumeRoleSender = {
    send: async (command: AssumeRoleCommand) => {
      const { RoleArn, RoleSessionName } = command.input;
      const account = String(RoleArn).split(':')[4]!;
      this.assumed.push({ roleArn: String(RoleArn), sessionName: String(RoleSessionName) });
      if (this.withoutRole.has(account) || !this.org.places.some((p) => p.account === account))
        throw awsRefusal(
          'AccessDenied',
          `not authorized to perform sts:AssumeRole on ${String(RoleArn)}`,
          403,
        );
      return {
        Credentials: {
          AccessKeyId: `ASIA${account}`,
          SecretAccessKey: 'secret',
          SessionToken: `session-${account}`,
          Expiration: new Date(Date.now() + 3_600_000),
        },
      };
    },
  };

  restore(): void {
    for (const mock of this.mocks) mock.restore();
  }

  /** The account whose credentials signed a call, and the client's region; a refused type throws as AWS would. */
  private async caller(config: ResolvedConfig, type: string): Promise<{ account: string; region: string }> {
    const credentials = await resolved<{ accessKeyId: string }>(config.credentials);
    const region = await resolved<string>(config.region);
    const account = credentials.accessKeyId.replace(/^ASIA/, '');
    this.calls.push(`${account} ${region} ${type}`);
    if (this.refusals.has(`${account} ${type}`))
      throw awsRefusal('AccessDeniedException', `User is not authorized to read ${type} in ${account}`);
    return { account, region };
  }

  /** What Cloud Control reads in an account and region: its regional resources there, and its global ones. */
  private cloudControlIn(account: string, region: string) {
    return this.org.cloudControl.filter(
      (r) => r.account === account && (r.region === region || r.region === 'global'),
    );
  }
}
