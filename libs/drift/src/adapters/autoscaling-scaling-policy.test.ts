import { configItem, engineFor } from '../fixtures/harness';
import { pathsMissingFromInventory } from '../fixtures/property-inventory';

const arn =
  'arn:aws:autoscaling:eu-west-1:111122223333:scalingPolicy:1b2c3d4e-5f60-4718-9a0b-c1d2e3f40516:autoScalingGroupName/web:policyName/web-requests';
// A target-tracking policy as Config records it (SDK-v1 names; the target value a float).
const policy = {
  autoScalingGroupName: 'web',
  policyName: 'web-requests',
  policyARN: arn,
  policyType: 'TargetTrackingScaling',
  stepAdjustments: [],
  alarms: [
    {
      alarmName: 'TargetTracking-web-AlarmHigh-6a1c',
      alarmARN: 'arn:aws:cloudwatch:eu-west-1:111122223333:alarm:TargetTracking-web-AlarmHigh-6a1c',
    },
  ],
  targetTrackingConfiguration: {
    predefinedMetricSpecification: {
      predefinedMetricType: 'ALBRequestCountPerTarget',
      resourceLabel: 'app/web/50dc6c495c0c9188/targetgroup/web/943f017f100becff',
    },
    targetValue: 1000.0,
    disableScaleIn: false,
  },
  enabled: true,
};
const item = (c: Record<string, unknown>) => configItem('AWS::AutoScaling::ScalingPolicy', arn, c);

describe('AWS::AutoScaling::ScalingPolicy adapter', () => {
  const engine = engineFor({
    app: {
      resources: {
        aws_autoscaling_policy: {
          requests: {
            name: 'web-requests',
            autoscaling_group_name: '${aws_autoscaling_group.web.name}',
            policy_type: 'TargetTrackingScaling',
            target_tracking_configuration: {
              predefined_metric_specification: {
                predefined_metric_type: 'ALBRequestCountPerTarget',
                resource_label: 'app/web/50dc6c495c0c9188/targetgroup/web/943f017f100becff',
              },
              target_value: 1000,
            },
          },
          steps: {
            name: 'web-steps',
            autoscaling_group_name: 'web',
            adjustment_type: 'ChangeInCapacity',
            policy_type: 'StepScaling',
            step_adjustment: [
              { scaling_adjustment: 1, metric_interval_lower_bound: '0', metric_interval_upper_bound: '20' },
              { scaling_adjustment: 2, metric_interval_lower_bound: '20' },
            ],
          },
        },
      },
      state: {
        'aws_autoscaling_policy.requests': {
          id: 'web-requests',
          name: 'web-requests',
          arn,
          autoscaling_group_name: 'web',
        },
        'aws_autoscaling_group.web': { id: 'web', name: 'web' },
      },
    },
  });

  it('builds on an item that uses the field inventory’s names', () => {
    expect(pathsMissingFromInventory('AWS::AutoScaling::ScalingPolicy', policy)).toEqual([]);
  });

  it('is IN_SYNC: a float target equals the IaC’s integer, the policy is enabled by default', () => {
    expect(engine.checkItem(item(policy))).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_autoscaling_policy.requests',
    });
  });

  it('reports the target raised and scale-in disabled', () => {
    const changed = {
      ...policy,
      targetTrackingConfiguration: {
        ...policy.targetTrackingConfiguration,
        targetValue: 5000.0,
        disableScaleIn: true,
      },
    };
    expect(engine.checkItem(item(changed)).differences.map((d) => d.path)).toEqual([
      'target_tracking_configuration.target_value',
      'target_tracking_configuration.disable_scale_in',
    ]);
  });

  it('finds a policy by group and name without its ARN, and compares step bounds kept as strings with floats', () => {
    const steps = {
      autoScalingGroupName: 'web',
      policyName: 'web-steps',
      policyType: 'StepScaling',
      adjustmentType: 'ChangeInCapacity',
      enabled: true,
      stepAdjustments: [
        { metricIntervalLowerBound: 20.0, scalingAdjustment: 2 },
        { metricIntervalLowerBound: 0.0, metricIntervalUpperBound: 20.0, scalingAdjustment: 1 },
      ],
    };
    expect(engine.checkItem(configItem('AWS::AutoScaling::ScalingPolicy', 'p-2', steps))).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_autoscaling_policy.steps',
    });
    const doubled = {
      ...steps,
      stepAdjustments: [{ ...steps.stepAdjustments[0], scalingAdjustment: 4 }, steps.stepAdjustments[1]],
    };
    expect(
      engine
        .checkItem(configItem('AWS::AutoScaling::ScalingPolicy', 'p-2', doubled))
        .differences.map((d) => [d.path, d.type]),
    ).toEqual([
      ['step_adjustment', 'REMOVE'],
      ['step_adjustment', 'ADD'],
    ]);
  });
});
