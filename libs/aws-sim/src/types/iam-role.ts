// AWS::IAM::Role, with its inline policies and managed-policy attachments (refresh reads both back into the role),
// and the service-linked roles AWS creates for EC2 Auto Scaling, Elastic Load Balancing and RDS.
import { blocks } from '@groundwork/core';
import type { AppliedLookup, AppliedResource, Attrs } from '../apply/applied-resource';
import { ConfigItem, configItem, CREATED_AT, RecorderContext, tagList, tagsOf } from '../config/config-item';
import { CREATE_DATE } from './helpers';
import { iamEncode } from './iam-common';
import type { SimulatedType } from './simulated-type';

function roleItem(r: AppliedResource, lookup: AppliedLookup, ctx: RecorderContext): ConfigItem {
  const a = r.attrs;
  const tags = tagsOf(a);
  const profiles = lookup('aws_iam_instance_profile', (p) => p.role === a.name);
  const identity = {
    path: a.path,
    roleName: a.name,
    roleId: a.unique_id,
    arn: a.arn,
    createDate: CREATED_AT,
    assumeRolePolicyDocument: iamEncode(String(a.assume_role_policy)),
  };
  // The role as IAM lists it inside each of its instance profiles.
  const roleSummary = {
    ...identity,
    description: null,
    maxSessionDuration: null,
    permissionsBoundary: null,
    tags: [],
    roleLastUsed: null,
  };
  return configItem(ctx, {
    resourceType: 'AWS::IAM::Role',
    resourceId: String(a.unique_id),
    resourceName: String(a.name),
    arn: String(a.arn),
    awsRegion: 'global',
    tags,
    configuration: {
      ...identity,
      instanceProfileList: profiles.map((p) => ({
        path: p.attrs.path,
        instanceProfileName: p.attrs.name,
        instanceProfileId: p.attrs.unique_id,
        arn: p.attrs.arn,
        createDate: CREATED_AT,
        roles: [roleSummary],
        tags: [],
      })),
      rolePolicyList: (a.inline_policy as Attrs[]).map((p) => ({
        policyName: p.name,
        policyDocument: iamEncode(String(p.policy)),
      })),
      attachedManagedPolicies: (a.managed_policy_arns as string[]).map((policyArn) => ({
        policyName: policyArn.split('/').pop(),
        policyArn,
      })),
      permissionsBoundary: null,
      tags: tagList(tags),
      roleLastUsed: null,
    },
  });
}

/** Service-linked roles that EC2 Auto Scaling, ELB and RDS create on first use. */
function serviceLinkedRoles(_applied: readonly AppliedResource[], ctx: RecorderContext): ConfigItem[] {
  return [
    ['autoscaling.amazonaws.com', 'AWSServiceRoleForAutoScaling'],
    ['elasticloadbalancing.amazonaws.com', 'AWSServiceRoleForElasticLoadBalancing'],
    ['rds.amazonaws.com', 'AWSServiceRoleForRDS'],
  ].map(([service, name]) => {
    const roleId = `AROA${ctx.ids.upper(17)}`;
    const arn = `arn:aws:iam::${ctx.account}:role/aws-service-role/${service}/${name}`;
    const policyName = `${name.replace('AWSServiceRoleFor', '')}ServiceRolePolicy`;
    return configItem(ctx, {
      resourceType: 'AWS::IAM::Role',
      resourceId: roleId,
      resourceName: name,
      arn,
      awsRegion: 'global',
      configuration: {
        path: `/aws-service-role/${service}/`,
        roleName: name,
        roleId,
        arn,
        createDate: '2024-02-11T08:00:00.000Z',
        assumeRolePolicyDocument: encodeURIComponent(
          JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
          }),
        ),
        instanceProfileList: [],
        rolePolicyList: [],
        attachedManagedPolicies: [
          { policyName, policyArn: `arn:aws:iam::aws:policy/aws-service-role/${policyName}` },
        ],
        permissionsBoundary: null,
        tags: [],
        roleLastUsed: null,
      },
    });
  });
}

function roleOf(part: Attrs, lookup: AppliedLookup): AppliedResource | undefined {
  return lookup('aws_iam_role', (r) => r.id === part.role)[0];
}

export const iamRole: SimulatedType = {
  awsType: 'AWS::IAM::Role',
  terraformTypes: {
    aws_iam_role: {
      taggable: true,
      generatedName: {},
      computed: (v, ctx) => ({
        id: v.name,
        arn: `arn:aws:iam::${ctx.account}:role${v.path ?? '/'}${v.name}`,
        unique_id: `AROA${ctx.ids.upper(17)}`,
        create_date: CREATE_DATE,
        path: v.path ?? '/',
        max_session_duration: v.max_session_duration ?? 3600,
        force_detach_policies: false,
        description: v.description ?? '',
        managed_policy_arns: [],
        // The role's own inline_policy blocks, which aws_iam_role_policy resources join on refresh.
        inline_policy: blocks(v.inline_policy).map((p) => ({ name: p.name, policy: p.policy })),
      }),
      record: roleItem,
    },
    aws_iam_role_policy: {
      generatedName: {},
      computed: (v) => ({ id: `${v.role}:${v.name}` }),
      refresh: ({ attrs: a }, lookup) => {
        (roleOf(a, lookup)?.attrs.inline_policy as Attrs[]).push({ name: a.name, policy: a.policy });
      },
    },
    aws_iam_role_policy_attachment: {
      computed: (v, ctx) => ({ id: `${v.role}-${CREATE_DATE.replace(/\D/g, '')}${ctx.ids.hex(8)}` }),
      refresh: ({ attrs: a }, lookup) => {
        (roleOf(a, lookup)?.attrs.managed_policy_arns as string[]).push(String(a.policy_arn));
      },
    },
  },
  noise: serviceLinkedRoles,
};
