import { Statement } from '../policy/statement';
import {
  ScpExemptionOptions,
  ServiceControlPolicy,
  exemptionCondition,
  serviceControlPolicy,
} from './service-control-policy';

/**
 * Actions of global services, or global parts of regional ones, whose requests are served from a single region
 * (usually us-east-1) whatever region the caller works in: denying them outside the approved regions would break
 * IAM, billing, Route 53, CloudFront and friends.
 */
export const GLOBAL_SERVICE_ACTIONS: readonly string[] = [
  'account:*',
  'aws-portal:*',
  'billing:*',
  'budgets:*',
  'ce:*',
  'cloudfront:*',
  'cur:*',
  'ec2:DescribeRegions',
  'globalaccelerator:*',
  'health:*',
  'iam:*',
  'networkmanager:*',
  'organizations:*',
  'pricing:*',
  'route53:*',
  'route53domains:*',
  'route53-recovery-cluster:*',
  'route53-recovery-control-config:*',
  'route53-recovery-readiness:*',
  's3:GetAccountPublicAccessBlock',
  's3:ListAllMyBuckets',
  's3:ListMultiRegionAccessPoints',
  'shield:*',
  'sts:*',
  'support:*',
  'trustedadvisor:*',
  'waf:*',
];

export interface RestrictRegionsOptions extends ScpExemptionOptions {
  /** Regions where work may happen, e.g. ['eu-west-1', 'eu-central-1']. */
  readonly allowedRegions: readonly string[];
  /**
   * More actions to exempt, e.g. 'acm:*' when CloudFront certificates live in us-east-1 and that region is
   * not otherwise allowed.
   * @default none
   */
  readonly additionalGlobalActions?: readonly string[];
}

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d+$/;

/** Denies everything outside `allowedRegions`, except global services and the exempt roles. */
export function restrictRegions(options: RestrictRegionsOptions): ServiceControlPolicy {
  if (options.allowedRegions.length === 0) {
    throw new Error('restrictRegions: allowedRegions is empty: name at least one region, e.g. eu-west-1');
  }
  for (const region of options.allowedRegions) {
    if (!REGION.test(region)) {
      throw new Error(`restrictRegions: "${region}" is not a region name like eu-west-1`);
    }
  }
  return serviceControlPolicy(
    'RestrictRegions',
    `Only ${options.allowedRegions.join(', ')}, except global services`,
    [
      Statement.deny({
        sid: 'DenyOutsideApprovedRegions',
        notActions: [...new Set([...GLOBAL_SERVICE_ACTIONS, ...(options.additionalGlobalActions ?? [])])],
        resources: ['*'],
        conditions: {
          StringNotEquals: { 'aws:RequestedRegion': options.allowedRegions },
          ...exemptionCondition(options),
        },
      }),
    ],
  );
}
