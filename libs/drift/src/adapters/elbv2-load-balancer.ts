import type { Adapter } from './adapter';
import {
  block,
  blocks,
  bool,
  conf,
  defined,
  keys,
  liveTags,
  lower,
  maybe,
  orDefault,
  stringSet,
  supp,
  tagsOf,
} from './helpers';
import { isRecord } from '@groundwork/core';
import type { ConfigItem } from '../live/config-item';

function attributes(item: ConfigItem): Record<string, string> {
  const raw =
    item.supplementaryConfiguration['LoadBalancerAttributes'] ?? supp(item, 'LoadBalancerAttributes');
  const out: Record<string, string> = {};
  for (const a of Array.isArray(raw) ? raw : [])
    if (isRecord(a)) out[String(a['key'] ?? a['Key'])] = String(a['value'] ?? a['Value']);
  return out;
}

export const elbv2LoadBalancerAdapter: Adapter = {
  configType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  terraformTypes: ['aws_lb', 'aws_alb'],
  folds: [],
  compared: [
    'name',
    'internal',
    'load_balancer_type',
    'subnets (set)',
    'security_groups (set)',
    'ip_address_type',
    'idle_timeout',
    'enable_deletion_protection',
    'enable_http2',
    'drop_invalid_header_fields',
    'access_logs',
    'tags',
  ],
  joinKey: 'load balancer ARN',
  desiredKeys: (_v, s) => keys(s?.['arn'], s?.['id']),
  liveKeys: (item) => keys(item.resourceId, item.arn, conf(item)['loadBalancerArn']),
  expected: (input) => {
    const v = input.values;
    const logs = block(v['access_logs']);
    const subnets =
      v['subnets'] ??
      (v['subnet_mapping'] !== undefined
        ? blocks(v['subnet_mapping']).map((m) => m['subnet_id'])
        : undefined);
    return defined({
      name: v['name'],
      internal: maybe(v['internal'], (x) => bool(x)),
      load_balancer_type: lower(orDefault(input, 'load_balancer_type', 'application')),
      subnets: stringSet(subnets),
      security_groups: stringSet(v['security_groups']),
      ip_address_type: lower(v['ip_address_type']),
      idle_timeout: v['idle_timeout'],
      enable_deletion_protection: bool(v['enable_deletion_protection']),
      enable_http2: v['enable_http2'],
      drop_invalid_header_fields: bool(v['drop_invalid_header_fields']),
      access_logs: logs
        ? defined({ bucket: logs['bucket'], prefix: logs['prefix'], enabled: bool(logs['enabled'] ?? true) })
        : undefined,
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const a = attributes(item);
    return {
      name: c['loadBalancerName'],
      internal: c['scheme'] === undefined ? undefined : c['scheme'] === 'internal',
      load_balancer_type: lower(c['type']),
      subnets: stringSet(blocks(c['availabilityZones']).map((z) => z['subnetId'])),
      security_groups: stringSet(c['securityGroups'] ?? []),
      ip_address_type: lower(c['ipAddressType']),
      idle_timeout: a['idle_timeout.timeout_seconds'],
      enable_deletion_protection: a['deletion_protection.enabled'],
      enable_http2: a['routing.http2.enabled'],
      drop_invalid_header_fields: a['routing.http.drop_invalid_header_fields.enabled'],
      access_logs: {
        bucket: a['access_logs.s3.bucket'],
        prefix: a['access_logs.s3.prefix'],
        enabled: a['access_logs.s3.enabled'],
      },
      tags: liveTags(item),
    };
  },
};
