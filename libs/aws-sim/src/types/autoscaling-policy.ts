// AWS::AutoScaling::ScalingPolicy (not recorded here).
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

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
        enabled: true,
        metric_aggregation_type: v.policy_type === 'TargetTrackingScaling' ? '' : 'Average',
      }),
    },
  },
};
