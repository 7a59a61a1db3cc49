import { GuardRule } from '../../model';
import { Body } from '../../terraform/body';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';

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
    const protocol = listener.body.string('protocol');
    const port = listener.body.number('port');
    if (protocol instanceof Expression)
      return redirects(listener.body) === true
        ? []
        : [computed('protocol', protocol, 'whether the listener serves HTTP')];
    const isHttp = protocol === 'HTTP' || (protocol === undefined && port === 80);
    if (!isHttp) return [];
    const redirect = redirects(listener.body);
    if (redirect === true) return [];
    return redirect instanceof Expression
      ? [computed('the default action', redirect, 'whether it redirects to HTTPS')]
      : ['the HTTP listener does not redirect to HTTPS'];
  },
};

/** true when a default action redirects to HTTPS, the expression when one computes it, else false. */
function redirects(listener: Body): boolean | Expression {
  let unknown: Expression | undefined;
  for (const action of listener.blocks('default_action')) {
    const type = action.string('type');
    if (type instanceof Expression) unknown ??= type;
    if (type !== 'redirect') continue;
    for (const r of action.blocks('redirect')) {
      const protocol = r.string('protocol');
      if (protocol === 'HTTPS') return true;
      if (protocol instanceof Expression) unknown ??= protocol;
    }
  }
  return unknown ?? false;
}
