import { RuleFixtures, tf } from '../../testing/rule-fixtures';

const listener = (extra: Record<string, unknown>) => ({
  aws_lb_listener: { l: { load_balancer_arn: '${aws_lb.web.arn}', ...extra } },
});
const lb = (extra: Record<string, unknown>) => ({
  aws_lb: { web: { load_balancer_type: 'application', subnets: ['${aws_subnet.a.id}'], ...extra } },
});
const redirect = { type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', status_code: 'HTTP_301' } };

export const ELB_FIXTURES: Record<string, RuleFixtures> = {
  'GW-ALB-001': {
    passes: [
      {
        name: 'HTTP redirecting to HTTPS',
        json: tf(listener({ port: 80, protocol: 'HTTP', default_action: [redirect] })),
      },
      {
        name: 'an HTTPS listener',
        json: tf(
          listener({ port: 443, protocol: 'HTTPS', ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }),
        ),
      },
      {
        name: 'an aws_alb_listener redirecting from a dynamic default_action',
        json: tf({
          aws_alb_listener: {
            l: {
              port: 80,
              protocol: 'HTTP',
              dynamic: { default_action: { for_each: [1], content: redirect } },
            },
          },
        }),
      },
    ],
    fails: [
      {
        name: 'HTTP forwarding',
        json: tf(
          listener({
            port: 80,
            protocol: 'HTTP',
            default_action: [{ type: 'forward', target_group_arn: '${aws_lb_target_group.t.arn}' }],
          }),
        ),
        at: 'aws_lb_listener.l',
      },
      {
        name: 'port 80 without a protocol (HTTP by default) forwarding',
        json: tf(listener({ port: 80, default_action: { type: 'forward', target_group_arn: 'arn:x' } })),
        at: 'aws_lb_listener.l',
      },
      {
        name: 'a redirect to HTTP',
        json: tf(
          listener({
            port: 80,
            protocol: 'HTTP',
            default_action: { type: 'redirect', redirect: { protocol: 'HTTP', port: '8080' } },
          }),
        ),
        at: 'aws_lb_listener.l',
      },
    ],
    undecided: [
      {
        name: 'a computed protocol that forwards',
        json: tf(
          listener({
            port: 80,
            protocol: '${var.protocol}',
            default_action: { type: 'forward', target_group_arn: 'arn:x' },
          }),
        ),
        at: 'aws_lb_listener.l',
      },
      {
        name: 'a computed redirect protocol',
        json: tf(
          listener({
            protocol: 'HTTP',
            default_action: { type: 'redirect', redirect: { protocol: '${var.p}' } },
          }),
        ),
        at: 'aws_lb_listener.l',
      },
    ],
  },
  'GW-ALB-002': {
    passes: [
      {
        name: 'TLS 1.3 policy',
        json: tf(listener({ protocol: 'HTTPS', ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' })),
      },
      {
        name: 'an FS 1.2 policy on TLS',
        json: tf(listener({ protocol: 'TLS', ssl_policy: 'ELBSecurityPolicy-FS-1-2-Res-2020-10' })),
      },
      { name: 'an HTTP listener', json: tf(listener({ protocol: 'HTTP', default_action: redirect })) },
    ],
    fails: [
      { name: 'no policy', json: tf(listener({ protocol: 'HTTPS' })), at: 'aws_lb_listener.l' },
      {
        name: 'the 2016 policy',
        json: tf(listener({ protocol: 'TLS', ssl_policy: 'ELBSecurityPolicy-2016-08' })),
        at: 'aws_lb_listener.l',
      },
    ],
    undecided: [
      {
        name: 'a computed policy',
        json: tf(listener({ protocol: 'HTTPS', ssl_policy: '${var.policy}' })),
        at: 'aws_lb_listener.l',
      },
    ],
  },
  'GW-ALB-003': {
    passes: [
      { name: 'dropping', json: tf(lb({ drop_invalid_header_fields: true })) },
      { name: 'a network load balancer', json: tf(lb({ load_balancer_type: 'network' })) },
    ],
    fails: [
      { name: 'not dropping', json: tf(lb({})), at: 'aws_lb.web' },
      {
        name: 'an aws_alb of the default type',
        json: tf({ aws_alb: { a: { drop_invalid_header_fields: false } } }),
        at: 'aws_alb.a',
      },
    ],
    undecided: [
      { name: 'computed', json: tf(lb({ drop_invalid_header_fields: '${var.drop}' })), at: 'aws_lb.web' },
      { name: 'a computed type', json: tf(lb({ load_balancer_type: '${var.type}' })), at: 'aws_lb.web' },
    ],
  },
  'GW-ALB-004': {
    passes: [
      {
        name: 'logging',
        json: tf(lb({ access_logs: { bucket: '${aws_s3_bucket.logs.id}', enabled: true } })),
      },
    ],
    fails: [
      { name: 'no access_logs', json: tf(lb({})), at: 'aws_lb.web' },
      {
        name: 'disabled',
        json: tf(lb({ access_logs: { bucket: 'logs', enabled: false } })),
        at: 'aws_lb.web',
      },
      {
        name: 'a bucket but enabled unset (off by default)',
        json: tf(lb({ access_logs: { bucket: 'logs' } })),
        at: 'aws_lb.web',
      },
    ],
    undecided: [
      {
        name: 'computed',
        json: tf(lb({ access_logs: { bucket: 'logs', enabled: '${var.logs}' } })),
        at: 'aws_lb.web',
      },
    ],
  },
};
