import { publicAccessBlockRule } from '../factories/public-access-block-rule';

export const s3IgnorePublicAcls = publicAccessBlockRule('ignore_public_acls', {
  id: 'GW-S3-003',
  title: 'S3 bucket public access block must ignore public ACLs',
  why: 'Without ignore_public_acls, public ACLs already on the bucket or its objects keep granting access to everyone.',
  fix: 'Add an aws_s3_bucket_public_access_block for the bucket with ignore_public_acls = true.',
  checkov: ['CKV_AWS_55', 'CKV2_AWS_6'],
  trivy: ['aws-s3-ignore-public-acls', 'aws-s3-specify-public-access-block'],
});
