import { publicPolicyRule } from '../factories/public-policy-rule';

export const sqsPolicyNotPublic = publicPolicyRule(['aws_sqs_queue_policy', 'aws_sqs_queue'], {
  id: 'GW-SQS-002',
  title: 'SQS queue policy must not allow everyone',
  why: 'A queue policy that allows "*" lets anyone send, read or purge messages: data leaks out and forged messages get in.',
  fix: 'Name the principals, or add a condition on the caller (aws:SourceArn of the sending topic or bus, aws:SourceAccount, aws:PrincipalOrgID).',
  checkov: ['CKV_AWS_168'],
  trivy: [],
});
