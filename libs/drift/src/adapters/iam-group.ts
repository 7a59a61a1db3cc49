import type { Adapter } from './adapter';
import { conf, defined, keys } from './helpers';
import {
  actualAttachments,
  actualInlinePolicies,
  expectedAttachments,
  expectedInlinePolicies,
} from './iam-common';

export const iamGroupAdapter: Adapter = {
  configType: 'AWS::IAM::Group',
  global: true,
  terraformTypes: ['aws_iam_group'],
  folds: [
    { type: 'aws_iam_group_policy_attachment', parentAttributes: ['group'] },
    { type: 'aws_iam_group_policy', parentAttributes: ['group'] },
  ],
  compared: ['path', 'managed policies (set)', 'inline policies (by name, semantic)'],
  joinKey: 'group name or ARN',
  desiredKeys: (v, s) => keys(s?.['name'], s?.['arn'], s?.['id'], v['name']),
  liveKeys: (item) => keys(item.resourceName, conf(item)['groupName'], item.arn, conf(item)['arn']),
  expected: (input) =>
    defined({
      path: input.values['path'],
      managed_policy_arns: expectedAttachments(input, 'aws_iam_group_policy_attachment'),
      inline_policy: expectedInlinePolicies(input, 'aws_iam_group_policy'),
    }),
  actual: (item) => {
    const c = conf(item);
    return {
      path: c['path'],
      managed_policy_arns: actualAttachments(c['attachedManagedPolicies']),
      inline_policy: actualInlinePolicies(c['groupPolicyList']),
    };
  },
};
