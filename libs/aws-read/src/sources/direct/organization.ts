// The organization, read directly from AWS Organizations (whose only endpoint is in us-east-1): Cloud Control's
// AWS::Organizations::Organization carries neither the policy types enabled at the root nor the services trusted
// with organization access. The three outputs merged into one object, as the drift engine reads it.
import {
  AWSOrganizationsNotInUseException,
  DescribeOrganizationCommand,
  type OrganizationsClient,
  paginateListAWSServiceAccessForOrganization,
  paginateListRoots,
} from '@aws-sdk/client-organizations';
import { RefusedRead } from '../../aws-errors';
import { plainJson } from '../../plain-output';

/** The account read is not the organization's management account, which alone may list the organization's roots. */
export class NotManagementAccountError extends RefusedRead {
  override readonly name = 'NotManagementAccountError';
}

/**
 * `{Organization, Roots, EnabledServicePrincipals}`: DescribeOrganization, ListRoots and
 * ListAWSServiceAccessForOrganization, every page. None when the account is in no organization.
 */
export async function readOrganization(
  organizations: OrganizationsClient,
  accountId: string | null,
): Promise<Record<string, unknown>[]> {
  let organization;
  try {
    organization = (await organizations.send(new DescribeOrganizationCommand({}))).Organization;
  } catch (error) {
    if (
      error instanceof AWSOrganizationsNotInUseException ||
      (error as Error)?.name === 'AWSOrganizationsNotInUseException'
    )
      return [];
    throw error;
  }
  const management = organization?.MasterAccountId;
  if (accountId !== null && management !== undefined && management !== accountId)
    throw new NotManagementAccountError(
      `the organization is read from its management account ${management}; this is member account ${accountId}`,
    );
  const roots: unknown[] = [];
  for await (const page of paginateListRoots({ client: organizations }, {}))
    roots.push(...(page.Roots ?? []));
  const services: unknown[] = [];
  for await (const page of paginateListAWSServiceAccessForOrganization({ client: organizations }, {}))
    services.push(...(page.EnabledServicePrincipals ?? []));
  return [
    plainJson({ Organization: organization, Roots: roots, EnabledServicePrincipals: services }) as Record<
      string,
      unknown
    >,
  ];
}
