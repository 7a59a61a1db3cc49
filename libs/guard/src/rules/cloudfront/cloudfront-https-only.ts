import { CheckResult, GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';

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
    const b = distribution.body;
    const behaviors = [
      ...b.blocks('default_cache_behavior').map((behavior) => ({ behavior, name: 'default_cache_behavior' })),
      ...b.blocks('ordered_cache_behavior').map((behavior) => ({
        behavior,
        name: `ordered_cache_behavior ${String(behavior.string('path_pattern') ?? '?')}`,
      })),
    ];
    return behaviors.flatMap(({ behavior, name }): CheckResult[] => {
      const policy = behavior.string('viewer_protocol_policy');
      if (policy instanceof Expression)
        return [computed(`${name} viewer_protocol_policy`, policy, 'whether it allows HTTP')];
      return policy === 'allow-all' ? [`${name} allows viewers over HTTP`] : [];
    });
  },
};
