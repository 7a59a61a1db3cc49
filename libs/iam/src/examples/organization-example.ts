import { Construct } from 'constructs';
import { ORGANIZATION_ROOT, Organization } from '../organization/organization';
import { denyIamUserAccessKeys } from '../scp/deny-iam-user-access-keys';
import { denyLeavingOrganization } from '../scp/deny-leaving-organization';
import { denyRootUser } from '../scp/deny-root-user';
import { denyS3PublicAccessBlockChanges } from '../scp/deny-s3-public-access-block-changes';
import { protectSecurityServices } from '../scp/protect-security-services';
import { requireImdsv2 } from '../scp/require-imdsv2';
import { restrictRegions } from '../scp/restrict-regions';

/** README example: the default OU tree, two accounts and every SCP of the library. */
export function organizationExample(scope: Construct): Organization {
  const breakGlass = { exemptRoleNames: ['OrganizationAccountAccessRole'] };
  return new Organization(scope, 'organization', {
    accounts: [
      { name: 'security', email: 'aws-security@example.com', organizationalUnit: 'Security' },
      { name: 'prod', email: 'aws-prod@example.com', organizationalUnit: 'Workloads/Prod' },
    ],
    serviceControlPolicies: [
      { policy: denyLeavingOrganization(), targets: [ORGANIZATION_ROOT] },
      { policy: denyRootUser(), targets: [ORGANIZATION_ROOT] },
      { policy: protectSecurityServices(breakGlass), targets: [ORGANIZATION_ROOT] },
      { policy: denyS3PublicAccessBlockChanges(breakGlass), targets: [ORGANIZATION_ROOT] },
      { policy: denyIamUserAccessKeys(breakGlass), targets: ['Workloads', 'Sandbox'] },
      { policy: requireImdsv2(breakGlass), targets: ['Workloads', 'Infrastructure'] },
      {
        policy: restrictRegions({ allowedRegions: ['eu-west-1', 'eu-central-1'], ...breakGlass }),
        targets: ['Workloads', 'Sandbox', 'Infrastructure'],
      },
    ],
  });
}
