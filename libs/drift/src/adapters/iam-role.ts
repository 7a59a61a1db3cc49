import type { Adapter } from './adapter';
import { conf, defined, get, keys, liveTags, policy, tagsOf } from './helpers';
import {
  actualAttachments,
  actualInlinePolicies,
  expectedAttachments,
  expectedInlinePolicies,
} from './iam-common';

export const iamRoleAdapter: Adapter = {
  configType: 'AWS::IAM::Role',
  global: true,
  terraformTypes: ['aws_iam_role'],
  folds: [
    { type: 'aws_iam_role_policy_attachment', parentAttributes: ['role'] },
    { type: 'aws_iam_role_policy', parentAttributes: ['role'] },
  ],
  compared: [
    'path',
    'assume_role_policy (semantic)',
    'managed policies (set)',
    'inline policies (by name, semantic)',
    'permissions_boundary',
    'tags',
  ],
  joinKey: 'role name or ARN (not the AROA unique id)',
  desiredKeys: (v, s) => keys(s?.['name'], s?.['arn'], s?.['id'], v['name']),
  liveKeys: (item) => keys(item.resourceName, conf(item)['roleName'], item.arn, conf(item)['arn']),
  expected: (input) => {
    const v = input.values;
    return defined({
      path: v['path'],
      assume_role_policy: policy(v['assume_role_policy']),
      managed_policy_arns: expectedAttachments(input, 'aws_iam_role_policy_attachment'),
      inline_policy: expectedInlinePolicies(input, 'aws_iam_role_policy'),
      permissions_boundary: v['permissions_boundary'],
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      path: c['path'],
      assume_role_policy: policy(c['assumeRolePolicyDocument']),
      managed_policy_arns: actualAttachments(c['attachedManagedPolicies']),
      inline_policy: actualInlinePolicies(c['rolePolicyList']),
      permissions_boundary: get(c, 'permissionsBoundary.permissionsBoundaryArn'),
      tags: liveTags(item),
    };
  },
  awsDefault: (item) => {
    const path = conf(item)['path'];
    const isServiceLinked =
      String(path ?? '').startsWith('/aws-service-role/') ||
      (item.arn ?? '').includes(':role/aws-service-role/');
    return isServiceLinked ? 'a service-linked role (path /aws-service-role/)' : undefined;
  },
};
