import { GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';
import { LISTENER_TYPES } from './alb-http-redirect';

// ELB policy names that allow only TLS 1.2 and later: ELBSecurityPolicy-TLS13-1-2-*, -TLS13-1-3-*, -TLS-1-2-*, -FS-1-2-*.
const MODERN_POLICY = /TLS13-1-[23]|TLS-1-2|FS-1-2/;

export const albTlsPolicy: GuardRule = {
  id: 'GW-ALB-002',
  severity: 'error',
  title: 'HTTPS and TLS listeners must use a TLS 1.2+ security policy',
  why: 'The default policy (ELBSecurityPolicy-2016-08) still accepts TLS 1.0 and 1.1, which have known weaknesses and fail PCI DSS.',
  fix: 'Set ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06" (or another TLS13-1-2 / TLS-1-2 / FS-1-2 policy).',
  checkov: ['CKV_AWS_103'],
  trivy: ['aws-elb-use-secure-tls-policy'],
  resourceTypes: LISTENER_TYPES,
  check(listener) {
    const protocol = listener.body.string('protocol');
    const policy = listener.body.string('ssl_policy');
    if (protocol instanceof Expression) {
      return typeof policy === 'string' && MODERN_POLICY.test(policy)
        ? []
        : [computed('protocol', protocol, 'whether the listener terminates TLS with an old policy')];
    }
    if (protocol !== 'HTTPS' && protocol !== 'TLS') return [];
    if (policy instanceof Expression)
      return [computed('ssl_policy', policy, 'whether it allows only TLS 1.2+')];
    if (policy === undefined) return ['ssl_policy is not set (the default allows TLS 1.0)'];
    return MODERN_POLICY.test(policy) ? [] : [`ssl_policy ${policy} allows TLS versions before 1.2`];
  },
};
