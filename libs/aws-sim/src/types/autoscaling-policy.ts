// AWS::AutoScaling::ScalingPolicy, as Config records it (SDK-v1 names; the target value a float). A target-tracking
// policy comes with the two CloudWatch alarms Auto Scaling creates and owns for it.
import type { AppliedResource, Attrs } from '../apply/applied-resource';
import { ConfigItem, configItem, CREATED_AT, RecorderContext } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

/** A block given once (a list of one in state) as Config writes it, or undefined. */
function one(v: unknown): Attrs | undefined {
  return (v as Attrs[] | undefined)?.[0];
}

/** The alarms Auto Scaling creates for a target-tracking policy, named after its group and the policy's id. */
function trackingAlarms(a: Attrs, ctx: RecorderContext): { alarmName: string; alarmARN: string }[] {
  const policyId = /scalingPolicy:([^:]+):/.exec(String(a.arn))?.[1];
  return ['AlarmHigh', 'AlarmLow'].map((kind) => {
    const name = `TargetTracking-${String(a.autoscaling_group_name)}-${kind}-${String(policyId)}`;
    return { alarmName: name, alarmARN: arn(ctx, 'cloudwatch', `alarm:${name}`) };
  });
}

/** The metric a predefined target-tracking type watches. */
const TRACKED_METRICS: Readonly<Record<string, { namespace: string; metricName: string }>> = {
  ASGAverageCPUUtilization: { namespace: 'AWS/EC2', metricName: 'CPUUtilization' },
  ASGAverageNetworkIn: { namespace: 'AWS/EC2', metricName: 'NetworkIn' },
  ASGAverageNetworkOut: { namespace: 'AWS/EC2', metricName: 'NetworkOut' },
  ALBRequestCountPerTarget: { namespace: 'AWS/ApplicationELB', metricName: 'RequestCountPerTarget' },
};

/** The target-tracking alarms, as Config records them: Auto Scaling's, not the IaC's. */
function trackingAlarmItems(applied: readonly AppliedResource[], ctx: RecorderContext): ConfigItem[] {
  return applied
    .filter((r) => r.type === 'aws_autoscaling_policy' && r.attrs.policy_type === 'TargetTrackingScaling')
    .flatMap(({ attrs: a }) => {
      const tt = one(a.target_tracking_configuration) as Attrs;
      const type = String(one(tt.predefined_metric_specification)?.predefined_metric_type);
      const metric = TRACKED_METRICS[type] ?? { namespace: 'AWS/EC2', metricName: 'CPUUtilization' };
      return trackingAlarms(a, ctx).map(({ alarmName, alarmARN }, i) =>
        configItem(ctx, {
          resourceType: 'AWS::CloudWatch::Alarm',
          resourceId: alarmName,
          resourceName: alarmName,
          arn: alarmARN,
          configuration: {
            alarmName,
            alarmArn: alarmARN,
            alarmDescription: `DO NOT EDIT OR DELETE. For TargetTrackingScaling policy ${String(a.arn)}.`,
            alarmConfigurationUpdatedTimestamp: CREATED_AT,
            actionsEnabled: true,
            okactions: [],
            alarmActions: [a.arn],
            insufficientDataActions: [],
            ...metric,
            statistic: 'Average',
            dimensions: [{ name: 'AutoScalingGroupName', value: a.autoscaling_group_name }],
            period: 60,
            evaluationPeriods: i === 0 ? 3 : 15,
            threshold: i === 0 ? Number(tt.target_value) : Number(tt.target_value) * 0.9,
            comparisonOperator: i === 0 ? 'GreaterThanThreshold' : 'LessThanThreshold',
          },
        }),
      );
    });
}

export const autoScalingPolicy: SimulatedType = {
  awsType: 'AWS::AutoScaling::ScalingPolicy',
  terraformTypes: {
    aws_autoscaling_policy: {
      computed: (v, ctx) => ({
        id: v.name,
        arn: arn(
          ctx,
          'autoscaling',
          `scalingPolicy:${ctx.ids.uuid()}:autoScalingGroupName/${v.autoscaling_group_name}:policyName/${v.name}`,
        ),
        enabled: v.enabled ?? true,
        policy_type: v.policy_type ?? 'SimpleScaling',
        metric_aggregation_type: v.policy_type === 'TargetTrackingScaling' ? '' : 'Average',
      }),
      record: ({ attrs: a }, _lookup, ctx) => {
        const tt = one(a.target_tracking_configuration);
        const predefined = one(tt?.predefined_metric_specification);
        return configItem(ctx, {
          resourceType: 'AWS::AutoScaling::ScalingPolicy',
          resourceId: String(a.arn),
          resourceName: String(a.name),
          arn: String(a.arn),
          configuration: {
            autoScalingGroupName: a.autoscaling_group_name,
            policyName: a.name,
            policyARN: a.arn,
            policyType: a.policy_type,
            ...(a.adjustment_type ? { adjustmentType: a.adjustment_type } : {}),
            ...(a.scaling_adjustment !== undefined ? { scalingAdjustment: a.scaling_adjustment } : {}),
            ...(a.cooldown !== undefined ? { cooldown: a.cooldown } : {}),
            ...(a.metric_aggregation_type ? { metricAggregationType: a.metric_aggregation_type } : {}),
            stepAdjustments: ((a.step_adjustment as Attrs[] | undefined) ?? []).map((s) => ({
              ...(s.metric_interval_lower_bound !== undefined
                ? { metricIntervalLowerBound: Number(s.metric_interval_lower_bound) }
                : {}),
              ...(s.metric_interval_upper_bound !== undefined
                ? { metricIntervalUpperBound: Number(s.metric_interval_upper_bound) }
                : {}),
              scalingAdjustment: s.scaling_adjustment,
            })),
            alarms: tt ? trackingAlarms(a, ctx) : [],
            ...(tt
              ? {
                  targetTrackingConfiguration: {
                    ...(predefined
                      ? {
                          predefinedMetricSpecification: {
                            predefinedMetricType: predefined.predefined_metric_type,
                            ...(predefined.resource_label
                              ? { resourceLabel: predefined.resource_label }
                              : {}),
                          },
                        }
                      : {}),
                    targetValue: Number(tt.target_value),
                    disableScaleIn: tt.disable_scale_in === true,
                  },
                }
              : {}),
            enabled: a.enabled,
          },
        });
      },
    },
  },
  noise: trackingAlarmItems,
};
