import { Construct } from 'constructs';
import { ITerraformDependable, Token } from 'cdktf';
import { LbTargetGroup } from '@cdktf/provider-aws/lib/lb-target-group';
import type { SecurityGroup } from '@groundwork/network';
import { requireWholeNumber } from '@groundwork/core';
import { invalid, isLiteral } from '../internal/validation';

function portString(port: number): string {
  return Token.isUnresolved(port) ? Token.asString(port) : String(port);
}

/** How the load balancer decides a target is healthy. */
export interface AlbHealthCheck {
  /** Request path; must start with `/`. @default '/' */
  readonly path?: string;
  /** Port probed on the target. @default the traffic port */
  readonly port?: number;
  /** HTTP codes that mean healthy, e.g. '200' or '200-299'. @default '200' */
  readonly healthyHttpCodes?: string;
  /** Seconds between probes (5-300). @default 15 */
  readonly intervalSeconds?: number;
  /** Seconds before a probe fails (2-120, less than the interval). @default 5 */
  readonly timeoutSeconds?: number;
  /** Passing probes before a target is healthy (2-10). @default 3 */
  readonly healthyThreshold?: number;
  /** Failing probes before a target is unhealthy (2-10). @default 3 */
  readonly unhealthyThreshold?: number;
}

export type TargetProtocol = 'HTTP' | 'HTTPS';

export interface AlbTargetGroupProps {
  /** Port the targets listen on (1-65535). @default 80 */
  readonly port?: number;
  /** Protocol from the load balancer to the targets. @default 'HTTP' */
  readonly protocol?: TargetProtocol;
  /** How the load balancer probes the targets. @default HTTP GET of '/' every 15 seconds, 200 healthy */
  readonly healthCheck?: AlbHealthCheck;
  /** Seconds a deregistering target keeps serving in-flight requests (0-3600). @default 30 */
  readonly deregistrationDelaySeconds?: number;
}

/** What a target group needs from its load balancer; `ApplicationLoadBalancer` provides it. */
export interface TargetGroupOwner {
  readonly vpcId: string;
  readonly arnSuffix: string;
  readonly securityGroup: SecurityGroup;
}

/**
 * An instance target group of an `ApplicationLoadBalancer`. Made by the load balancer (`defaultTargetGroup` or
 * `addTargetGroup`); an `AutoScalingTier` registers into it.
 */
export class AlbTargetGroup extends Construct {
  readonly targetGroupArn: string;
  /** `targetgroup/<name>/<id>`, the form CloudWatch dimensions and scaling resource labels use. */
  readonly arnSuffix: string;
  readonly port: number;
  /** Port of the health probes. */
  readonly healthCheckPort: number;
  readonly loadBalancer: TargetGroupOwner;
  /** The `aws_lb_target_group` resource. */
  readonly resource: LbTargetGroup;
  private readonly routes: ITerraformDependable[] = [];

  constructor(scope: Construct, id: string, owner: TargetGroupOwner, props: AlbTargetGroupProps = {}) {
    super(scope, id);
    const path = this.node.path;
    const port = props.port ?? 80;
    if (isLiteral(port)) requireWholeNumber(path, 'port', port, { min: 1, max: 65535 });
    const hc = props.healthCheck ?? {};
    const healthPath = hc.path ?? '/';
    if (isLiteral(healthPath) && !healthPath.startsWith('/')) {
      throw invalid(path, `healthCheck.path must start with "/", got "${healthPath}"`);
    }
    const interval = hc.intervalSeconds ?? 15;
    const timeout = hc.timeoutSeconds ?? 5;
    if (isLiteral(interval))
      requireWholeNumber(path, 'healthCheck.intervalSeconds', interval, { min: 5, max: 300 });
    if (isLiteral(timeout))
      requireWholeNumber(path, 'healthCheck.timeoutSeconds', timeout, { min: 2, max: 120 });
    if (isLiteral(interval) && isLiteral(timeout) && timeout >= interval) {
      throw invalid(
        path,
        `healthCheck.timeoutSeconds (${timeout}) must be less than healthCheck.intervalSeconds (${interval})`,
      );
    }
    const healthy = hc.healthyThreshold ?? 3;
    const unhealthy = hc.unhealthyThreshold ?? 3;
    if (isLiteral(healthy))
      requireWholeNumber(path, 'healthCheck.healthyThreshold', healthy, { min: 2, max: 10 });
    if (isLiteral(unhealthy))
      requireWholeNumber(path, 'healthCheck.unhealthyThreshold', unhealthy, { min: 2, max: 10 });
    const codes = hc.healthyHttpCodes ?? '200';
    if (isLiteral(codes) && !/^\d{3}(-\d{3})?(,\d{3}(-\d{3})?)*$/.test(codes)) {
      throw invalid(
        path,
        `healthCheck.healthyHttpCodes must look like "200", "200,302" or "200-299", got "${codes}"`,
      );
    }
    if (hc.port !== undefined && isLiteral(hc.port)) {
      requireWholeNumber(path, 'healthCheck.port', hc.port, { min: 1, max: 65535 });
    }
    const delay = props.deregistrationDelaySeconds ?? 30;
    if (isLiteral(delay))
      requireWholeNumber(path, 'deregistrationDelaySeconds', delay, { min: 0, max: 3600 });
    const protocol = props.protocol ?? 'HTTP';

    this.resource = new LbTargetGroup(this, 'group', {
      vpcId: owner.vpcId,
      targetType: 'instance',
      port,
      protocol,
      deregistrationDelay: String(delay),
      healthCheck: {
        enabled: true,
        protocol,
        path: healthPath,
        port: hc.port === undefined ? 'traffic-port' : portString(hc.port),
        matcher: codes,
        interval,
        timeout,
        healthyThreshold: healthy,
        unhealthyThreshold: unhealthy,
      },
      // A new group must exist before the listener moves to it, or the listener has nothing to forward to.
      lifecycle: { createBeforeDestroy: true },
      tags: { Name: id },
    });
    this.targetGroupArn = this.resource.arn;
    this.arnSuffix = this.resource.arnSuffix;
    this.port = port;
    this.healthCheckPort = hc.port ?? port;
    this.loadBalancer = owner;
  }

  /**
   * The listener or rule that routes to this group. Scaling on request count needs the group attached to the
   * load balancer first, so policies depend on these.
   */
  get routedBy(): readonly ITerraformDependable[] {
    return this.routes;
  }

  /** Records what routes traffic here; called by the load balancer. */
  addRoute(route: ITerraformDependable): void {
    this.routes.push(route);
  }
}
