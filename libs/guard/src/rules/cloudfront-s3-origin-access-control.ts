import { GuardRule } from '../model';
import { blocks, isUnresolved } from '../values';

// An S3 REST endpoint: a bucket's regional domain name, or a literal *.s3.*amazonaws.com host (website endpoints,
// *.s3-website-*, cannot use origin access control and are not matched).
const S3_REFERENCE = /\$\{[^}]*aws_s3_bucket\.[\w-]+\.bucket_(regional_)?domain_name\}/;
const S3_HOST = /\.s3[.-]([a-z0-9-]+\.)?amazonaws\.com$/;

export const cloudfrontS3OriginAccessControl: GuardRule = {
  id: 'GW-CF-003',
  severity: 'error',
  title: 'CloudFront S3 origins must use origin access control',
  why: 'Without origin access control the bucket has to be readable by everyone for CloudFront to reach it, so the content bypasses CloudFront and its controls.',
  fix: 'Create an aws_cloudfront_origin_access_control (signing_behavior "always", signing_protocol "sigv4") and set origin_access_control_id on the origin; grant cloudfront.amazonaws.com read in the bucket policy.',
  checkov: [],
  trivy: [],
  resourceTypes: ['aws_cloudfront_distribution'],
  check(distribution) {
    return blocks(distribution.values.origin)
      .filter((o) => {
        const domain = o.domain_name;
        const isS3 = typeof domain === 'string' && (S3_REFERENCE.test(domain) || S3_HOST.test(domain));
        if (!isS3) return false;
        if (o.origin_access_control_id !== undefined) return false;
        const identity = blocks(o.s3_origin_config).map((s) => s.origin_access_identity);
        return !identity.some((id) => (typeof id === 'string' && id !== '') || isUnresolved(id));
      })
      .map((o) => `origin ${String(o.origin_id ?? o.domain_name)} reads S3 without origin access control`);
  },
};
