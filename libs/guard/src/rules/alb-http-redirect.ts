import { GuardRule } from '../model';
import { blocks, isUnresolved, numberValue } from '../values';

export const LISTENER_TYPES = ['aws_lb_listener', 'aws_alb_listener'] as const;

export const albHttpRedirect: GuardRule = {
  id: 'GW-ALB-001',
  severity: 'error',
  title: 'HTTP listener must redirect to HTTPS',
  why: 'A listener that serves plain HTTP sends sessions, cookies and data unencrypted.',
  fix: 'Give the HTTP listener a default_action { type = "redirect", redirect { protocol = "HTTPS", port = "443", status_code = "HTTP_301" } }.',
  checkov: ['CKV_AWS_2'],
  trivy: ['aws-elb-http-not-used'],
  resourceTypes: LISTENER_TYPES,
  check(listener) {
    const { protocol, port } = listener.values;
    const isHttp = protocol === 'HTTP' || (protocol === undefined && numberValue(port) === 80);
    if (!isHttp) return [];
    const redirects = blocks(listener.values.default_action).some(
      (a) =>
        isUnresolved(a.type) ||
        (a.type === 'redirect' &&
          blocks(a.redirect).some((r) => r.protocol === 'HTTPS' || isUnresolved(r.protocol))),
    );
    return redirects ? [] : ['the HTTP listener does not redirect to HTTPS'];
  },
};
