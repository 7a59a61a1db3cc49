import { publicPolicyRule } from '../factories/public-policy-rule';

export const s3PolicyNotPublic = publicPolicyRule(['aws_s3_bucket_policy', 'aws_s3_bucket'], {
  id: 'GW-S3-010',
  title: 'S3 bucket policy must not allow everyone',
  why: 'A bucket policy statement that allows "*" with no condition on the caller grants its actions to anyone on the internet, unless a public access block stops it.',
  fix: 'Name the principals (accounts, roles, services), or add a condition such as aws:PrincipalOrgID, aws:SourceArn or aws:SourceVpce.',
  checkov: ['CKV_AWS_70'],
  trivy: [],
  differences: [
    'Only a condition that narrows the callers (aws:PrincipalOrgID, aws:SourceArn, aws:SourceVpce, ... tested positively, not against every account) lets a "*" statement pass; checkov also passes one with any ArnNotEquals or ArnNotLike condition, which admits everyone but the ARNs it names.',
  ],
});
