import { Construct } from 'constructs';
import {
  Organization,
  combineServiceControlPolicies,
  ORGANIZATION_ROOT,
  denyIamUserAccessKeys,
  denyLeavingOrganization,
  denyRootUser,
  denyS3PublicAccessBlockChanges,
  protectSecurityServices,
  requireImdsv2,
  restrictRegions,
} from '@groundwork/iam';
import { PlatformStack, PlatformStackProps } from './platform-stack';

/** `org`, in the management account: the Organization, its OU tree and the SCPs that cap every member account. */
export class OrgStack extends PlatformStack {
  readonly organization: Organization;

  constructor(scope: Construct, id: string, props: Omit<PlatformStackProps, 'accountId' | 'region'>) {
    super(scope, id, {
      ...props,
      accountId: props.org.managementAccountId,
      region: props.org.approvedRegions[0],
    });
    const exemptRoleNames = [props.org.privilegedRoleName];
    const workloads = ['Workloads/Prod', 'Workloads/NonProd', 'Sandbox', 'Infrastructure', 'Security'];
    this.organization = new Organization(this, 'organization', {
      serviceControlPolicies: [
        { policy: denyLeavingOrganization(), targets: [ORGANIZATION_ROOT] },
        { policy: protectSecurityServices({ exemptRoleNames }), targets: [ORGANIZATION_ROOT] },
        {
          policy: restrictRegions({ allowedRegions: props.org.approvedRegions, exemptRoleNames }),
          targets: workloads,
        },
        // AWS allows five SCPs per target (FullAWSAccess is one): the account guardrails travel as one policy.
        {
          policy: combineServiceControlPolicies(
            'AccountGuardrails',
            'No root user, IMDSv2 only, no changes to the S3 account public-access block, no IAM user access keys',
            [
              denyRootUser(),
              requireImdsv2({ exemptRoleNames }),
              denyS3PublicAccessBlockChanges({ exemptRoleNames }),
              denyIamUserAccessKeys({ exemptRoleNames }),
            ],
          ),
          targets: workloads,
        },
      ],
    });
  }
}
