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
import type { EnvironmentConfig } from '../config/environment';
import { PlatformStack, PlatformStackProps } from './platform-stack';

export interface OrgStackProps extends Omit<PlatformStackProps, 'accountId' | 'region'> {
  /** The environments whose accounts the organization holds, each in its OU. */
  readonly environments: readonly EnvironmentConfig[];
}

/**
 * `org`, in the management account: the Organization, its OU tree, the SCPs that cap every member account, and the
 * environment accounts in their OUs. Those accounts exist before the organization is managed here (each environment's
 * stacks deploy into its account), so they are adopted by id: imported on the first apply, never created, and their
 * name and e-mail are left as they are.
 */
export class OrgStack extends PlatformStack {
  readonly organization: Organization;

  constructor(scope: Construct, id: string, props: OrgStackProps) {
    super(scope, id, {
      ...props,
      accountId: props.org.managementAccountId,
      region: props.org.approvedRegions[0],
    });
    const exemptRoleNames = [props.org.privilegedRoleName];
    const workloads = ['Workloads/Prod', 'Workloads/NonProd', 'Sandbox', 'Infrastructure', 'Security'];
    this.organization = new Organization(this, 'organization', {
      accounts: props.environments.map((env) => ({
        name: env.accountName,
        email: env.accountEmail,
        organizationalUnit: env.organizationalUnit,
        existingAccountId: env.accountId,
      })),
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
