// The direct reads by live type: for each type neither AWS Config nor Cloud Control reads, the service calls that do.
import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import { ACCOUNT_PASSWORD_POLICY_TYPE } from '@groundwork/drift';
import { readDeliveryChannels } from './delivery-channels';
import { readOrganization } from './organization';
import { readPasswordPolicy } from './password-policy';

export interface DirectClients {
  readonly iam: IAMClient;
  /** A client in us-east-1, Organizations' only endpoint. */
  readonly organizations: OrganizationsClient;
  /** A client in the region read. */
  readonly config: ConfigServiceClient;
}

/** Every resource of one type in the account (and region): API outputs as the AWS CLI prints them, none if none. */
export type DirectReader = (clients: DirectClients, accountId: string | null) => Promise<unknown[]>;

/** By the live type the drift engine names each read (documented with its adapter). */
export const DIRECT_READERS: Readonly<Record<string, DirectReader>> = {
  [ACCOUNT_PASSWORD_POLICY_TYPE]: (c) => readPasswordPolicy(c.iam),
  'AWS::Organizations::Organization': (c, accountId) => readOrganization(c.organizations, accountId),
  'AWS::Config::DeliveryChannel': (c) => readDeliveryChannels(c.config),
};
