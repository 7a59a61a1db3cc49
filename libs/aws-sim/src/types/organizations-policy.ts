// AWS::Organizations::Policy with its attachments folded into TargetIds, read through Cloud Control (GetResource:
// Content, TargetIds, Tags; a ListResources by Type lists summaries), and AWS's own FullAWSAccess, which AWS attaches
// to the root, every OU and every account as soon as service control policies are enabled.
import type { AppliedResource } from '../apply/applied-resource';
import type { RecorderContext } from '../config/config-item';
import { tagsOf } from '../config/config-item';
import { cloudFormationTags, type CloudControlResource } from '../live/cloud-control-resource';
import { appliedOrganization, organizationsArn } from './organizations-organization';
import type { SimulatedType } from './simulated-type';

const POLICY = 'AWS::Organizations::Policy';

/** FullAWSAccess, attached to the root and to every OU and account of the organization. */
function fullAwsAccess(applied: readonly AppliedResource[], ctx: RecorderContext): CloudControlResource[] {
  const org = applied.find((r) => r.type === 'aws_organizations_organization');
  if (!org) return [];
  const [root] = org.attrs.roots as { id: string; policy_types: { type: string }[] }[];
  if (!root.policy_types.some((p) => p.type === 'SERVICE_CONTROL_POLICY')) return [];
  const ous = applied
    .filter((r) => r.type === 'aws_organizations_organizational_unit')
    .map((r) => r.attrs.id);
  const accounts = applied.filter((r) => r.type === 'aws_organizations_account').map((r) => r.attrs.id);
  const listed = {
    Id: 'p-FullAWSAccess',
    Arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
    Name: 'FullAWSAccess',
    Description: 'Allows access to every operation',
    Type: 'SERVICE_CONTROL_POLICY',
    AwsManaged: true,
  };
  return [
    {
      typeName: POLICY,
      identifier: listed.Id,
      region: 'global',
      properties: {
        ...listed,
        Content: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
        TargetIds: [root.id, ...ous, ctx.account, ...accounts].map(String),
        Tags: [],
      },
      listed,
    },
  ];
}

export const organizationsPolicy: SimulatedType = {
  awsType: POLICY,
  terraformTypes: {
    aws_organizations_policy: {
      taggable: true,
      computed: (v, ctx) => {
        const org = appliedOrganization(ctx);
        const id = `p-${ctx.ids.hex(8)}`;
        const type = String(v.type ?? 'SERVICE_CONTROL_POLICY');
        return {
          id,
          arn: organizationsArn(ctx.account, 'policy', String(org.id), `${type.toLowerCase()}/${id}`),
          type,
          aws_managed: false,
          skip_destroy: v.skip_destroy ?? false,
        };
      },
      cloudControl: ({ attrs: a }, lookup) => {
        const listed = {
          Id: a.id,
          Arn: a.arn,
          Name: a.name,
          Description: a.description ?? '',
          Type: a.type,
          AwsManaged: false,
        };
        const targets = lookup('aws_organizations_policy_attachment', (t) => t.policy_id === a.id);
        return {
          typeName: POLICY,
          identifier: String(a.id),
          region: 'global',
          properties: {
            ...listed,
            // Organizations keeps the text as written; Cloud Control returns it as an object.
            Content: JSON.parse(String(a.content)),
            TargetIds: targets.map((t) => String(t.attrs.target_id)),
            Tags: cloudFormationTags(tagsOf(a)),
          },
          listed,
        };
      },
    },
    aws_organizations_policy_attachment: {
      computed: (v) => ({ id: `${v.target_id}:${v.policy_id}`, skip_destroy: v.skip_destroy ?? false }),
    },
  },
  cloudControlNoise: fullAwsAccess,
};
