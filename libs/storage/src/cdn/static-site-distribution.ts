import { Construct } from 'constructs';
import { Token } from 'cdktf';
import {
  CloudfrontDistribution,
  CloudfrontDistributionCustomErrorResponse,
} from '@cdktf/provider-aws/lib/cloudfront-distribution';
import { CloudfrontOriginAccessControl } from '@cdktf/provider-aws/lib/cloudfront-origin-access-control';
import { DataAwsCloudfrontCachePolicy } from '@cdktf/provider-aws/lib/data-aws-cloudfront-cache-policy';
import { DataAwsCloudfrontResponseHeadersPolicy } from '@cdktf/provider-aws/lib/data-aws-cloudfront-response-headers-policy';
import { CloudFrontDistributionRef, SecureBucket } from '../bucket/secure-bucket';
import { physicalName } from '../internal/physical-name';

/** Which edge locations serve the distribution (cheaper classes leave out the costliest regions). */
export type PriceClass = 'PriceClass_All' | 'PriceClass_200' | 'PriceClass_100';

/** The minimum viewer TLS policy when a custom certificate is used. */
export const MINIMUM_VIEWER_TLS = 'TLSv1.2_2021';
/** AWS managed policies the distribution uses, looked up by name. */
export const MANAGED_CACHE_POLICY = 'Managed-CachingOptimized';
export const MANAGED_SECURITY_HEADERS_POLICY = 'Managed-SecurityHeadersPolicy';

const ORIGIN_ID = 'site-bucket';
const HOSTNAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ACM_ARN = /^arn:aws(-cn|-us-gov)?:acm:([a-z0-9-]+):\d{12}:certificate\/[A-Za-z0-9-]+$/;

export interface StaticSiteDistributionProps {
  /** The private bucket holding the site; its policy gets a statement that admits only this distribution. */
  readonly bucket: SecureBucket;
  /** Object served for requests to "/". @default 'index.html' */
  readonly defaultRootObject?: string;
  /** Folder in the bucket to serve from, starting with "/". @default the bucket root */
  readonly originPath?: string;
  /**
   * Host names (CNAMEs) the distribution answers to, lowercase, `*.` wildcards allowed. Needs `certificateArn`.
   * @default none: only the cloudfront.net name
   */
  readonly aliases?: string[];
  /**
   * ACM certificate (in us-east-1) covering the aliases. With it, viewers need TLSv1.2_2021 or later (SNI).
   * Without it the default *.cloudfront.net certificate is used, whose minimum CloudFront fixes.
   * @default the CloudFront default certificate
   */
  readonly certificateArn?: string;
  /** @default 'PriceClass_All' (every edge location, lowest latency everywhere) */
  readonly priceClass?: PriceClass;
  /**
   * Bucket for CloudFront standard access logs. CloudFront writes them with ACLs, so this bucket must be a
   * SecureBucket with `objectOwnership: 'BucketOwnerPreferred'` and SSE-S3.
   * @default no access logs
   */
  readonly logBucket?: SecureBucket;
  /** Key prefix of the logs in `logBucket`. @default `<construct id>/` */
  readonly logPrefix?: string;
  /**
   * Answer 403 and 404 from the bucket with /index.html and status 200, for client-side routed apps.
   * @default false
   */
  readonly singlePageApp?: boolean;
  /** AWS WAF web ACL (ARN, WAFv2 in us-east-1) attached to the distribution. @default none */
  readonly webAclArn?: string;
  /** Up to 128 characters. @default the construct path (its last 128 characters) */
  readonly comment?: string;
  /** @default none */
  readonly tags?: Record<string, string>;
}

/**
 * CloudFront in front of a private SecureBucket: origin access control (SigV4, always signed), a bucket policy
 * conditioned on this distribution's ARN, HTTPS only (HTTP redirects), HTTP/2 and HTTP/3, IPv6, compression,
 * the managed CachingOptimized cache policy and the managed security-headers response policy.
 */
export class StaticSiteDistribution extends Construct implements CloudFrontDistributionRef {
  readonly distribution: CloudfrontDistribution;
  readonly originAccessControl: CloudfrontOriginAccessControl;
  readonly distributionId: string;
  readonly distributionArn: string;
  /** The xxxx.cloudfront.net name. */
  readonly domainName: string;
  /** Route 53 zone id for alias records pointing at the distribution. */
  readonly hostedZoneId: string;

  constructor(scope: Construct, id: string, props: StaticSiteDistributionProps) {
    super(scope, id);
    const where = `StaticSiteDistribution ${this.node.path}`;
    validateProps(where, props);

    this.originAccessControl = new CloudfrontOriginAccessControl(this, 'origin-access-control', {
      name: physicalName(this, 64),
      description: `Signed requests from ${this.node.path} to its bucket`,
      originAccessControlOriginType: 's3',
      signingBehavior: 'always',
      signingProtocol: 'sigv4',
    });
    const cachePolicy = new DataAwsCloudfrontCachePolicy(this, 'caching-optimized', {
      name: MANAGED_CACHE_POLICY,
    });
    const headersPolicy = new DataAwsCloudfrontResponseHeadersPolicy(this, 'security-headers', {
      name: MANAGED_SECURITY_HEADERS_POLICY,
    });

    const errorResponses: CloudfrontDistributionCustomErrorResponse[] = props.singlePageApp
      ? [403, 404].map((errorCode) => ({
          errorCode,
          responseCode: 200,
          responsePagePath: '/index.html',
          errorCachingMinTtl: 10,
        }))
      : [];

    this.distribution = new CloudfrontDistribution(this, 'distribution', {
      enabled: true,
      comment: props.comment ?? this.node.path.slice(-128),
      defaultRootObject: props.defaultRootObject ?? 'index.html',
      aliases: props.aliases,
      priceClass: props.priceClass ?? 'PriceClass_All',
      httpVersion: 'http2and3',
      isIpv6Enabled: true,
      webAclId: props.webAclArn,
      origin: [
        {
          originId: ORIGIN_ID,
          domainName: props.bucket.bucketRegionalDomainName,
          originAccessControlId: this.originAccessControl.id,
          originPath: props.originPath,
        },
      ],
      defaultCacheBehavior: {
        targetOriginId: ORIGIN_ID,
        viewerProtocolPolicy: 'redirect-to-https',
        allowedMethods: ['GET', 'HEAD', 'OPTIONS'],
        cachedMethods: ['GET', 'HEAD'],
        compress: true,
        cachePolicyId: cachePolicy.id,
        responseHeadersPolicyId: headersPolicy.id,
      },
      customErrorResponse: errorResponses.length ? errorResponses : undefined,
      loggingConfig: props.logBucket
        ? {
            bucket: props.logBucket.bucketDomainName,
            prefix: props.logPrefix ?? `${id}/`,
            includeCookies: false,
          }
        : undefined,
      restrictions: { geoRestriction: { restrictionType: 'none' } },
      viewerCertificate: props.certificateArn
        ? {
            acmCertificateArn: props.certificateArn,
            sslSupportMethod: 'sni-only',
            minimumProtocolVersion: MINIMUM_VIEWER_TLS,
          }
        : { cloudfrontDefaultCertificate: true },
      tags: props.tags,
    });
    this.distributionId = this.distribution.id;
    this.distributionArn = this.distribution.arn;
    this.domainName = this.distribution.domainName;
    this.hostedZoneId = this.distribution.hostedZoneId;

    props.bucket.allowCloudFront(this);
  }
}

function validateProps(where: string, props: StaticSiteDistributionProps): void {
  const priceClasses: readonly string[] = ['PriceClass_All', 'PriceClass_200', 'PriceClass_100'];
  if (props.priceClass !== undefined && !priceClasses.includes(props.priceClass)) {
    throw new Error(
      `${where}: priceClass must be one of ${priceClasses.join(', ')}, got '${String(props.priceClass)}'`,
    );
  }
  const aliases = props.aliases ?? [];
  if (aliases.length && props.certificateArn === undefined) {
    throw new Error(
      `${where}: aliases (${aliases.join(', ')}) need certificateArn, an ACM certificate in us-east-1 that covers them`,
    );
  }
  for (const alias of aliases) {
    if (!Token.isUnresolved(alias) && !HOSTNAME.test(alias)) {
      throw new Error(
        `${where}: alias "${alias}" is not a lowercase host name such as www.example.com or *.example.com`,
      );
    }
  }
  const dupes = aliases.filter((a, i) => aliases.indexOf(a) !== i);
  if (dupes.length) throw new Error(`${where}: aliases repeat ${[...new Set(dupes)].join(', ')}`);
  const cert = props.certificateArn;
  if (cert !== undefined && !Token.isUnresolved(cert)) {
    const m = ACM_ARN.exec(cert);
    if (!m) throw new Error(`${where}: certificateArn "${cert}" is not an ACM certificate ARN`);
    if (m[2] !== 'us-east-1') {
      throw new Error(
        `${where}: certificateArn is in ${m[2]}, but CloudFront only uses ACM certificates from us-east-1; issue or import it there`,
      );
    }
  }
  const root = props.defaultRootObject;
  if (root !== undefined && !Token.isUnresolved(root) && (root === '' || root.startsWith('/'))) {
    throw new Error(
      `${where}: defaultRootObject is an object key without a leading "/", e.g. "index.html"; got "${root}"`,
    );
  }
  const path = props.originPath;
  if (path !== undefined && !Token.isUnresolved(path) && (!path.startsWith('/') || path.endsWith('/'))) {
    throw new Error(
      `${where}: originPath must start with "/" and not end with "/", e.g. "/site"; got "${path}"`,
    );
  }
  if (props.comment !== undefined && !Token.isUnresolved(props.comment) && props.comment.length > 128) {
    throw new Error(`${where}: comment must be at most 128 characters, got ${props.comment.length}`);
  }
  if (props.logPrefix !== undefined && props.logBucket === undefined) {
    throw new Error(`${where}: logPrefix is set but logBucket is not; give logBucket or drop logPrefix`);
  }
  if (props.logBucket) {
    if (props.logBucket.objectOwnership !== 'BucketOwnerPreferred') {
      throw new Error(
        `${where}: CloudFront standard logs are written with ACLs, which logBucket ${props.logBucket.node.path} ` +
          "disables (BucketOwnerEnforced); create it with objectOwnership: 'BucketOwnerPreferred'",
      );
    }
    if (props.logBucket.encryption === 'SSE-KMS') {
      throw new Error(
        `${where}: logBucket ${props.logBucket.node.path} uses SSE-KMS, which CloudFront standard logs cannot write to; use SSE-S3`,
      );
    }
    if (props.logBucket === props.bucket) {
      throw new Error(
        `${where}: logBucket must not be the site bucket, or the logs would be served to the world`,
      );
    }
  }
}
