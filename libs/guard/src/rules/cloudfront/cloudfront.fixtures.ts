import { RuleFixtures, tf } from '../../testing/rule-fixtures';

const distribution = (extra: Record<string, unknown>) => ({
  aws_cloudfront_distribution: {
    cdn: {
      enabled: true,
      origin: [{ origin_id: 'site', domain_name: 'example.com' }],
      default_cache_behavior: { viewer_protocol_policy: 'redirect-to-https', target_origin_id: 'site' },
      viewer_certificate: {
        acm_certificate_arn: 'arn:aws:acm:us-east-1:111122223333:certificate/abc',
        minimum_protocol_version: 'TLSv1.2_2021',
        ssl_support_method: 'sni-only',
      },
      ...extra,
    },
  },
});
const certificate = (version: string) => ({
  acm_certificate_arn: 'arn:x',
  minimum_protocol_version: version,
});

export const CLOUDFRONT_FIXTURES: Record<string, RuleFixtures> = {
  'GW-CF-001': {
    passes: [
      { name: 'redirect-to-https', json: tf(distribution({})) },
      {
        name: 'https-only on an ordered behavior',
        json: tf(
          distribution({
            ordered_cache_behavior: [{ path_pattern: '/api/*', viewer_protocol_policy: 'https-only' }],
          }),
        ),
      },
    ],
    fails: [
      {
        name: 'an ordered behavior allowing all',
        json: tf(
          distribution({
            ordered_cache_behavior: [{ path_pattern: '/img/*', viewer_protocol_policy: 'allow-all' }],
          }),
        ),
        at: 'aws_cloudfront_distribution.cdn',
      },
      {
        name: 'the default behavior allowing all',
        json: tf(
          distribution({
            default_cache_behavior: { viewer_protocol_policy: 'allow-all', target_origin_id: 'site' },
          }),
        ),
        at: 'aws_cloudfront_distribution.cdn',
      },
    ],
    undecided: [
      {
        name: 'a computed policy',
        json: tf(
          distribution({
            default_cache_behavior: { viewer_protocol_policy: '${var.policy}', target_origin_id: 'site' },
          }),
        ),
        at: 'aws_cloudfront_distribution.cdn',
      },
    ],
  },
  'GW-CF-002': {
    passes: [
      { name: 'TLSv1.2_2021', json: tf(distribution({})) },
      ...['TLSv1.2_2019', 'TLSv1.2_2025', 'TLSv1.3_2025'].map((version) => ({
        name: version,
        json: tf(distribution({ viewer_certificate: certificate(version) })),
      })),
    ],
    fails: [
      {
        name: 'the default certificate',
        json: tf(distribution({ viewer_certificate: { cloudfront_default_certificate: true } })),
        at: 'aws_cloudfront_distribution.cdn',
      },
      {
        name: 'no viewer_certificate',
        json: tf(distribution({ viewer_certificate: null })),
        at: 'aws_cloudfront_distribution.cdn',
      },
      ...['TLSv1', 'TLSv1.1_2016', 'TLSv1.2_2018'].map((version) => ({
        name: version,
        json: tf(distribution({ viewer_certificate: certificate(version) })),
        at: 'aws_cloudfront_distribution.cdn',
      })),
      {
        name: 'a computed default-certificate switch with TLSv1 either way',
        json: tf(
          distribution({
            viewer_certificate: {
              cloudfront_default_certificate: '${var.use_default_certificate}',
              minimum_protocol_version: 'TLSv1',
            },
          }),
        ),
        at: 'aws_cloudfront_distribution.cdn',
      },
    ],
    undecided: [
      {
        name: 'a computed version',
        json: tf(distribution({ viewer_certificate: certificate('${var.tls}') })),
        at: 'aws_cloudfront_distribution.cdn',
      },
      {
        name: 'a computed default-certificate switch with TLSv1.2_2021 otherwise',
        json: tf(
          distribution({
            viewer_certificate: {
              cloudfront_default_certificate: '${var.use_default_certificate}',
              acm_certificate_arn: 'arn:x',
              minimum_protocol_version: 'TLSv1.2_2021',
            },
          }),
        ),
        at: 'aws_cloudfront_distribution.cdn',
      },
    ],
  },
  'GW-CF-003': {
    passes: [
      {
        name: 'an S3 origin with origin access control',
        json: tf(
          distribution({
            origin: [
              {
                origin_id: 's3',
                domain_name: '${aws_s3_bucket.site.bucket_regional_domain_name}',
                origin_access_control_id: '${aws_cloudfront_origin_access_control.oac.id}',
              },
            ],
          }),
        ),
      },
      {
        name: 'an S3 origin with a (legacy) origin access identity',
        json: tf(
          distribution({
            origin: {
              origin_id: 's3',
              domain_name: '${aws_s3_bucket.site.bucket_domain_name}',
              s3_origin_config: {
                origin_access_identity:
                  '${aws_cloudfront_origin_access_identity.oai.cloudfront_access_identity_path}',
              },
            },
          }),
        ),
      },
      { name: 'a custom origin', json: tf(distribution({})) },
      {
        name: 'an S3 website endpoint (which cannot use access control)',
        json: tf(
          distribution({
            origin: { origin_id: 'w', domain_name: 'site.s3-website-eu-west-1.amazonaws.com' },
          }),
        ),
      },
    ],
    fails: [
      {
        name: 'an S3 origin without access control',
        json: tf(
          distribution({ origin: [{ origin_id: 's3', domain_name: 'site.s3.eu-west-1.amazonaws.com' }] }),
        ),
        at: 'aws_cloudfront_distribution.cdn',
      },
      {
        name: 'a referenced bucket without access control',
        json: tf(
          distribution({
            origin: { origin_id: 's3', domain_name: '${aws_s3_bucket.site.bucket_regional_domain_name}' },
          }),
        ),
        at: 'aws_cloudfront_distribution.cdn',
      },
    ],
  },
};
