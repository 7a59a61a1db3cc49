// AWS::Organizations::Account, read through Cloud Control (GetResource: AccountName, Email, ParentIds, Tags, Status;
// a ListResources lists AccountId, AccountName and Email only), and the organization's management account, which no
// stack creates. An account the IaC imports (a Terraform `import` block) keeps the id it has.
import type { AppliedResource, Attrs } from '../apply/applied-resource';
import { CREATED_AT, tagsOf, type RecorderContext } from '../config/config-item';
import { cloudFormationTags, type CloudControlResource } from '../live/cloud-control-resource';
import { appliedOrganization, organizationsArn } from './organizations-organization';
import type { SimulatedType } from './simulated-type';

const ACCOUNT = 'AWS::Organizations::Account';

function accountResource(a: Attrs, joinedMethod: string, tags: Record<string, string>): CloudControlResource {
  const listed = { AccountId: a.id, AccountName: a.name, Email: a.email };
  return {
    typeName: ACCOUNT,
    identifier: String(a.id),
    region: 'global',
    properties: {
      ...listed,
      Arn: a.arn,
      ParentIds: [a.parent_id],
      JoinedMethod: joinedMethod,
      JoinedTimestamp: CREATED_AT,
      Status: 'ACTIVE',
      Tags: cloudFormationTags(tags),
    },
    listed,
  };
}

function managementAccount(
  applied: readonly AppliedResource[],
  ctx: RecorderContext,
): CloudControlResource[] {
  const org = applied.find((r) => r.type === 'aws_organizations_organization');
  if (!org) return [];
  const a = org.attrs;
  const root = (a.roots as Attrs[])[0];
  const management = {
    id: ctx.account,
    arn: a.master_account_arn,
    name: a.master_account_name,
    email: a.master_account_email,
    parent_id: root.id,
  };
  return [accountResource(management, 'CREATED', {})];
}

export const organizationsAccount: SimulatedType = {
  awsType: ACCOUNT,
  terraformTypes: {
    aws_organizations_account: {
      taggable: true,
      computed: (v, ctx) => {
        const org = appliedOrganization(ctx);
        const rootId = String((org.roots as Attrs[])[0].id);
        const id = ctx.importedId ?? String(parseInt(ctx.ids.hex(10), 16) % 1e12).padStart(12, '1');
        return {
          id,
          arn: organizationsArn(ctx.account, 'account', String(org.id), id),
          parent_id: v.parent_id ?? rootId,
          status: 'ACTIVE',
          joined_method: ctx.importedId ? 'INVITED' : 'CREATED',
          joined_timestamp: '2026-11-20T09:14:07Z',
          govcloud_id: '',
          close_on_deletion: v.close_on_deletion ?? false,
          create_govcloud: v.create_govcloud ?? false,
        };
      },
      cloudControl: ({ attrs: a }) => accountResource(a, String(a.joined_method), tagsOf(a)),
    },
  },
  cloudControlNoise: managementAccount,
};
