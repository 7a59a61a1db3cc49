import { Construct } from 'constructs';
import { Lb } from '@cdktf/provider-aws/lib/lb';
import { LbListener } from '@cdktf/provider-aws/lib/lb-listener';
import { LbListenerRule } from '@cdktf/provider-aws/lib/lb-listener-rule';
import { ISecurityGroup, IVpc, Peer, Port, SecurityGroup, SubnetTier } from '@groundwork/network';
import { AlbTargetGroup, AlbTargetGroupProps, TargetGroupOwner } from './alb-target-group';
import { DEFAULT_TLS_POLICY, MODERN_TLS_POLICIES, ModernTlsPolicy } from './tls-policy';
import { requireWholeNumber } from '@groundwork/core';
import { checkIpv4Cidrs, invalid, isLiteral } from '../internal/validation';

export type LoadBalancerScheme = 'internet-facing' | 'internal';

/**
 * A bucket that takes load balancer access logs, by reference: a `SecureBucket` of @groundwork/storage on which
 * `allowLoadBalancerAccessLogs()` was called, or any object with the name of a bucket made elsewhere. It must use
 * SSE-S3 encryption and let the regional ELB account (or the `logdelivery.elasticloadbalancing.amazonaws.com`
 * service) write to it.
 */
export interface IAccessLogBucket {
  readonly bucketName: string;
}

/** Where the load balancer writes its access logs. */
export interface AlbAccessLogs {
  readonly bucket: IAccessLogBucket;
  /** Key prefix inside the bucket, without leading or trailing slash. @default no prefix */
  readonly prefix?: string;
}

export interface ApplicationLoadBalancerProps {
  readonly vpc: IVpc;
  /**
   * `internet-facing` puts the load balancer in the public subnets; `internal` in the private ones.
   * @default 'internal'
   */
  readonly scheme?: LoadBalancerScheme;
  /** ARN of the ACM certificate of the HTTPS listener; checked for the ACM ARN shape unless it is a token. */
  readonly certificateArn: string;
  /** Security policy of the HTTPS listener: only TLS 1.2/1.3 policies are accepted. @default 'ELBSecurityPolicy-TLS13-1-2-2021-06' */
  readonly sslPolicy?: ModernTlsPolicy;
  /**
   * IPv4 CIDRs admitted on 443 (and 80, which only redirects).
   * @default ['0.0.0.0/0'] when internet-facing; the VPC CIDR when internal; none when `allowedSecurityGroups` is given
   */
  readonly allowedCidrs?: readonly string[];
  /** Security groups admitted on 443 (and 80), for chaining tiers. @default none */
  readonly allowedSecurityGroups?: readonly ISecurityGroup[];
  /**
   * Access logs; required unless `disableAccessLogs` is true.
   * @default none: then `disableAccessLogs: true` must be given
   */
  readonly accessLogs?: AlbAccessLogs;
  /** Run without access logs (an explicit, audited choice). @default false */
  readonly disableAccessLogs?: boolean;
  /** Refuse deletion through the API; turn off before destroying. @default true */
  readonly deletionProtection?: boolean;
  /** Drop HTTP headers with invalid names instead of passing them to targets (request smuggling defence). @default true */
  readonly dropInvalidHeaderFields?: boolean;
  /** Add the port 80 listener that answers every request with a 301 to HTTPS. @default true */
  readonly redirectHttp?: boolean;
  /** Seconds an idle connection stays open (1-4000). @default 60 */
  readonly idleTimeoutSeconds?: number;
  /** The target group the HTTPS listener forwards to by default. @default port 80 over HTTP, health check on '/' */
  readonly defaultTarget?: AlbTargetGroupProps;
  /**
   * Load balancer name (1-32 letters, digits and hyphens; no leading or trailing hyphen, not `internal-…`).
   * Changing it replaces the load balancer.
   * @default a unique name that Terraform generates
   */
  readonly name?: string;
}

/** Extra routing on the HTTPS listener: requests that match go to a new target group. */
export interface AlbRouteProps extends AlbTargetGroupProps {
  /** Rule priority, 1-50000; lower wins. Unique per load balancer. */
  readonly priority: number;
  /** Path patterns such as `/api/*`. At least one of pathPatterns and hostHeaders. @default none */
  readonly pathPatterns?: readonly string[];
  /** Host names such as `api.example.com`. At least one of pathPatterns and hostHeaders. @default none */
  readonly hostHeaders?: readonly string[];
}

const CERTIFICATE_ARN = /^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[A-Za-z0-9-]+$/;
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const LB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/;

/**
 * An application load balancer that only serves HTTPS: an HTTPS listener with an ACM certificate and a TLS 1.2+
 * policy, an HTTP listener that redirects to it, invalid header fields dropped, deletion protection and access
 * logs on. Its own security group admits 443 and 80 from the given CIDRs or groups and sends only to its targets.
 */
export class ApplicationLoadBalancer extends Construct implements TargetGroupOwner {
  readonly loadBalancerArn: string;
  /** `app/<name>/<id>`, the form CloudWatch dimensions and scaling resource labels use. */
  readonly arnSuffix: string;
  readonly dnsName: string;
  /** Route 53 hosted zone of the load balancer, for alias records. */
  readonly zoneId: string;
  readonly scheme: LoadBalancerScheme;
  readonly vpcId: string;
  readonly securityGroup: SecurityGroup;
  readonly httpsListenerArn: string;
  /** The target group the HTTPS listener forwards to when no rule matches. */
  readonly defaultTargetGroup: AlbTargetGroup;
  /** The `aws_lb` resource. */
  readonly resource: Lb;
  private readonly httpsListener: LbListener;
  private readonly priorities = new Set<number>();

  constructor(scope: Construct, id: string, props: ApplicationLoadBalancerProps) {
    super(scope, id);
    const path = this.node.path;
    this.scheme = props.scheme ?? 'internal';
    // The types already say this; the checks catch values read from configuration or cast.
    if (this.scheme !== 'internal' && this.scheme !== 'internet-facing') {
      throw invalid(path, `scheme must be 'internal' or 'internet-facing', got '${String(this.scheme)}'`);
    }
    const sslPolicy = props.sslPolicy ?? DEFAULT_TLS_POLICY;
    if (isLiteral(sslPolicy) && !MODERN_TLS_POLICIES.includes(sslPolicy)) {
      throw invalid(
        path,
        `sslPolicy must be one of the TLS 1.2/1.3 policies (${MODERN_TLS_POLICIES.join(', ')}), got "${sslPolicy}"; ` +
          'older policies accept TLS 1.0/1.1 or CBC ciphers',
      );
    }
    const subnetTier: SubnetTier = this.scheme === 'internet-facing' ? 'public' : 'private';
    if (!props.vpc.hasTier(subnetTier)) {
      throw invalid(
        path,
        `an ${this.scheme} load balancer goes in the ${subnetTier} subnets, but the VPC has no ${subnetTier} tier`,
      );
    }
    if (isLiteral(props.certificateArn) && !CERTIFICATE_ARN.test(props.certificateArn)) {
      throw invalid(
        path,
        `certificateArn must be an ACM certificate ARN (arn:aws:acm:<region>:<account>:certificate/<id>), ` +
          `got "${props.certificateArn}"`,
      );
    }
    this.checkAccessLogs(path, props);
    if (props.name !== undefined && isLiteral(props.name)) {
      if (!LB_NAME.test(props.name) || props.name.startsWith('internal-')) {
        throw invalid(
          path,
          `name must be 1-32 letters, digits and hyphens, not start or end with a hyphen nor start with ` +
            `"internal-", got "${props.name}"`,
        );
      }
    }
    const idleTimeout = props.idleTimeoutSeconds ?? 60;
    if (isLiteral(idleTimeout))
      requireWholeNumber(path, 'idleTimeoutSeconds', idleTimeout, { min: 1, max: 4000 });
    const allowedGroups = props.allowedSecurityGroups ?? [];
    const allowedCidrs =
      props.allowedCidrs ??
      (allowedGroups.length > 0
        ? []
        : this.scheme === 'internet-facing'
          ? ['0.0.0.0/0']
          : [props.vpc.cidrBlock]);
    checkIpv4Cidrs(path, 'allowedCidrs', allowedCidrs);
    if (allowedCidrs.length === 0 && allowedGroups.length === 0) {
      throw invalid(
        path,
        'allowedCidrs and allowedSecurityGroups are both empty, so nothing could reach the load balancer: ' +
          'give at least one, or leave allowedCidrs unset for the default',
      );
    }
    const redirectHttp = props.redirectHttp ?? true;

    this.securityGroup = new SecurityGroup(this, 'security-group', {
      vpc: props.vpc,
      description: `${this.scheme} load balancer ${id}: HTTPS in, targets out`,
    });
    const listenerPorts = redirectHttp ? [443, 80] : [443];
    for (const port of listenerPorts) {
      for (const cidr of allowedCidrs) {
        this.securityGroup.addIngressRule(Peer.ipv4(cidr), Port.tcp(port), `Clients on ${port} from ${cidr}`);
      }
      for (const group of allowedGroups) {
        this.securityGroup.addIngressRule(
          Peer.securityGroup(group),
          Port.tcp(port),
          `Clients on ${port} from ${group.node.id}`,
        );
      }
    }

    this.resource = new Lb(this, 'load-balancer', {
      name: props.name,
      loadBalancerType: 'application',
      internal: this.scheme === 'internal',
      subnets: props.vpc.subnetIds(subnetTier),
      securityGroups: [this.securityGroup.securityGroupId],
      ipAddressType: 'ipv4',
      enableDeletionProtection: props.deletionProtection ?? true,
      dropInvalidHeaderFields: props.dropInvalidHeaderFields ?? true,
      desyncMitigationMode: 'defensive',
      enableHttp2: true,
      idleTimeout,
      accessLogs: props.accessLogs
        ? { enabled: true, bucket: props.accessLogs.bucket.bucketName, prefix: props.accessLogs.prefix }
        : undefined,
      tags: { Name: props.name ?? id },
    });
    this.loadBalancerArn = this.resource.arn;
    this.arnSuffix = this.resource.arnSuffix;
    this.dnsName = this.resource.dnsName;
    this.zoneId = this.resource.zoneId;
    this.vpcId = props.vpc.vpcId;

    this.defaultTargetGroup = new AlbTargetGroup(this, 'default-target', this, props.defaultTarget);
    this.httpsListener = new LbListener(this, 'https', {
      loadBalancerArn: this.loadBalancerArn,
      port: 443,
      protocol: 'HTTPS',
      sslPolicy,
      certificateArn: props.certificateArn,
      defaultAction: [{ type: 'forward', targetGroupArn: this.defaultTargetGroup.targetGroupArn }],
    });
    this.defaultTargetGroup.addRoute(this.httpsListener);
    this.httpsListenerArn = this.httpsListener.arn;

    if (redirectHttp) {
      new LbListener(this, 'http-redirect', {
        loadBalancerArn: this.loadBalancerArn,
        port: 80,
        protocol: 'HTTP',
        defaultAction: [
          { type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' } },
        ],
      });
    }
  }

  /**
   * Routes HTTPS requests that match path patterns or host headers to a new target group, with a listener rule
   * at the given priority.
   */
  addTargetGroup(id: string, props: AlbRouteProps): AlbTargetGroup {
    const path = `${this.node.path}/${id}`;
    if (isLiteral(props.priority))
      requireWholeNumber(path, 'priority', props.priority, { min: 1, max: 50000 });
    if (isLiteral(props.priority) && this.priorities.has(props.priority)) {
      throw invalid(path, `priority ${props.priority} is already used by another rule of this load balancer`);
    }
    const paths = props.pathPatterns ?? [];
    const hosts = props.hostHeaders ?? [];
    if (paths.length === 0 && hosts.length === 0) {
      throw invalid(
        path,
        'give pathPatterns or hostHeaders (or both), got neither: a rule needs a condition',
      );
    }
    this.priorities.add(props.priority);
    const group = new AlbTargetGroup(this, id, this, props);
    const rule = new LbListenerRule(this, `${id}-rule`, {
      listenerArn: this.httpsListenerArn,
      priority: props.priority,
      action: [{ type: 'forward', targetGroupArn: group.targetGroupArn }],
      condition: [
        ...(paths.length > 0 ? [{ pathPattern: { values: [...paths] } }] : []),
        ...(hosts.length > 0 ? [{ hostHeader: { values: [...hosts] } }] : []),
      ],
    });
    group.addRoute(rule);
    return group;
  }

  private checkAccessLogs(path: string, props: ApplicationLoadBalancerProps): void {
    if (props.accessLogs === undefined) {
      if (!props.disableAccessLogs) {
        throw invalid(
          path,
          'accessLogs is required: give accessLogs.bucket, or set disableAccessLogs: true to run without them',
        );
      }
      return;
    }
    if (props.disableAccessLogs) {
      throw invalid(path, 'accessLogs and disableAccessLogs: true contradict each other; give one of them');
    }
    const { bucket, prefix } = props.accessLogs;
    const bucketName = bucket.bucketName;
    if (isLiteral(bucketName) && (!BUCKET_NAME.test(bucketName) || bucketName.includes('..'))) {
      throw invalid(
        path,
        `accessLogs.bucket.bucketName must be an S3 bucket name (3-63 of a-z 0-9 . -), got "${bucketName}"`,
      );
    }
    if (prefix !== undefined && isLiteral(prefix) && (/^\/|\/$/.test(prefix) || /AWSLogs/.test(prefix))) {
      throw invalid(
        path,
        `accessLogs.prefix must not start or end with "/" nor contain "AWSLogs" (ELB adds it), got "${prefix}"`,
      );
    }
  }
}
