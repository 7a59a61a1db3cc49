import { isRecord } from '@groundwork/core';
import type { ConfigItem } from '../live/config-item';
import type { Adapter } from './adapter';
import { cloudControlTags, ifRead, readInFull } from './cloudcontrol-properties';
import { block, bool, conf, defined, keys, lower, tagsOf } from './helpers';

/** A target group attribute (`deregistration_delay.timeout_seconds`, ...) of a full read, else unknown. */
function attribute(item: ConfigItem, full: boolean, key: string): unknown {
  const list = conf(item)['TargetGroupAttributes'];
  const found = (Array.isArray(list) ? list : []).find((a) => isRecord(a) && a['Key'] === key);
  return ifRead(full, isRecord(found) ? found['Value'] : undefined);
}

/**
 * `AWS::ElasticLoadBalancingV2::TargetGroup` read through AWS Cloud Control. AWS Config's API names the type
 * (ResourceType enum of @aws-sdk/client-config-service 3.1124.0) but AWS publishes no property schema for its items
 * (none in awslabs/aws-config-resource-schema adf5513), so the public shape is CloudFormation's.
 *
 * Evidence, the type's CloudFormation resource schema (registry, us-east-1; hashicorp/terraform-provider-awscc
 * f995d4f `AWS_ElasticLoadBalancingV2_TargetGroup.json`): `handlers.read` DescribeTargetGroups +
 * DescribeTargetGroupAttributes + DescribeTargetHealth + DescribeTags; `handlers.list` DescribeTargetGroups alone,
 * with no parent, so a listed target group has no attributes and no tags, which are then not compared.
 * `primaryIdentifier` TargetGroupArn; `readOnlyProperties` LoadBalancerArns, TargetGroupArn, TargetGroupName,
 * TargetGroupFullName; no `writeOnlyProperties`. Registered targets belong to the auto scaling group: not compared.
 */
export const elbv2TargetGroupAdapter: Adapter = {
  configType: 'AWS::ElasticLoadBalancingV2::TargetGroup',
  source: 'cloudcontrol',
  terraformTypes: ['aws_lb_target_group', 'aws_alb_target_group'],
  folds: [],
  compared: [
    'name',
    'port',
    'protocol',
    'protocol_version',
    'vpc_id',
    'target_type',
    'health_check (enabled, path, port, protocol, matcher, interval, timeout, thresholds)',
    'deregistration_delay',
    'slow_start',
    'load_balancing_algorithm_type',
    'stickiness (enabled, type, cookie_duration)',
    'tags',
  ],
  joinKey: 'target group ARN (or name)',
  desiredKeys: (v, s) => keys(s?.['arn'], s?.['id'], s?.['name'], v['name']),
  liveKeys: (item) => {
    const c = conf(item);
    const arn = c['TargetGroupArn'] ?? item.resourceId;
    return keys(item.resourceId, c['TargetGroupArn'], c['TargetGroupName'], c['Name'], item.arn, arn);
  },
  expected: (input) => {
    const v = input.values;
    const hc = block(v['health_check']);
    const sticky = block(v['stickiness']);
    return defined({
      name: v['name'],
      port: v['port'],
      protocol: lower(v['protocol']),
      protocol_version: lower(v['protocol_version']),
      vpc_id: v['vpc_id'],
      target_type: lower(v['target_type'] ?? (input.ownsResource ? 'instance' : undefined)),
      health_check: hc
        ? defined({
            enabled: bool(hc['enabled']),
            path: hc['path'],
            port: hc['port'],
            protocol: lower(hc['protocol']),
            matcher: hc['matcher'],
            interval: hc['interval'],
            timeout: hc['timeout'],
            healthy_threshold: hc['healthy_threshold'],
            unhealthy_threshold: hc['unhealthy_threshold'],
          })
        : undefined,
      deregistration_delay: v['deregistration_delay'],
      slow_start: v['slow_start'],
      load_balancing_algorithm_type: lower(v['load_balancing_algorithm_type']),
      stickiness: sticky
        ? defined({
            enabled: bool(sticky['enabled']),
            type: lower(sticky['type']),
            cookie_duration: sticky['cookie_duration'],
          })
        : undefined,
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const full = readInFull(item, 'TargetGroupAttributes');
    const matcher = isRecord(c['Matcher']) ? c['Matcher'] : {};
    const arn = typeof c['TargetGroupArn'] === 'string' ? c['TargetGroupArn'] : item.resourceId;
    return {
      // The ARN holds the name: `…:targetgroup/<name>/<id>`.
      name: c['TargetGroupName'] ?? c['Name'] ?? arn.split('/')[1],
      port: c['Port'],
      protocol: lower(c['Protocol']),
      protocol_version: lower(c['ProtocolVersion']),
      vpc_id: c['VpcId'],
      target_type: lower(c['TargetType']),
      health_check: {
        enabled: bool(c['HealthCheckEnabled']),
        path: c['HealthCheckPath'],
        port: c['HealthCheckPort'],
        protocol: lower(c['HealthCheckProtocol']),
        matcher: matcher['HttpCode'] ?? matcher['GrpcCode'],
        interval: c['HealthCheckIntervalSeconds'],
        timeout: c['HealthCheckTimeoutSeconds'],
        healthy_threshold: c['HealthyThresholdCount'],
        unhealthy_threshold: c['UnhealthyThresholdCount'],
      },
      deregistration_delay: attribute(item, full, 'deregistration_delay.timeout_seconds'),
      slow_start: attribute(item, full, 'slow_start.duration_seconds'),
      load_balancing_algorithm_type: lower(attribute(item, full, 'load_balancing.algorithm.type')),
      stickiness: {
        enabled: bool(attribute(item, full, 'stickiness.enabled')),
        type: lower(attribute(item, full, 'stickiness.type')),
        cookie_duration: attribute(item, full, 'stickiness.lb_cookie.duration_seconds'),
      },
      tags: cloudControlTags(item, full),
    };
  },
};
