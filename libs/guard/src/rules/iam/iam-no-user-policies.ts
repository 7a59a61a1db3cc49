import { GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';

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
    if (resource.type !== 'aws_iam_policy_attachment')
      return [`an ${resource.type} gives a user its own permissions`];
    const users = resource.body.strings('users');
    if (users instanceof Expression) return [computed('users', users, 'whether the attachment names users')];
    return users !== undefined && users.length > 0 ? ['the policy attachment names users'] : [];
  },
};
