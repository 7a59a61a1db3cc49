// AWS::ElasticLoadBalancingV2::TargetGroup (not recorded here).
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const elbv2TargetGroup: SimulatedType = {
  awsType: 'AWS::ElasticLoadBalancingV2::TargetGroup',
  terraformTypes: {
    aws_lb_target_group: {
      taggable: true,
      generatedName: { defaultPrefix: 'tf-', maxLength: 32 },
      computed: (v, ctx) => {
        const tgArn = arn(ctx, 'elasticloadbalancing', `targetgroup/${v.name}/${ctx.ids.hex(16)}`);
        const suffix = tgArn.split(':').pop();
        return { id: tgArn, arn: tgArn, arn_suffix: suffix, target_type: v.target_type ?? 'instance' };
      },
    },
  },
};
