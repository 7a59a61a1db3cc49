import { GuardRule } from '../model';
import { blocks } from '../values';

export const cloudfrontHttpsOnly: GuardRule = {
  id: 'GW-CF-001',
  severity: 'error',
  title: 'CloudFront must not serve viewers over plain HTTP',
  why: 'viewer_protocol_policy = "allow-all" serves content and cookies unencrypted and lets them be altered in transit.',
  fix: 'Set viewer_protocol_policy = "redirect-to-https" (or "https-only") on the default and every ordered cache behavior.',
  checkov: ['CKV_AWS_34'],
  trivy: ['aws-cloudfront-enforce-https'],
  resourceTypes: ['aws_cloudfront_distribution'],
  check(distribution) {
    const v = distribution.values;
    const behaviors = [
      ...blocks(v.default_cache_behavior).map((b) => ({ b, name: 'default_cache_behavior' })),
      ...blocks(v.ordered_cache_behavior).map((b) => ({
        b,
        name: `ordered_cache_behavior ${String(b.path_pattern ?? '?')}`,
      })),
    ];
    return behaviors
      .filter(({ b }) => b.viewer_protocol_policy === 'allow-all')
      .map(({ name }) => `${name} allows viewers over HTTP`);
  },
};
