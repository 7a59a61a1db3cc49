// AWS::Organizations::Organization, in the management account. AWS Config does not record it and Cloud Control
// reads neither its root's policy types nor its trusted services: it is read directly (DescribeOrganization,
// ListRoots, ListAWSServiceAccessForOrganization, merged). Organizations is global.
import type { ApplyContext, AppliedResource, Attrs } from '../apply/applied-resource';
import { CREATED_AT } from '../config/config-item';
import type { SimulatedType } from './simulated-type';

const ORGANIZATION = 'aws_organizations_organization';

/** The organization applied so far (OUs, policies and accounts are created in it). */
export function appliedOrganization(ctx: ApplyContext): Attrs {
  const org = ctx.applied().find((r) => r.type === ORGANIZATION);
  if (!org)
    throw new Error(
      `no ${ORGANIZATION} is applied before it: Organizations resources need the organization (apply its stack first)`,
    );
  return org.attrs;
}

/** An Organizations ARN: the management account, then the organization (`…:ou/o-…/ou-…`). */
export function organizationsArn(managementAccount: string, kind: string, orgId: string, id: string): string {
  return `arn:aws:organizations::${managementAccount}:${kind}/${orgId}/${id}`;
}

function directRead(r: AppliedResource) {
  const a = r.attrs;
  const [root] = a.roots as Attrs[];
  return {
    typeName: 'AWS::Organizations::Organization',
    identifier: String(a.id),
    region: 'global',
    output: {
      Organization: {
        Id: a.id,
        Arn: a.arn,
        FeatureSet: a.feature_set,
        MasterAccountArn: a.master_account_arn,
        MasterAccountId: a.master_account_id,
        MasterAccountEmail: a.master_account_email,
        // Deprecated by AWS (it does not say what is enabled at the root), and still returned.
        AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
      },
      Roots: [
        {
          Id: root.id,
          Arn: root.arn,
          Name: root.name,
          PolicyTypes: (root.policy_types as Attrs[]).map((p) => ({ Type: p.type, Status: p.status })),
        },
      ],
      EnabledServicePrincipals: ((a.aws_service_access_principals as string[] | undefined) ?? []).map(
        (ServicePrincipal) => ({ ServicePrincipal, DateEnabled: CREATED_AT }),
      ),
    },
  };
}

export const organizationsOrganization: SimulatedType = {
  awsType: 'AWS::Organizations::Organization',
  terraformTypes: {
    [ORGANIZATION]: {
      computed: (v, ctx) => {
        const id = `o-${ctx.ids.hex(10)}`;
        const rootId = `r-${ctx.ids.hex(4)}`;
        const management = organizationsArn(ctx.account, 'account', id, ctx.account);
        return {
          id,
          arn: `arn:aws:organizations::${ctx.account}:organization/${id}`,
          feature_set: v.feature_set ?? 'ALL',
          master_account_id: ctx.account,
          master_account_arn: management,
          master_account_email: `aws-management-${ctx.account}@example.com`,
          master_account_name: 'management',
          roots: [
            {
              id: rootId,
              arn: organizationsArn(ctx.account, 'root', id, rootId),
              name: 'Root',
              policy_types: ((v.enabled_policy_types as string[] | undefined) ?? []).map((type) => ({
                type,
                status: 'ENABLED',
              })),
            },
          ],
          accounts: [{ id: ctx.account, arn: management, name: 'management', status: 'ACTIVE' }],
          non_master_accounts: [],
        };
      },
      direct: (r) => directRead(r),
    },
  },
};
