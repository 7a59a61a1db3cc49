import type { Adapter } from './adapter';
import { conf, defined, foldedOf, get, keys, liveTags, stringSet, tagsOf } from './helpers';
import {
  actualAttachments,
  actualInlinePolicies,
  expectedAttachments,
  expectedInlinePolicies,
} from './iam-common';

export const iamUserAdapter: Adapter = {
  configType: 'AWS::IAM::User',
  global: true,
  terraformTypes: ['aws_iam_user'],
  folds: [
    { type: 'aws_iam_user_policy_attachment', parentAttributes: ['user'] },
    { type: 'aws_iam_user_policy', parentAttributes: ['user'] },
    { type: 'aws_iam_user_group_membership', parentAttributes: ['user'] },
  ],
  compared: [
    'path',
    'managed policies (set)',
    'inline policies (by name, semantic)',
    'groups (presence)',
    'permissions_boundary',
    'tags',
  ],
  joinKey: 'user name or ARN (not the AIDA unique id)',
  desiredKeys: (v, s) => keys(s?.['name'], s?.['arn'], s?.['id'], v['name']),
  liveKeys: (item) => keys(item.resourceName, conf(item)['userName'], item.arn, conf(item)['arn']),
  expected: (input) => {
    const v = input.values;
    const groups = foldedOf(input, 'aws_iam_user_group_membership').flatMap((m) =>
      Array.isArray(m['groups']) ? m['groups'] : [m['groups']],
    );
    return defined({
      path: v['path'],
      managed_policy_arns: expectedAttachments(input, 'aws_iam_user_policy_attachment'),
      inline_policy: expectedInlinePolicies(input, 'aws_iam_user_policy'),
      // Group membership resources are not exclusive in Terraform: only missing memberships are drift.
      groups: groups.length > 0 ? stringSet(groups, false) : undefined,
      permissions_boundary: v['permissions_boundary'],
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      path: c['path'],
      managed_policy_arns: actualAttachments(c['attachedManagedPolicies']),
      inline_policy: actualInlinePolicies(c['userPolicyList']),
      groups: stringSet(c['groupList'] ?? []),
      permissions_boundary: get(c, 'permissionsBoundary.permissionsBoundaryArn'),
      tags: liveTags(item),
    };
  },
};
