import { TerraformStack, TerraformVariable } from 'cdktf';
import { SecurityGroup, Vpc } from '@groundwork/network';
import fc from 'fast-check';
import { SynthesizedStack, synthConstruct, testApp } from '@groundwork/testing';
import { ApplicationLoadBalancer } from '../load-balancer/application-load-balancer';
import { AutoScalingTier, AutoScalingTierProps } from './auto-scaling-tier';
import { LaunchTemplate } from '../instance/launch-template';

const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

interface Fixture {
  readonly vpc: Vpc;
  readonly launchTemplate: LaunchTemplate;
  readonly group: SecurityGroup;
}

function fixture(stack: TerraformStack, tiers?: { public?: object; private?: object }): Fixture {
  const vpc = new Vpc(stack, 'vpc', { azCount: 2, natMode: 'single', tiers });
  const group = new SecurityGroup(stack, 'instances', { vpc, description: 'Instances' });
  const launchTemplate = new LaunchTemplate(stack, 'template', {
    instanceType: 't3.small',
    securityGroups: [group],
    instanceRole: { roleName: 'instances' },
  });
  return { vpc, launchTemplate, group };
}

function synth(props: Partial<AutoScalingTierProps> = {}, behindLoadBalancer = false): SynthesizedStack {
  return synthConstruct((stack) => {
    const { vpc, launchTemplate } = fixture(stack);
    const alb = behindLoadBalancer
      ? new ApplicationLoadBalancer(stack, 'alb', {
          vpc,
          certificateArn: CERTIFICATE,
          disableAccessLogs: true,
          defaultTarget: { port: 8080, healthCheck: { port: 8081 } },
        })
      : undefined;
    new AutoScalingTier(stack, 'web', {
      vpc,
      launchTemplate,
      targetGroup: alb?.defaultTargetGroup,
      ...props,
    });
  });
}

describe('AutoScalingTier on its own', () => {
  const stack = synth();
  const asg = stack.resource('aws_autoscaling_group').values;

  it('spans the private subnet of every zone', () => {
    const privateSubnets = stack
      .resources('aws_subnet')
      .filter((s) => s.name.includes('private'))
      .map((s) => SynthesizedStack.ref(s, 'id'));
    expect(privateSubnets).toHaveLength(2);
    expect(asg.vpc_zone_identifier).toEqual(privateSubnets);
  });

  it('runs 2 to 6 instances, starting at 2', () => {
    expect(asg).toMatchObject({ min_size: 2, max_size: 6, desired_capacity: 2 });
  });

  it('leaves desired capacity to scaling', () => {
    expect(asg.lifecycle).toEqual({ ignore_changes: ['desired_capacity'] });
  });

  it('follows the latest launch template version and refreshes instances when it changes', () => {
    const template = stack.resource('aws_launch_template');
    expect(asg.launch_template).toEqual({
      id: SynthesizedStack.ref(template, 'id'),
      version: SynthesizedStack.ref(template, 'latest_version'),
    });
    expect(asg.instance_refresh).toEqual({
      strategy: 'Rolling',
      preferences: { min_healthy_percentage: 90, skip_matching: true },
    });
  });

  it('uses EC2 health checks and scales on CPU only when no load balancer is in front', () => {
    expect(asg).toMatchObject({ health_check_type: 'EC2', health_check_grace_period: 300 });
    expect(asg).not.toHaveProperty('target_group_arns');
    const policy = stack.resource('aws_autoscaling_policy').values;
    expect(policy).toMatchObject({
      policy_type: 'TargetTrackingScaling',
      target_tracking_configuration: {
        target_value: 50,
        predefined_metric_specification: { predefined_metric_type: 'ASGAverageCPUUtilization' },
      },
    });
  });

  it('warms instances up for 300 s and publishes the eight group metrics each minute', () => {
    expect(asg).toMatchObject({ default_instance_warmup: 300, metrics_granularity: '1Minute' });
    expect([...(asg.enabled_metrics as string[])].sort()).toEqual([
      'GroupDesiredCapacity',
      'GroupInServiceInstances',
      'GroupMaxSize',
      'GroupMinSize',
      'GroupPendingInstances',
      'GroupStandbyInstances',
      'GroupTerminatingInstances',
      'GroupTotalInstances',
    ]);
  });

  it('takes warmup, refresh share, CPU target, capacities and subnet tier from props', () => {
    const tuned = synth({
      instanceWarmupSeconds: 60,
      refreshMinHealthyPercent: 50,
      cpuTargetPercent: 70,
      minCapacity: 1,
      maxCapacity: 5,
      desiredCapacity: 3,
      subnetTier: 'public',
    });
    const group = tuned.resource('aws_autoscaling_group').values;
    expect(group).toMatchObject({
      default_instance_warmup: 60,
      min_size: 1,
      max_size: 5,
      desired_capacity: 3,
    });
    expect(group.instance_refresh).toMatchObject({ preferences: { min_healthy_percentage: 50 } });
    expect(group.vpc_zone_identifier).toEqual(
      tuned
        .resources('aws_subnet')
        .filter((s) => s.name.includes('public'))
        .map((s) => SynthesizedStack.ref(s, 'id')),
    );
    expect(tuned.resource('aws_autoscaling_policy').values.target_tracking_configuration).toMatchObject({
      target_value: 70,
    });
  });

  it('adds no rule to the instances group', () => {
    expect(stack.resources('aws_vpc_security_group_ingress_rule')).toEqual([]);
  });
});

describe('AutoScalingTier behind a load balancer', () => {
  const stack = synth({ healthCheckGracePeriodSeconds: 120, requestsPerTarget: 300 }, true);
  const asg = stack.resource('aws_autoscaling_group').values;
  const targetGroup = stack.resource('aws_lb_target_group');

  it('registers in the target group with ELB health checks and the grace period', () => {
    expect(asg.target_group_arns).toEqual([SynthesizedStack.ref(targetGroup, 'arn')]);
    expect(asg).toMatchObject({ health_check_type: 'ELB', health_check_grace_period: 120 });
  });

  it('also tracks ALB requests per target, labelled with the load balancer and target group, after the listener', () => {
    const policy = stack.resource('aws_autoscaling_policy', 'request-count').values;
    const lb = stack.resource('aws_lb');
    expect(policy.target_tracking_configuration).toEqual({
      target_value: 300,
      predefined_metric_specification: {
        predefined_metric_type: 'ALBRequestCountPerTarget',
        resource_label: `${SynthesizedStack.ref(lb, 'arn_suffix')}/${SynthesizedStack.ref(targetGroup, 'arn_suffix')}`,
      },
    });
    expect(policy.depends_on).toEqual([stack.resource('aws_lb_listener', 'https').address]);
    expect(
      stack.resource('aws_autoscaling_policy', 'cpu').values.target_tracking_configuration,
    ).toMatchObject({
      predefined_metric_specification: { predefined_metric_type: 'ASGAverageCPUUtilization' },
    });
  });

  it('admits the load balancer group on the traffic and health-check ports, and the balancer sends only there', () => {
    const lbGroup = SynthesizedStack.ref(stack.resource('aws_security_group', 'alb'), 'id');
    const instances = SynthesizedStack.ref(stack.resource('aws_security_group', 'instances'), 'id');
    const ingress = stack
      .resources('aws_vpc_security_group_ingress_rule')
      .filter((r) => r.values.security_group_id === instances)
      .map((r) => [r.values.referenced_security_group_id, r.values.from_port, r.values.cidr_ipv4]);
    expect(ingress).toEqual([
      [lbGroup, 8080, undefined],
      [lbGroup, 8081, undefined],
    ]);
    const egress = stack
      .resources('aws_vpc_security_group_egress_rule')
      .filter((r) => r.values.security_group_id === lbGroup)
      .map((r) => [r.values.referenced_security_group_id, r.values.from_port]);
    expect(egress).toEqual([
      [instances, 8080],
      [instances, 8081],
    ]);
  });
});

describe('AutoScalingTier validation', () => {
  const fails = (props: Partial<AutoScalingTierProps>) => () => synth(props);

  it('fails when min exceeds max', () => {
    expect(fails({ minCapacity: 5, maxCapacity: 3 })).toThrow(
      'test/web: minCapacity (5) must not exceed maxCapacity (3)',
    );
  });

  it.each([
    [1, { minCapacity: 2, maxCapacity: 4 }],
    [5, { minCapacity: 2, maxCapacity: 4 }],
  ])('fails when desired capacity %s lies outside min and max', (desiredCapacity, range) => {
    expect(fails({ desiredCapacity, ...range })).toThrow(
      `desiredCapacity must be between minCapacity (2) and maxCapacity (4), got ${desiredCapacity}`,
    );
  });

  it('fails when a capacity is negative or fractional', () => {
    expect(fails({ minCapacity: -1 })).toThrow('minCapacity must be a whole number from 0 to 10000, got -1');
    expect(fails({ maxCapacity: 2.5 })).toThrow(
      'maxCapacity must be a whole number from 1 to 10000, got 2.5',
    );
  });

  it('fails when the grace period is over 2 hours', () => {
    expect(fails({ healthCheckGracePeriodSeconds: 7201 })).toThrow(
      'healthCheckGracePeriodSeconds must be a whole number from 0 to 7200, got 7201',
    );
  });

  it('fails when the CPU target is not a percentage', () => {
    expect(fails({ cpuTargetPercent: 0 })).toThrow(
      'cpuTargetPercent must be a whole number from 1 to 100, got 0',
    );
  });

  it.each([
    ['instanceWarmupSeconds', 3601, 'a whole number from 0 to 3600'],
    ['refreshMinHealthyPercent', 101, 'a whole number from 0 to 100'],
    ['requestsPerTarget', 0, 'a whole number from 1 to 1000000'],
  ] as const)('fails when %s is %s', (field, value, range) => {
    expect(() => synth({ [field]: value }, true)).toThrow(
      `test/web: ${field} must be ${range}, got ${value}`,
    );
  });

  const withTokenMin = (props: Partial<AutoScalingTierProps>) =>
    synthConstruct((stack) => {
      const { vpc, launchTemplate } = fixture(stack);
      const min = new TerraformVariable(stack, 'min', { type: 'number' });
      new AutoScalingTier(stack, 'web', { vpc, launchTemplate, minCapacity: min.numberValue, ...props });
    });

  it('fails when minCapacity is a token and maxCapacity is not given', () => {
    expect(() => withTokenMin({})).toThrow(
      'test/web: minCapacity is a token, so maxCapacity cannot be derived from it: give maxCapacity',
    );
  });

  it('leaves token capacities to apply time when maxCapacity is given', () => {
    const group = withTokenMin({ maxCapacity: 4 }).resource('aws_autoscaling_group');
    expect(group.values).toMatchObject({
      max_size: 4,
      min_size: '${var.min}',
      desired_capacity: '${var.min}',
    });
  });

  it('fails when requestsPerTarget is given without a target group', () => {
    expect(fails({ requestsPerTarget: 100 })).toThrow(
      'requestsPerTarget scales on load balancer requests: give targetGroup too, or drop it',
    );
  });

  it('fails when the VPC lacks the subnet tier', () => {
    expect(() =>
      synthConstruct((stack) => {
        const { vpc, launchTemplate } = fixture(stack, { public: {}, private: {} });
        new AutoScalingTier(stack, 'web', { vpc, launchTemplate, subnetTier: 'isolated' });
      }),
    ).toThrow('test/web: subnetTier is "isolated", but the VPC has no isolated subnets');
  });
});

describe('AutoScalingTier capacity property', () => {
  it('accepts exactly the capacities with min ≤ desired ≤ max', () => {
    const stack = new TerraformStack(testApp(), 'capacities');
    const { vpc, launchTemplate } = fixture(stack);
    let n = 0;
    fc.assert(
      fc.property(fc.nat(12), fc.nat(12), fc.integer({ min: 1, max: 12 }), (min, desired, max) => {
        const build = () =>
          new AutoScalingTier(stack, `tier-${n++}`, {
            vpc,
            launchTemplate,
            minCapacity: min,
            desiredCapacity: desired,
            maxCapacity: max,
          });
        if (min <= desired && desired <= max) expect(build).not.toThrow();
        else expect(build).toThrow(/must not exceed maxCapacity|desiredCapacity must be between/);
      }),
      { numRuns: 200 },
    );
  });
});
