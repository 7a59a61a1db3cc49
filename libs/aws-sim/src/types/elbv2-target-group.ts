// AWS::ElasticLoadBalancingV2::TargetGroup, read through Cloud Control (GetResource adds the attributes and tags to
// what DescribeTargetGroups gives; a ListResources lists the latter only).
import type { Attrs } from '../apply/applied-resource';
import { tagsOf } from '../config/config-item';
import { cloudFormationTags } from '../live/cloud-control-resource';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const elbv2TargetGroup: SimulatedType = {
  awsType: 'AWS::ElasticLoadBalancingV2::TargetGroup',
  terraformTypes: {
    aws_lb_target_group: {
      taggable: true,
      generatedName: { defaultPrefix: 'tf-', maxLength: 32 },
      computed: (v, ctx) => {
        const tgArn = arn(ctx, 'elasticloadbalancing', `targetgroup/${v.name}/${ctx.ids.hex(16)}`);
        const suffix = tgArn.split(':').pop();
        return { id: tgArn, arn: tgArn, arn_suffix: suffix, target_type: v.target_type ?? 'instance' };
      },
      cloudControl: ({ attrs: a }, lookup, ctx) => {
        // The provider's and ELB's defaults for what the IaC leaves out.
        const hc: Attrs = { ...(a.health_check as Attrs[] | undefined)?.[0] };
        const listeners = lookup('aws_lb_listener', (l) =>
          ((l.default_action as Attrs[] | undefined) ?? []).some((d) => d.target_group_arn === a.arn),
        );
        const http = ['HTTP', 'HTTPS'].includes(String(a.protocol));
        const listed = {
          TargetGroupArn: a.arn,
          TargetGroupName: a.name,
          TargetGroupFullName: a.arn_suffix,
          Port: a.port,
          Protocol: a.protocol,
          ...(http ? { ProtocolVersion: a.protocol_version ?? 'HTTP1' } : {}),
          VpcId: a.vpc_id,
          TargetType: a.target_type,
          IpAddressType: 'ipv4',
          HealthCheckEnabled: hc.enabled ?? true,
          HealthCheckIntervalSeconds: hc.interval ?? 30,
          HealthCheckPath: hc.path ?? '/',
          HealthCheckPort: hc.port ?? 'traffic-port',
          HealthCheckProtocol: hc.protocol ?? 'HTTP',
          HealthCheckTimeoutSeconds: hc.timeout ?? 5,
          HealthyThresholdCount: hc.healthy_threshold ?? 3,
          UnhealthyThresholdCount: hc.unhealthy_threshold ?? 3,
          Matcher: { HttpCode: hc.matcher ?? '200' },
          LoadBalancerArns: [...new Set(listeners.map((l) => String(l.attrs.load_balancer_arn)))],
        };
        const attributes = {
          'deregistration_delay.timeout_seconds': String(a.deregistration_delay ?? 300),
          'stickiness.enabled': 'false',
          'stickiness.type': 'lb_cookie',
          'load_balancing.algorithm.type': String(a.load_balancing_algorithm_type ?? 'round_robin'),
          'slow_start.duration_seconds': String(a.slow_start ?? 0),
        };
        return {
          typeName: 'AWS::ElasticLoadBalancingV2::TargetGroup',
          identifier: String(a.arn),
          region: ctx.region,
          properties: {
            ...listed,
            TargetGroupAttributes: Object.entries(attributes).map(([Key, Value]) => ({ Key, Value })),
            Tags: cloudFormationTags(tagsOf(a)),
          },
          listed,
        };
      },
    },
  },
};
