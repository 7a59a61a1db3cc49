// AWS::Organizations::OrganizationalUnit, read through Cloud Control (GetResource: Name, ParentId, Tags; a
// ListResources per parent lists Arn, Id and Name only).
import { tagsOf } from '../config/config-item';
import { cloudFormationTags } from '../live/cloud-control-resource';
import { appliedOrganization, organizationsArn } from './organizations-organization';
import type { SimulatedType } from './simulated-type';

export const organizationsOrganizationalUnit: SimulatedType = {
  awsType: 'AWS::Organizations::OrganizationalUnit',
  terraformTypes: {
    aws_organizations_organizational_unit: {
      taggable: true,
      computed: (_v, ctx) => {
        const org = appliedOrganization(ctx);
        const rootId = String((org.roots as { id: string }[])[0].id);
        // `ou-` + the root's id without `r-` + 8 to 32 characters.
        const id = `ou-${rootId.slice(2)}-${ctx.ids.hex(8)}`;
        return { id, arn: organizationsArn(ctx.account, 'ou', String(org.id), id), accounts: [] };
      },
      cloudControl: ({ attrs: a }) => {
        const listed = { Arn: a.arn, Id: a.id, Name: a.name };
        return {
          typeName: 'AWS::Organizations::OrganizationalUnit',
          identifier: String(a.id),
          region: 'global',
          properties: { ...listed, ParentId: a.parent_id, Tags: cloudFormationTags(tagsOf(a)) },
          listed,
        };
      },
    },
  },
};
