import { publicAccessBlockRule } from '../factories/public-access-block-rule';

export const s3BlockPublicAcls = publicAccessBlockRule('block_public_acls', {
  id: 'GW-S3-001',
  title: 'S3 bucket public access block must block public ACLs',
  why: 'Without block_public_acls anyone with write access can grant the world read access through an object or bucket ACL.',
  fix: 'Add an aws_s3_bucket_public_access_block for the bucket with block_public_acls = true.',
  checkov: ['CKV_AWS_53', 'CKV2_AWS_6'],
  trivy: ['aws-s3-block-public-acls', 'aws-s3-specify-public-access-block'],
});
