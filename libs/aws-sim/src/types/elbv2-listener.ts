// AWS::ElasticLoadBalancingV2::Listener, in the CloudFormation-registry shape Config records it (PascalCase).
import type { Attrs } from '../apply/applied-resource';
import { configItem, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

/** A listener action as ELB describes it: forward with its ForwardConfig, redirect or fixed response. */
function listenerAction(action: Attrs, order: number): Record<string, unknown> {
  const redirect = (action.redirect as Attrs[] | undefined)?.[0];
  const fixed = (action.fixed_response as Attrs[] | undefined)?.[0];
  return {
    Type: action.type,
    Order: order,
    ...(action.target_group_arn
      ? {
          TargetGroupArn: action.target_group_arn,
          ForwardConfig: {
            TargetGroups: [{ TargetGroupArn: action.target_group_arn, Weight: 1 }],
            TargetGroupStickinessConfig: { Enabled: false },
          },
        }
      : {}),
    ...(redirect
      ? {
          RedirectConfig: {
            Protocol: redirect.protocol ?? '#{protocol}',
            Port: redirect.port ?? '#{port}',
            Host: redirect.host ?? '#{host}',
            Path: redirect.path ?? '/#{path}',
            Query: redirect.query ?? '#{query}',
            StatusCode: redirect.status_code,
          },
        }
      : {}),
    ...(fixed
      ? {
          FixedResponseConfig: {
            StatusCode: fixed.status_code,
            ContentType: fixed.content_type,
            MessageBody: fixed.message_body,
          },
        }
      : {}),
  };
}

export const elbv2Listener: SimulatedType = {
  awsType: 'AWS::ElasticLoadBalancingV2::Listener',
  terraformTypes: {
    aws_lb_listener: {
      taggable: true,
      computed: (v, ctx) => {
        const lb = String(v.load_balancer_arn).split(':loadbalancer/')[1];
        const listenerArn = arn(ctx, 'elasticloadbalancing', `listener/${lb}/${ctx.ids.hex(16)}`);
        return { id: listenerArn, arn: listenerArn };
      },
      record: ({ attrs: a }, _lookup, ctx) => {
        const tags = tagsOf(a);
        return configItem(ctx, {
          resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
          resourceId: String(a.arn),
          arn: String(a.arn),
          tags,
          configuration: {
            ListenerArn: a.arn,
            LoadBalancerArn: a.load_balancer_arn,
            Port: a.port,
            Protocol: a.protocol,
            ...(a.ssl_policy ? { SslPolicy: a.ssl_policy } : {}),
            ...(a.certificate_arn
              ? { Certificates: [{ CertificateArn: a.certificate_arn, IsDefault: true }] }
              : {}),
            DefaultActions: (a.default_action as Attrs[]).map((action, i) => listenerAction(action, i + 1)),
          },
        });
      },
    },
  },
};
