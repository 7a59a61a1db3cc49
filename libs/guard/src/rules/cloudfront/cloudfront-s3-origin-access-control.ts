import { CheckResult, GuardRule } from '../../model';
import { Body } from '../../terraform/body';
import { Expression } from '../../terraform/expression';

// A literal S3 REST endpoint host; website endpoints (*.s3-website-*) cannot use origin access control.
const S3_HOST = /\.s3[.-]([a-z0-9-]+\.)?amazonaws\.com$/;
const S3_WEBSITE_HOST = /\.s3-website[.-]/;

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
    return distribution.body.blocks('origin').flatMap((o) => originResult(o));
  },
};

function originResult(origin: Body): CheckResult[] {
  const domain = origin.string('domain_name');
  const isS3 =
    domain instanceof Expression
      ? domain.references.some(
          (r) =>
            r.address.startsWith('aws_s3_bucket.') &&
            /^bucket_(regional_)?domain_name$/.test(r.attributes[0] ?? ''),
        )
      : typeof domain === 'string' && S3_HOST.test(domain) && !S3_WEBSITE_HOST.test(domain);
  if (!isS3) return [];
  if (origin.has('origin_access_control_id')) return [];
  const identity = origin.blocks('s3_origin_config').map((s) => s.string('origin_access_identity'));
  // An identity written as an expression (a reference to an origin access identity) is set.
  if (identity.some((id) => id instanceof Expression || (typeof id === 'string' && id !== ''))) return [];
  return [`origin ${String(origin.string('origin_id') ?? domain)} reads S3 without origin access control`];
}
