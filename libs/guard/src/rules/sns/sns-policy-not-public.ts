import { publicPolicyRule } from '../factories/public-policy-rule';

export const snsPolicyNotPublic = publicPolicyRule(['aws_sns_topic_policy', 'aws_sns_topic'], {
  id: 'GW-SNS-002',
  title: 'SNS topic policy must not allow everyone',
  why: 'A topic policy that allows "*" lets anyone publish to the topic or subscribe to it, so alerts can be forged or read by outsiders.',
  fix: 'Name the principals, or add a condition on the caller (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID).',
  checkov: ['CKV_AWS_169'],
  trivy: [],
});
