import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { TerraformStack } from 'cdktf';
import { SecureBucket, SecureBucketProps } from '../bucket/secure-bucket';
import type { PolicyStatement } from '../bucket/bucket-policy';
import { PriceClass, StaticSiteDistribution, StaticSiteDistributionProps } from './static-site-distribution';

const ref = SynthesizedStack.ref;
const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d';

function synthSite(
  props: Omit<StaticSiteDistributionProps, 'bucket'> = {},
  extra?: (s: TerraformStack) => Partial<StaticSiteDistributionProps>,
) {
  return synthConstruct((s) => {
    const site = new SecureBucket(s, 'site', { disableAccessLogs: true });
    new StaticSiteDistribution(s, 'cdn', { bucket: site, ...props, ...extra?.(s) });
  });
}

const logBucket =
  (props: Partial<SecureBucketProps> = {}) =>
  (s: TerraformStack) => ({
    logBucket: new SecureBucket(s, 'cdn-logs', { disableAccessLogs: true, ...props }),
  });

describe('StaticSiteDistribution defaults', () => {
  const stack = synthSite();
  const dist = stack.resource('aws_cloudfront_distribution').values;
  const oac = stack.resource('aws_cloudfront_origin_access_control');
  const bucket = stack.resource('aws_s3_bucket', 'site');

  it('signs every origin request with SigV4 through an origin access control', () => {
    expect(oac.values).toMatchObject({
      origin_access_control_origin_type: 's3',
      signing_behavior: 'always',
      signing_protocol: 'sigv4',
    });
    expect(oac.values.name).toMatch(/^cdn-[0-9a-f]{8}$/);
  });

  it('reads from the private bucket by its regional name, with no legacy origin access identity', () => {
    expect(dist.origin).toEqual([
      {
        origin_id: 'site-bucket',
        domain_name: ref(bucket, 'bucket_regional_domain_name'),
        origin_access_control_id: ref(oac, 'id'),
      },
    ]);
  });

  it('redirects HTTP to HTTPS, compresses, and uses the managed cache and security-headers policies', () => {
    const cachePolicy = stack.dataSources('aws_cloudfront_cache_policy')[0];
    const headers = stack.dataSources('aws_cloudfront_response_headers_policy')[0];
    expect(cachePolicy.values.name).toBe('Managed-CachingOptimized');
    expect(headers.values.name).toBe('Managed-SecurityHeadersPolicy');
    expect(dist.default_cache_behavior).toEqual({
      target_origin_id: 'site-bucket',
      viewer_protocol_policy: 'redirect-to-https',
      allowed_methods: ['GET', 'HEAD', 'OPTIONS'],
      cached_methods: ['GET', 'HEAD'],
      compress: true,
      cache_policy_id: ref(cachePolicy, 'id'),
      response_headers_policy_id: ref(headers, 'id'),
    });
  });

  it('serves index.html at the root from every edge location over HTTP/2 and HTTP/3 and IPv6', () => {
    expect(dist).toMatchObject({
      enabled: true,
      default_root_object: 'index.html',
      price_class: 'PriceClass_All',
      http_version: 'http2and3',
      is_ipv6_enabled: true,
    });
  });

  it('uses the default certificate and no logging without options', () => {
    expect(dist.viewer_certificate).toEqual({ cloudfront_default_certificate: true });
    expect(dist).not.toHaveProperty('logging_config');
    expect(dist).not.toHaveProperty('aliases');
  });

  it('admits CloudFront in the bucket policy only for this distribution', () => {
    const policy = JSON.parse(stack.resource('aws_s3_bucket_policy').values.policy as string) as {
      Statement: PolicyStatement[];
    };
    const cdn = stack.resource('aws_cloudfront_distribution');
    expect(policy.Statement.find((s) => s.Sid === 'AllowCloudFrontOriginAccessControl')).toEqual({
      Sid: 'AllowCloudFrontOriginAccessControl',
      Effect: 'Allow',
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: ['s3:GetObject'],
      Resource: [`${ref(bucket, 'arn')}/*`],
      Condition: { ArnEquals: { 'aws:SourceArn': [ref(cdn, 'arn')] } },
    });
  });
});

describe('StaticSiteDistribution options', () => {
  it('requires TLSv1.2_2021 over SNI with a custom certificate and aliases', () => {
    const stack = synthSite({ certificateArn: CERT, aliases: ['example.com', '*.example.com'] });
    const dist = stack.resource('aws_cloudfront_distribution').values;
    expect(dist.viewer_certificate).toEqual({
      acm_certificate_arn: CERT,
      ssl_support_method: 'sni-only',
      minimum_protocol_version: 'TLSv1.2_2021',
    });
    expect(dist.aliases).toEqual(['example.com', '*.example.com']);
  });

  it('logs to a bucket that keeps ACLs, without cookies', () => {
    const stack = synthSite({ logPrefix: 'site/' }, logBucket({ objectOwnership: 'BucketOwnerPreferred' }));
    const logs = stack.resource('aws_s3_bucket', 'cdn-logs');
    expect(stack.resource('aws_cloudfront_distribution').values.logging_config).toEqual({
      bucket: ref(logs, 'bucket_domain_name'),
      prefix: 'site/',
      include_cookies: false,
    });
  });

  it('sets price class, web ACL and origin path', () => {
    const waf = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/site/a1b2';
    const dist = synthSite({ priceClass: 'PriceClass_100', webAclArn: waf, originPath: '/public' }).resource(
      'aws_cloudfront_distribution',
    ).values;
    expect(dist.price_class).toBe('PriceClass_100');
    expect(dist.web_acl_id).toBe(waf);
    expect((dist.origin as Record<string, unknown>[])[0].origin_path).toBe('/public');
  });

  it('answers 403 and 404 with /index.html for single-page apps', () => {
    const dist = synthSite({ singlePageApp: true }).resource('aws_cloudfront_distribution').values;
    expect(dist.custom_error_response).toEqual(
      [403, 404].map((code) =>
        expect.objectContaining({
          error_code: code,
          response_code: 200,
          response_page_path: '/index.html',
        }),
      ),
    );
  });
});

describe('StaticSiteDistribution validation', () => {
  it('fails when aliases come without a certificate', () => {
    expect(() => synthSite({ aliases: ['www.example.com'] })).toThrow(
      'StaticSiteDistribution test/cdn: aliases (www.example.com) need certificateArn',
    );
  });

  it('fails when the certificate is outside us-east-1', () => {
    expect(() =>
      synthSite({ certificateArn: CERT.replace('us-east-1', 'eu-west-1'), aliases: ['www.example.com'] }),
    ).toThrow(/certificateArn is in eu-west-1, but CloudFront only uses ACM certificates from us-east-1/);
  });

  it('fails when the certificate is not an ACM ARN', () => {
    expect(() => synthSite({ certificateArn: 'arn:aws:iam::123456789012:server-certificate/x' })).toThrow(
      /is not an ACM certificate ARN/,
    );
  });

  it.each(['WWW.example.com', 'example', 'exa mple.com', 'a..b.com'])(
    'fails when an alias is %s',
    (alias) => {
      expect(() => synthSite({ certificateArn: CERT, aliases: [alias] })).toThrow(
        `alias "${alias}" is not a lowercase host name`,
      );
    },
  );

  it('fails when aliases repeat', () => {
    expect(() => synthSite({ certificateArn: CERT, aliases: ['a.example.com', 'a.example.com'] })).toThrow(
      'aliases repeat a.example.com',
    );
  });

  it('fails when the log bucket disables ACLs', () => {
    expect(() => synthSite({}, logBucket())).toThrow(
      /CloudFront standard logs are written with ACLs, which logBucket test\/cdn-logs disables.*objectOwnership: 'BucketOwnerPreferred'/,
    );
  });

  it('fails when the log bucket uses SSE-KMS', () => {
    const kms = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    expect(() => synthSite({}, logBucket({ objectOwnership: 'BucketOwnerPreferred', kmsKey: kms }))).toThrow(
      /uses SSE-KMS/,
    );
  });

  it('fails when the log bucket is the site bucket', () => {
    expect(() =>
      synthConstruct((s) => {
        const site = new SecureBucket(s, 'site', {
          disableAccessLogs: true,
          objectOwnership: 'BucketOwnerPreferred',
        });
        new StaticSiteDistribution(s, 'cdn', { bucket: site, logBucket: site });
      }),
    ).toThrow(
      'StaticSiteDistribution test/cdn: logBucket must not be the site bucket, or the logs would be served to the world',
    );
  });

  it('fails when logPrefix comes without logBucket', () => {
    expect(() => synthSite({ logPrefix: 'x/' })).toThrow('logPrefix is set but logBucket is not');
  });

  it.each([
    [{ defaultRootObject: '/index.html' }, 'defaultRootObject is an object key without a leading "/"'],
    [{ originPath: 'site' }, 'originPath must start with "/"'],
    [{ originPath: '/site/' }, 'originPath must start with "/"'],
    [{ comment: 'x'.repeat(129) }, 'comment must be at most 128 characters, got 129'],
    [
      { priceClass: 'PriceClass_300' as PriceClass },
      "StaticSiteDistribution test/cdn: priceClass must be one of PriceClass_All, PriceClass_200, PriceClass_100, got 'PriceClass_300'",
    ],
  ])('fails on %j', (props, message) => {
    expect(() => synthSite(props)).toThrow(message);
  });
});
