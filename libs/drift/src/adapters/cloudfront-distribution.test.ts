import { configItem, engineFor } from '../fixtures/harness';

describe('AWS::CloudFront::Distribution adapter (built in the schema shape)', () => {
  it('compares a distribution’s viewer protocol policy, aliases and origins', () => {
    const engine = engineFor({
      cdn: {
        resources: {
          aws_cloudfront_distribution: {
            d: {
              enabled: true,
              aliases: ['a.example.com', 'b.example.com'],
              origin: [
                {
                  origin_id: 's3',
                  domain_name: 'assets.s3.eu-west-1.amazonaws.com',
                  origin_access_control_id: 'oac-1',
                },
              ],
              default_cache_behavior: {
                viewer_protocol_policy: 'redirect-to-https',
                target_origin_id: 's3',
                allowed_methods: ['GET', 'HEAD'],
                cached_methods: ['GET', 'HEAD'],
              },
              viewer_certificate: {
                minimum_protocol_version: 'TLSv1.2_2021',
                acm_certificate_arn: 'arn:cert',
                ssl_support_method: 'sni-only',
              },
            },
          },
        },
        state: { 'aws_cloudfront_distribution.d': { id: 'E123' } },
      },
    });
    const item = configItem('AWS::CloudFront::Distribution', 'E123', {
      id: 'E123',
      distributionConfig: {
        enabled: true,
        aliases: { quantity: 2, items: ['b.example.com', 'a.example.com'] },
        origins: {
          quantity: 1,
          items: [
            {
              id: 's3',
              domainName: 'assets.s3.eu-west-1.amazonaws.com',
              originPath: '',
              originAccessControlId: 'oac-1',
            },
          ],
        },
        defaultCacheBehavior: {
          viewerProtocolPolicy: 'allow-all',
          targetOriginId: 's3',
          allowedMethods: {
            quantity: 2,
            items: ['HEAD', 'GET'],
            cachedMethods: { quantity: 2, items: ['GET', 'HEAD'] },
          },
        },
        viewerCertificate: {
          acmCertificateArn: 'arn:cert',
          minimumProtocolVersion: 'TLSv1.2_2021',
          sslSupportMethod: 'sni-only',
        },
      },
    });
    expect(engine.checkItem(item).differences).toEqual([
      {
        path: 'default_cache_behavior.viewer_protocol_policy',
        expected: 'redirect-to-https',
        actual: 'allow-all',
        type: 'NOT_EQUAL',
      },
    ]);
  });
});
