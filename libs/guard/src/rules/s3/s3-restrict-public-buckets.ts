import { publicAccessBlockRule } from '../factories/public-access-block-rule';

export const s3RestrictPublicBuckets = publicAccessBlockRule('restrict_public_buckets', {
  id: 'GW-S3-004',
  title: 'S3 bucket public access block must restrict public buckets',
  why: 'Without restrict_public_buckets a bucket whose policy is public stays reachable by anonymous and cross-account callers.',
  fix: 'Add an aws_s3_bucket_public_access_block for the bucket with restrict_public_buckets = true.',
  checkov: ['CKV_AWS_56', 'CKV2_AWS_6'],
  trivy: ['aws-s3-no-public-buckets', 'aws-s3-specify-public-access-block'],
});
