import { GuardRule } from '../model';
import { strings } from '../values';

export const iamNoUserPolicies: GuardRule = {
  id: 'GW-IAM-002',
  severity: 'error',
  title: 'IAM policies must not be attached straight to users',
  why: 'Per-user grants drift apart and are forgotten when people change roles; groups and roles keep access reviewable.',
  fix: 'Attach the policy to a group (aws_iam_group_policy_attachment) and add the user to it, or to a role the user assumes.',
  checkov: ['CKV_AWS_40'],
  trivy: ['aws-iam-no-user-attached-policies'],
  resourceTypes: ['aws_iam_user_policy', 'aws_iam_user_policy_attachment', 'aws_iam_policy_attachment'],
  check(resource) {
    if (resource.type === 'aws_iam_policy_attachment') {
      return strings(resource.values.users).length > 0 ? ['the policy attachment names users'] : [];
    }
    return [`an ${resource.type} gives a user its own permissions`];
  },
};
