import { publicPolicyRule } from '../factories/public-policy-rule';

export const kmsPolicyNotPublic = publicPolicyRule(['aws_kms_key', 'aws_kms_key_policy'], {
  id: 'GW-KMS-002',
  title: 'KMS key policy must not allow everyone',
  why: 'A key policy that allows "*" lets any AWS account use or manage the key, and with it decrypt everything the key protects.',
  fix: 'Name the principals (the account root, roles, services), or add a condition on the caller such as aws:PrincipalOrgID or kms:CallerAccount.',
  checkov: ['CKV_AWS_33'],
  trivy: [],
  differences: [
    'Only conditions that narrow the caller count; checkov passes a "*" statement with any condition at all.',
  ],
});
