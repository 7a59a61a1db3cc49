import { publicAccessBlockRule } from '../factories/public-access-block-rule';

export const s3BlockPublicPolicy = publicAccessBlockRule('block_public_policy', {
  id: 'GW-S3-002',
  title: 'S3 bucket public access block must block public policies',
  why: 'Without block_public_policy a bucket policy that grants access to everyone is accepted, which makes the data public.',
  fix: 'Add an aws_s3_bucket_public_access_block for the bucket with block_public_policy = true.',
  checkov: ['CKV_AWS_54', 'CKV2_AWS_6'],
  trivy: ['aws-s3-block-public-policy', 'aws-s3-specify-public-access-block'],
});
