import { isRecord } from '@groundwork/core';
import { NormSet } from '../normalize/norm-values';
import type { Adapter } from './adapter';
import { block, blocks, bool, conf, defined, get, keys, liveTags, lower, stringSet, tagsOf } from './helpers';

function items(v: unknown): unknown[] {
  return isRecord(v) && Array.isArray(v['items']) ? v['items'] : [];
}

export const cloudFrontDistributionAdapter: Adapter = {
  configType: 'AWS::CloudFront::Distribution',
  global: true,
  terraformTypes: ['aws_cloudfront_distribution'],
  folds: [],
  compared: [
    'enabled',
    'aliases (set)',
    'comment',
    'default_root_object',
    'price_class',
    'http_version',
    'is_ipv6_enabled',
    'web_acl_id',
    'viewer_certificate',
    'default_cache_behavior (viewer_protocol_policy, target_origin_id, methods, compress, cache_policy_id)',
    'origins (set: id, domain, path, origin access control)',
    'logging_config',
    'geo restriction',
    'tags',
  ],
  joinKey: 'distribution id (or ARN)',
  desiredKeys: (_v, s) => keys(s?.['id'], s?.['arn']),
  liveKeys: (item) => keys(item.resourceId, item.arn, conf(item)['id']),
  expected: (input) => {
    const v = input.values;
    const cert = block(v['viewer_certificate']);
    const dcb = block(v['default_cache_behavior']);
    const logging = block(v['logging_config']);
    const geo = block(block(v['restrictions'])?.['geo_restriction']);
    return defined({
      enabled: bool(v['enabled']),
      aliases: stringSet(v['aliases']),
      comment: v['comment'],
      default_root_object: v['default_root_object'],
      price_class: lower(v['price_class']),
      http_version: lower(v['http_version']),
      is_ipv6_enabled: bool(v['is_ipv6_enabled']),
      web_acl_id: v['web_acl_id'],
      viewer_certificate: cert
        ? defined({
            acm_certificate_arn: cert['acm_certificate_arn'],
            cloudfront_default_certificate: bool(cert['cloudfront_default_certificate']),
            minimum_protocol_version: lower(cert['minimum_protocol_version']),
            ssl_support_method: lower(cert['ssl_support_method']),
          })
        : undefined,
      default_cache_behavior: dcb
        ? defined({
            viewer_protocol_policy: lower(dcb['viewer_protocol_policy']),
            target_origin_id: dcb['target_origin_id'],
            allowed_methods: stringSet(dcb['allowed_methods']),
            cached_methods: stringSet(dcb['cached_methods']),
            compress: bool(dcb['compress']),
            cache_policy_id: dcb['cache_policy_id'],
          })
        : undefined,
      origins:
        v['origin'] === undefined
          ? undefined
          : new NormSet(
              blocks(v['origin']).map((o) => ({
                id: o['origin_id'],
                domain_name: o['domain_name'],
                origin_path: o['origin_path'] ?? '',
                origin_access_control_id: o['origin_access_control_id'] ?? '',
              })),
            ),
      logging_config: logging
        ? defined({ bucket: logging['bucket'], prefix: logging['prefix'] ?? '' })
        : undefined,
      geo_restriction: geo
        ? defined({
            restriction_type: lower(geo['restriction_type']),
            locations: stringSet(geo['locations'] ?? []),
          })
        : undefined,
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const d = (conf(item)['distributionConfig'] ?? {}) as Record<string, unknown>;
    const cert = (d['viewerCertificate'] ?? {}) as Record<string, unknown>;
    const dcb = (d['defaultCacheBehavior'] ?? {}) as Record<string, unknown>;
    const allowed = dcb['allowedMethods'];
    return {
      enabled: d['enabled'],
      aliases: stringSet(items(d['aliases'])),
      comment: d['comment'],
      default_root_object: d['defaultRootObject'],
      price_class: lower(d['priceClass']),
      http_version: lower(d['httpVersion']),
      is_ipv6_enabled: d['isIPV6Enabled'],
      web_acl_id: d['webACLId'],
      viewer_certificate: {
        acm_certificate_arn: cert['acmCertificateArn'] ?? cert['aCMCertificateArn'],
        cloudfront_default_certificate: cert['cloudFrontDefaultCertificate'],
        minimum_protocol_version: lower(cert['minimumProtocolVersion']),
        ssl_support_method: lower(cert['sslSupportMethod'] ?? cert['sSLSupportMethod']),
      },
      default_cache_behavior: {
        viewer_protocol_policy: lower(dcb['viewerProtocolPolicy']),
        target_origin_id: dcb['targetOriginId'],
        allowed_methods: stringSet(items(allowed)),
        cached_methods: stringSet(isRecord(allowed) ? items(allowed['cachedMethods']) : []),
        compress: dcb['compress'],
        cache_policy_id: dcb['cachePolicyId'],
      },
      origins: new NormSet(
        items(d['origins'])
          .filter(isRecord)
          .map((o) => ({
            id: o['id'],
            domain_name: o['domainName'],
            origin_path: o['originPath'] ?? '',
            origin_access_control_id: o['originAccessControlId'] ?? '',
          })),
      ),
      logging_config:
        get(d, 'logging.enabled') === true
          ? { bucket: get(d, 'logging.bucket'), prefix: get(d, 'logging.prefix') ?? '' }
          : null,
      geo_restriction: {
        restriction_type: lower(get(d, 'restrictions.geoRestriction.restrictionType')),
        locations: stringSet(items(get(d, 'restrictions.geoRestriction')) ?? []),
      },
      tags: liveTags(item),
    };
  },
};
