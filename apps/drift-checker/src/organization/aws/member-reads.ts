// The shards read in a member account: the types AWS Config does not record, read through Cloud Control or the
// services' own APIs with the credentials of the account's read role, as libs/aws-read reads them for the CLI and
// the account's own drift checker. A type the account refuses is reported incomplete, never as an empty inventory.
import { CloudControlClient } from '@aws-sdk/client-cloudcontrol';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import {
  adaptiveRetry,
  describeAwsError,
  GLOBAL_PLACE,
  isRefusal,
  ORGANIZATIONS_REGION,
  readCloudControl,
  readDirect,
  type SourceRead,
} from '@groundwork/aws-read';
import { parseLive } from '@groundwork/drift';
import { nothingRead } from '../nothing-read';
import type { ShardRead, ShardReader } from '../sweep-ports';
import { shardSource, type SweepShard } from '../sweep-shard-plan';
import type { MemberCredentialsProvider, MemberRoleCredentials } from './member-credentials';

/** Adaptive mode slows a client down once Cloud Control throttles, before its eight attempts run out. */
const READ_RETRY = adaptiveRetry(8);

/**
 * Where the `global` shards are read: the control planes of IAM, CloudFront and Organizations are in us-east-1
 * (aws-read's ORGANIZATIONS_REGION), and Cloud Control's handlers of their types run there.
 */
export const GLOBAL_READ_REGION = ORGANIZATIONS_REGION;

/** The SDK clients of one shard's read, with the member's credentials; destroyed when the read is done. */
class MemberClients {
  private readonly made: { destroy(): void }[] = [];
  private readonly cloudControlByRegion = new Map<string, CloudControlClient>();

  constructor(
    private readonly credentials: MemberCredentialsProvider,
    private readonly region: string,
  ) {}

  private make<T extends { destroy(): void }>(client: T): T {
    this.made.push(client);
    return client;
  }

  cloudControl(region: string): CloudControlClient {
    let client = this.cloudControlByRegion.get(region);
    if (!client)
      this.cloudControlByRegion.set(
        region,
        (client = this.make(
          new CloudControlClient({ region, credentials: this.credentials, ...READ_RETRY }),
        )),
      );
    return client;
  }

  direct() {
    const settings = { credentials: this.credentials, ...READ_RETRY };
    return {
      iam: this.make(new IAMClient({ region: this.region, ...settings })),
      organizations: this.make(new OrganizationsClient({ region: ORGANIZATIONS_REGION, ...settings })),
      config: this.make(new ConfigServiceClient({ region: this.region, ...settings })),
    };
  }

  destroy(): void {
    for (const client of this.made) client.destroy();
  }
}

export class MemberReads implements ShardReader {
  constructor(
    private readonly roles: MemberRoleCredentials,
    /** The RoleSessionName (sweepSessionName): CloudTrail in the member account shows which sweep read it. */
    private readonly sessionName: string,
  ) {}

  /**
   * Reads exactly the shard's types in its account and place: Cloud Control (ListResources, then GetResource for
   * each resource) or the direct reads. The role refused (not deployed in the account yet, or not trusting this
   * function) makes every type incomplete; throttling past the retries and 5xx errors fail the shard, which the
   * state machine retries.
   */
  async read(shard: SweepShard): Promise<ShardRead> {
    const source = shardSource(shard);
    if (source === 'config')
      throw new Error(
        `shard ${shard.id} reads AWS Config: the organization aggregator reads it, not a member role`,
      );
    const credentials = this.roles.credentials(shard.accountId, this.sessionName);
    try {
      await credentials();
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const reason = `${this.roles.roleArn(shard.accountId)} could not be assumed: ${describeAwsError(error)}`;
      return nothingRead(shard, reason);
    }
    const global = shard.region === GLOBAL_PLACE;
    const region = global ? GLOBAL_READ_REGION : shard.region;
    const targets = shard.resourceTypes.map((resourceType) => ({ resourceType, global }));
    const clients = new MemberClients(credentials, region);
    try {
      const read: SourceRead =
        source === 'cloudcontrol'
          ? await readCloudControl({
              targets,
              region,
              accountId: shard.accountId,
              clientFor: (at) => clients.cloudControl(at),
            })
          : await readDirect({ targets, region, accountId: shard.accountId, clients: clients.direct() });
      const live = parseLive(read.envelopes, `${source} reads of ${shard.accountId} (${shard.region})`);
      return { items: live.items, inventories: live.inventories, incomplete: read.incomplete };
    } finally {
      clients.destroy();
    }
  }
}
