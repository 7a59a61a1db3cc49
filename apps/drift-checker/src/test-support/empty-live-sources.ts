// Mocks of the live sources read beside AWS Config, answering as an account that has none of their types and is in
// no organization: what tests of AWS Config's paths need from them on the real engine.
import { CloudControlClient, ListResourcesCommand } from '@aws-sdk/client-cloudcontrol';
import { ConfigServiceClient, DescribeDeliveryChannelsCommand } from '@aws-sdk/client-config-service';
import { GetAccountPasswordPolicyCommand, IAMClient, NoSuchEntityException } from '@aws-sdk/client-iam';
import {
  AWSOrganizationsNotInUseException,
  DescribeOrganizationCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';

const cloudControl = mockClient(CloudControlClient);
const iam = mockClient(IAMClient);
const organizations = mockClient(OrganizationsClient);

/** Resets the mocks to an empty account; `config` is the test's own Config mock, which gets no delivery channel. */
export function emptyLiveSources(config: AwsClientStub<ConfigServiceClient>): void {
  for (const m of [cloudControl, iam, organizations]) m.reset();
  cloudControl.on(ListResourcesCommand).resolves({ ResourceDescriptions: [] });
  iam
    .on(GetAccountPasswordPolicyCommand)
    .rejects(new NoSuchEntityException({ message: 'The Password Policy cannot be found.', $metadata: {} }));
  organizations.on(DescribeOrganizationCommand).rejects(
    new AWSOrganizationsNotInUseException({
      message: 'Your account is not a member of an organization.',
      $metadata: {},
    }),
  );
  config.on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [] });
}
