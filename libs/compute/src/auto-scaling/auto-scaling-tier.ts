import { Construct } from 'constructs';
import { AutoscalingGroup } from '@cdktf/provider-aws/lib/autoscaling-group';
import { AutoscalingPolicy } from '@cdktf/provider-aws/lib/autoscaling-policy';
import { ISecurityGroup, IVpc, Peer, Port, SubnetTier } from '@groundwork/network';
import { AlbTargetGroup } from '../load-balancer/alb-target-group';
import { LaunchTemplate } from '../instance/launch-template';
import { requireWholeNumber } from '@groundwork/core';
import { invalid, isLiteral } from '../internal/validation';

export interface AutoScalingTierProps {
  readonly vpc: IVpc;
  /** The VPC tier whose subnets (one per availability zone) the group spans. @default 'private' */
  readonly subnetTier?: SubnetTier;
  readonly launchTemplate: LaunchTemplate;
  /**
   * Fewest instances. Capacities that are tokens are not checked at synth time.
   * @default 2, so that one availability zone can fail
   */
  readonly minCapacity?: number;
  /** Most instances. @default three times minCapacity (at least 1) */
  readonly maxCapacity?: number;
  /**
   * Instances at creation. Terraform ignores later changes (the scaling policies own it), so this only sets the
   * starting point.
   * @default minCapacity
   */
  readonly desiredCapacity?: number;
  /**
   * Target group to register the instances in. The instances then use ELB health checks, scale on request count
   * as well as CPU, and their first security group admits the load balancer on the target and health-check ports.
   * @default not behind a load balancer (EC2 health checks, CPU scaling only)
   */
  readonly targetGroup?: AlbTargetGroup;
  /** Seconds after launch before health checks count (0-7200). @default 300 */
  readonly healthCheckGracePeriodSeconds?: number;
  /** Seconds a new instance needs before its metrics count for scaling and refreshes (0-3600). @default 300 */
  readonly instanceWarmupSeconds?: number;
  /** Average CPU utilisation the group keeps (1-100). @default 50 */
  readonly cpuTargetPercent?: number;
  /** Requests per instance per minute the group keeps when behind a load balancer. @default 1000 */
  readonly requestsPerTarget?: number;
  /** Share of capacity that stays in service while an instance refresh replaces instances (0-100). @default 90 */
  readonly refreshMinHealthyPercent?: number;
  /** Prefix of the group name and its Name tag. @default the construct id */
  readonly name?: string;
}

/** Group metrics sent to CloudWatch each minute; AWS does not charge for them. */
const GROUP_METRICS = [
  'GroupMinSize',
  'GroupMaxSize',
  'GroupDesiredCapacity',
  'GroupInServiceInstances',
  'GroupPendingInstances',
  'GroupStandbyInstances',
  'GroupTerminatingInstances',
  'GroupTotalInstances',
];

/**
 * An auto scaling group over one VPC tier, launched from a `LaunchTemplate`: capacity checked min ≤ desired ≤ max,
 * target tracking on CPU (and on ALB requests per target behind a load balancer), a rolling instance refresh
 * whenever the launch template changes, and `desired_capacity` left to the scaling policies.
 */
export class AutoScalingTier extends Construct {
  readonly autoScalingGroupName: string;
  readonly autoScalingGroupArn: string;
  /** The instances' primary security group (the launch template's first). */
  readonly securityGroup: ISecurityGroup;
  readonly minCapacity: number;
  readonly maxCapacity: number;
  readonly desiredCapacity: number;
  readonly cpuScalingPolicy: AutoscalingPolicy;
  /** Present when the group is behind a load balancer. */
  readonly requestCountScalingPolicy?: AutoscalingPolicy;
  /** The `aws_autoscaling_group` resource. */
  readonly resource: AutoscalingGroup;

  constructor(scope: Construct, id: string, props: AutoScalingTierProps) {
    super(scope, id);
    const path = this.node.path;
    const subnetTier = props.subnetTier ?? 'private';
    if (!props.vpc.hasTier(subnetTier)) {
      throw invalid(path, `subnetTier is "${subnetTier}", but the VPC has no ${subnetTier} subnets`);
    }
    this.minCapacity = props.minCapacity ?? 2;
    if (isLiteral(this.minCapacity))
      requireWholeNumber(path, 'minCapacity', this.minCapacity, { min: 0, max: 10000 });
    if (props.maxCapacity === undefined && !isLiteral(this.minCapacity)) {
      throw invalid(
        path,
        'minCapacity is a token, so maxCapacity cannot be derived from it: give maxCapacity',
      );
    }
    this.maxCapacity = props.maxCapacity ?? Math.max(this.minCapacity * 3, 1);
    if (isLiteral(this.maxCapacity))
      requireWholeNumber(path, 'maxCapacity', this.maxCapacity, { min: 1, max: 10000 });
    this.desiredCapacity = props.desiredCapacity ?? this.minCapacity;
    if (isLiteral(this.desiredCapacity))
      requireWholeNumber(path, 'desiredCapacity', this.desiredCapacity, { min: 0, max: 10000 });
    checkCapacityOrder(path, this.minCapacity, this.desiredCapacity, this.maxCapacity);
    const grace = props.healthCheckGracePeriodSeconds ?? 300;
    if (isLiteral(grace))
      requireWholeNumber(path, 'healthCheckGracePeriodSeconds', grace, { min: 0, max: 7200 });
    const warmup = props.instanceWarmupSeconds ?? 300;
    if (isLiteral(warmup)) requireWholeNumber(path, 'instanceWarmupSeconds', warmup, { min: 0, max: 3600 });
    const cpuTarget = props.cpuTargetPercent ?? 50;
    if (isLiteral(cpuTarget)) requireWholeNumber(path, 'cpuTargetPercent', cpuTarget, { min: 1, max: 100 });
    const requestsPerTarget = props.requestsPerTarget ?? 1000;
    if (isLiteral(requestsPerTarget))
      requireWholeNumber(path, 'requestsPerTarget', requestsPerTarget, { min: 1, max: 1_000_000 });
    if (props.requestsPerTarget !== undefined && !props.targetGroup) {
      throw invalid(
        path,
        'requestsPerTarget scales on load balancer requests: give targetGroup too, or drop it',
      );
    }
    const minHealthy = props.refreshMinHealthyPercent ?? 90;
    if (isLiteral(minHealthy))
      requireWholeNumber(path, 'refreshMinHealthyPercent', minHealthy, { min: 0, max: 100 });
    const name = props.name ?? id;

    this.securityGroup = props.launchTemplate.securityGroups[0];
    const group = props.targetGroup;
    if (group) this.admitLoadBalancer(group);

    this.resource = new AutoscalingGroup(this, 'group', {
      namePrefix: `${name}-`,
      vpcZoneIdentifier: props.vpc.subnetIds(subnetTier),
      minSize: this.minCapacity,
      maxSize: this.maxCapacity,
      desiredCapacity: this.desiredCapacity,
      launchTemplate: {
        id: props.launchTemplate.launchTemplateId,
        version: props.launchTemplate.latestVersionString,
      },
      targetGroupArns: group ? [group.targetGroupArn] : undefined,
      healthCheckType: group ? 'ELB' : 'EC2',
      healthCheckGracePeriod: grace,
      defaultInstanceWarmup: warmup,
      instanceRefresh: {
        strategy: 'Rolling',
        preferences: { minHealthyPercentage: minHealthy, skipMatching: true },
      },
      enabledMetrics: GROUP_METRICS,
      metricsGranularity: '1Minute',
      tag: [{ key: 'Name', value: name, propagateAtLaunch: false }],
      // Scaling policies move desired capacity; Terraform must not set it back on the next apply.
      lifecycle: { ignoreChanges: ['desired_capacity'] },
    });
    this.autoScalingGroupName = this.resource.name;
    this.autoScalingGroupArn = this.resource.arn;

    this.cpuScalingPolicy = new AutoscalingPolicy(this, 'cpu-target', {
      name: `${name}-cpu`,
      autoscalingGroupName: this.autoScalingGroupName,
      policyType: 'TargetTrackingScaling',
      targetTrackingConfiguration: {
        targetValue: cpuTarget,
        predefinedMetricSpecification: { predefinedMetricType: 'ASGAverageCPUUtilization' },
      },
    });
    if (group) {
      this.requestCountScalingPolicy = new AutoscalingPolicy(this, 'request-count-target', {
        name: `${name}-requests-per-target`,
        autoscalingGroupName: this.autoScalingGroupName,
        policyType: 'TargetTrackingScaling',
        targetTrackingConfiguration: {
          targetValue: requestsPerTarget,
          predefinedMetricSpecification: {
            predefinedMetricType: 'ALBRequestCountPerTarget',
            resourceLabel: `${group.loadBalancer.arnSuffix}/${group.arnSuffix}`,
          },
        },
        // AWS rejects the resource label until a listener routes to the target group.
        dependsOn: [...group.routedBy],
      });
    }
  }

  // The load balancer may send only to these instances, and they admit only the load balancer.
  private admitLoadBalancer(group: AlbTargetGroup): void {
    const lbGroup = group.loadBalancer.securityGroup;
    const ports = [...new Set([group.port, group.healthCheckPort])];
    for (const port of ports) {
      this.securityGroup.addIngressRule(
        Peer.securityGroup(lbGroup),
        Port.tcp(port),
        `Load balancer to ${port}`,
      );
      lbGroup.addEgressRule(Peer.securityGroup(this.securityGroup), Port.tcp(port), `To targets on ${port}`);
    }
  }
}

function checkCapacityOrder(path: string, min: number, desired: number, max: number): void {
  if (isLiteral(min) && isLiteral(max) && min > max) {
    throw invalid(path, `minCapacity (${min}) must not exceed maxCapacity (${max})`);
  }
  if (isLiteral(min) && isLiteral(desired) && isLiteral(max) && (desired < min || desired > max)) {
    throw invalid(
      path,
      `desiredCapacity must be between minCapacity (${min}) and maxCapacity (${max}), got ${desired}`,
    );
  }
}
