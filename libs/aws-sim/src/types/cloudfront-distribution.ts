// AWS::CloudFront::Distribution, in CloudFront's SDK-v1 shape (every list is `{quantity, items}`); global.
import type { AppliedResource, Attrs } from '../apply/applied-resource';
import { UNIQUE_ID_TIME } from '../apply/provider-names';
import { ConfigItem, configItem, CREATED_AT, RecorderContext, tagsOf } from '../config/config-item';
import type { SimulatedType } from './simulated-type';

/** CloudFront's SDK-v1 shapes: every list is `{quantity, items}`. */
function quantity(items: readonly unknown[] | undefined): { quantity: number; items: unknown[] } {
  return { quantity: items?.length ?? 0, items: [...(items ?? [])] };
}

function distributionItem(r: AppliedResource, ctx: RecorderContext): ConfigItem {
  const a = r.attrs;
  const tags = tagsOf(a);
  const first = (v: unknown): Attrs => (v as Attrs[] | undefined)?.[0] ?? {};
  const dcb = first(a.default_cache_behavior);
  const cert = first(a.viewer_certificate);
  const geo = first(first(a.restrictions).geo_restriction);
  const logging = (a.logging_config as Attrs[] | undefined)?.[0];
  const untrusted = { enabled: false, quantity: 0, items: [] };
  return configItem(ctx, {
    resourceType: 'AWS::CloudFront::Distribution',
    resourceId: String(a.id),
    arn: String(a.arn),
    awsRegion: 'global',
    tags,
    configuration: {
      id: a.id,
      arn: a.arn,
      status: 'Deployed',
      lastModifiedTime: CREATED_AT,
      domainName: a.domain_name,
      isStaging: false,
      distributionConfig: {
        callerReference: a.caller_reference,
        aliases: quantity(a.aliases as string[]),
        defaultRootObject: a.default_root_object ?? '',
        origins: quantity(
          ((a.origin as Attrs[] | undefined) ?? []).map((o) => ({
            id: o.origin_id,
            domainName: o.domain_name,
            originPath: o.origin_path ?? '',
            customHeaders: quantity([]),
            s3OriginConfig: { originAccessIdentity: '' },
            connectionAttempts: 3,
            connectionTimeout: 10,
            originAccessControlId: o.origin_access_control_id ?? '',
          })),
        ),
        originGroups: quantity([]),
        defaultCacheBehavior: {
          targetOriginId: dcb.target_origin_id,
          trustedSigners: untrusted,
          trustedKeyGroups: untrusted,
          viewerProtocolPolicy: dcb.viewer_protocol_policy,
          allowedMethods: {
            ...quantity(dcb.allowed_methods as string[]),
            cachedMethods: quantity(dcb.cached_methods as string[]),
          },
          smoothStreaming: false,
          compress: dcb.compress === true,
          lambdaFunctionAssociations: quantity([]),
          functionAssociations: quantity([]),
          fieldLevelEncryptionId: '',
          cachePolicyId: dcb.cache_policy_id,
          responseHeadersPolicyId: dcb.response_headers_policy_id,
        },
        cacheBehaviors: quantity([]),
        customErrorResponses: quantity([]),
        comment: a.comment ?? '',
        logging: {
          enabled: logging !== undefined,
          includeCookies: logging?.include_cookies === true,
          bucket: logging?.bucket ?? '',
          prefix: logging?.prefix ?? '',
        },
        priceClass: a.price_class,
        enabled: a.enabled === true,
        viewerCertificate: {
          cloudFrontDefaultCertificate: cert.cloudfront_default_certificate === true,
          ...(cert.acm_certificate_arn
            ? { aCMCertificateArn: cert.acm_certificate_arn, certificate: cert.acm_certificate_arn }
            : {}),
          sSLSupportMethod: cert.ssl_support_method,
          minimumProtocolVersion: cert.minimum_protocol_version,
          certificateSource: cert.acm_certificate_arn ? 'acm' : 'cloudfront',
        },
        restrictions: {
          geoRestriction: {
            restrictionType: geo.restriction_type ?? 'none',
            ...quantity((geo.locations as string[] | undefined) ?? []),
          },
        },
        webACLId: a.web_acl_id ?? '',
        httpVersion: a.http_version,
        isIPV6Enabled: a.is_ipv6_enabled === true,
        staging: false,
      },
    },
  });
}

export const cloudFrontDistribution: SimulatedType = {
  awsType: 'AWS::CloudFront::Distribution',
  terraformTypes: {
    aws_cloudfront_distribution: {
      taggable: true,
      computed: (_v, ctx) => {
        const { ids } = ctx;
        const id = `E${ids.upper(13)}`;
        return {
          id,
          arn: `arn:aws:cloudfront::${ctx.account}:distribution/${id}`,
          domain_name: `d${ids.hex(13)}.cloudfront.net`,
          hosted_zone_id: 'Z2FDTNDATAQYW2',
          status: 'Deployed',
          etag: `E${ids.upper(13)}`,
          caller_reference: `terraform-${UNIQUE_ID_TIME}${ids.hex(8)}`,
          in_progress_validation_batches: 0,
          last_modified_time: '2026-11-20 09:21:44.318 +0000 UTC',
          trusted_key_groups: [{ enabled: false, items: [] }],
          trusted_signers: [{ enabled: false, items: [] }],
        };
      },
      record: (r, _lookup, ctx) => distributionItem(r, ctx),
    },
  },
};
