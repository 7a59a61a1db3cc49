import { isRecord } from '@groundwork/core';
import type { Adapter } from './adapter';
import { block, blocks, conf, defined, keys, liveTags, lower, tagsOf } from './helpers';

function actionFromTerraform(a: Record<string, unknown>): Record<string, unknown> {
  const redirect = block(a['redirect']);
  const fixed = block(a['fixed_response']);
  const forward = block(a['forward']);
  return defined({
    type: lower(a['type']),
    target_group_arn:
      a['target_group_arn'] ?? (forward ? blocks(forward['target_group'])[0]?.['arn'] : undefined),
    redirect: redirect
      ? defined({
          port: redirect['port'],
          protocol: lower(redirect['protocol']),
          status_code: lower(redirect['status_code']),
          host: redirect['host'],
          path: redirect['path'],
        })
      : undefined,
    fixed_response: fixed
      ? defined({ status_code: fixed['status_code'], content_type: fixed['content_type'] })
      : undefined,
  });
}

function actionFromConfig(a: Record<string, unknown>): Record<string, unknown> {
  const r = isRecord(a['RedirectConfig']) ? a['RedirectConfig'] : undefined;
  const f = isRecord(a['FixedResponseConfig']) ? a['FixedResponseConfig'] : undefined;
  const tg = isRecord(a['ForwardConfig'])
    ? blocks(a['ForwardConfig']['TargetGroups'])[0]?.['TargetGroupArn']
    : undefined;
  return {
    type: lower(a['Type']),
    target_group_arn: a['TargetGroupArn'] ?? tg,
    redirect: r
      ? {
          port: r['Port'],
          protocol: lower(r['Protocol']),
          status_code: lower(r['StatusCode']),
          host: r['Host'],
          path: r['Path'],
        }
      : undefined,
    fixed_response: f ? { status_code: f['StatusCode'], content_type: f['ContentType'] } : undefined,
  };
}

export const elbv2ListenerAdapter: Adapter = {
  configType: 'AWS::ElasticLoadBalancingV2::Listener',
  terraformTypes: ['aws_lb_listener', 'aws_alb_listener'],
  folds: [],
  compared: [
    'load_balancer_arn',
    'port',
    'protocol',
    'ssl_policy',
    'certificate_arn',
    'default_action (type, target group, redirect, fixed response)',
    'tags',
  ],
  joinKey: 'listener ARN',
  desiredKeys: (_v, s) => keys(s?.['arn'], s?.['id']),
  liveKeys: (item) => keys(item.resourceId, item.arn, conf(item)['ListenerArn']),
  expected: (input) => {
    const v = input.values;
    const actions = blocks(v['default_action']);
    return defined({
      load_balancer_arn: v['load_balancer_arn'],
      port: v['port'],
      protocol: lower(v['protocol']),
      ssl_policy: v['ssl_policy'],
      certificate_arn: v['certificate_arn'],
      default_action: actions.length > 0 ? actions.map(actionFromTerraform) : undefined,
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const certs = blocks(c['Certificates']);
    return {
      load_balancer_arn: c['LoadBalancerArn'],
      port: c['Port'],
      protocol: lower(c['Protocol']),
      ssl_policy: c['SslPolicy'],
      certificate_arn: (certs.find((x) => x['IsDefault'] === true) ?? certs[0])?.['CertificateArn'],
      default_action: blocks(c['DefaultActions'])
        .sort((x, y) => Number(x['Order'] ?? 0) - Number(y['Order'] ?? 0))
        .map(actionFromConfig),
      tags: liveTags(item),
    };
  },
};
