// AWS::ElasticLoadBalancingV2::LoadBalancer: an application load balancer, its attributes in the supplementary
// configuration.
import type { Attrs } from '../apply/applied-resource';
import { configItem, CREATED_AT, tagList, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const elbv2LoadBalancer: SimulatedType = {
  awsType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  terraformTypes: {
    aws_lb: {
      taggable: true,
      generatedName: { defaultPrefix: 'tf-lb-', maxLength: 32 },
      computed: (v, ctx) => {
        const { ids } = ctx;
        const suffix = ids.hex(16);
        const lbArn = arn(ctx, 'elasticloadbalancing', `loadbalancer/app/${v.name}/${suffix}`);
        return {
          id: lbArn,
          arn: lbArn,
          arn_suffix: `app/${v.name}/${suffix}`,
          dns_name: `${v.name}-${parseInt(ids.hex(8), 16)}.${ctx.region}.elb.amazonaws.com`,
          zone_id: 'Z32O12XQLNTSW2',
          ip_address_type: v.ip_address_type ?? 'ipv4',
          idle_timeout: v.idle_timeout ?? 60,
          enable_deletion_protection: v.enable_deletion_protection ?? false,
          enable_http2: v.enable_http2 ?? true,
        };
      },
      record: ({ attrs: a }, lookup, ctx) => {
        const tags = tagsOf(a);
        const subnets = (a.subnets as string[]).map((s) => lookup('aws_subnet', (x) => x.id === s)[0]);
        const logs = (a.access_logs as Attrs[] | undefined)?.[0];
        return configItem(ctx, {
          resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
          resourceId: String(a.arn),
          resourceName: String(a.name),
          arn: String(a.arn),
          availabilityZone: 'Multiple Availability Zones',
          tags,
          configuration: {
            loadBalancerArn: a.arn,
            dNSName: a.dns_name,
            canonicalHostedZoneId: a.zone_id,
            createdTime: CREATED_AT,
            loadBalancerName: a.name,
            scheme: a.internal ? 'internal' : 'internet-facing',
            vpcId: subnets[0]?.attrs.vpc_id,
            state: { code: 'active', reason: null },
            type: a.load_balancer_type,
            availabilityZones: subnets.map((s) => ({
              zoneName: s?.attrs.availability_zone,
              subnetId: s?.attrs.id,
              loadBalancerAddresses: [],
            })),
            securityGroups: a.security_groups,
            ipAddressType: 'ipv4',
          },
          supplementaryConfiguration: {
            LoadBalancerAttributes: [
              { key: 'access_logs.s3.enabled', value: String(logs?.enabled === true) },
              { key: 'access_logs.s3.bucket', value: String(logs?.bucket ?? '') },
              { key: 'access_logs.s3.prefix', value: String(logs?.prefix ?? '') },
              { key: 'deletion_protection.enabled', value: String(a.enable_deletion_protection === true) },
              { key: 'idle_timeout.timeout_seconds', value: String(a.idle_timeout ?? 60) },
              {
                key: 'routing.http.desync_mitigation_mode',
                value: String(a.desync_mitigation_mode ?? 'defensive'),
              },
              {
                key: 'routing.http.drop_invalid_header_fields.enabled',
                value: String(a.drop_invalid_header_fields === true),
              },
              { key: 'routing.http2.enabled', value: String(a.enable_http2 !== false) },
            ],
            Tags: tagList(tags),
          },
        });
      },
    },
  },
};
