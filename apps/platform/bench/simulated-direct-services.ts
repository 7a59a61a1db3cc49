// IAM's and AWS Organizations' read APIs answered from a simulated account, for counting a reader's calls:
// GetAccountPasswordPolicy (NoSuchEntity without a policy); DescribeOrganization (in any account of the
// organization), ListRoots and ListAWSServiceAccessForOrganization (in its management account only, as AWS allows).
import { GetAccountPasswordPolicyCommand, IAMClient, NoSuchEntityException } from '@aws-sdk/client-iam';
import {
  AccessDeniedException,
  AWSOrganizationsNotInUseException,
  DescribeOrganizationCommand,
  ListAWSServiceAccessForOrganizationCommand,
  ListRootsCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { callsOf, SIMULATED_CREDENTIALS, type SimulatedService } from './simulated-service';

/** An account's password policy client: `output` is GetAccountPasswordPolicy's, or undefined for none. */
export function simulatedIam(output: Record<string, unknown> | undefined): SimulatedService<IAMClient> {
  const client = new IAMClient({ region: 'us-east-1', credentials: SIMULATED_CREDENTIALS });
  const mock = mockClient(client);
  mock.on(GetAccountPasswordPolicyCommand).callsFake(() => {
    if (!output)
      throw new NoSuchEntityException({
        message: 'The Password Policy with domain name … cannot be found.',
        $metadata: { httpStatusCode: 404 },
      });
    return output;
  });
  return { client, calls: () => callsOf(mock) };
}

/** The organization's reads merged, as the direct read of the simulated management account holds them. */
export interface OrganizationReads {
  readonly Organization: Record<string, unknown>;
  readonly Roots: unknown[];
  readonly EnabledServicePrincipals: unknown[];
}

/**
 * AWS Organizations as one account sees it: `organization` undefined when it is in none, `management` whether it is
 * the organization's management account.
 */
export function simulatedOrganizations(
  organization: OrganizationReads | undefined,
  management: boolean,
): SimulatedService<OrganizationsClient> {
  const client = new OrganizationsClient({ region: 'us-east-1', credentials: SIMULATED_CREDENTIALS });
  const mock = mockClient(client);
  const inOrganization = (): OrganizationReads => {
    if (!organization)
      throw new AWSOrganizationsNotInUseException({
        message: 'Your account is not a member of an organization.',
        $metadata: { httpStatusCode: 400 },
      });
    return organization;
  };
  const managementOnly = (): OrganizationReads => {
    const org = inOrganization();
    if (!management)
      throw new AccessDeniedException({
        message: 'You don’t have permissions to access this resource.',
        $metadata: { httpStatusCode: 400 },
      });
    return org;
  };
  mock.on(DescribeOrganizationCommand).callsFake(() => ({ Organization: inOrganization().Organization }));
  mock.on(ListRootsCommand).callsFake(() => ({ Roots: managementOnly().Roots }));
  mock
    .on(ListAWSServiceAccessForOrganizationCommand)
    .callsFake(() => ({ EnabledServicePrincipals: managementOnly().EnabledServicePrincipals }));
  return { client, calls: () => callsOf(mock) };
}
