// AWS::EC2::FlowLog (not recorded here).
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const ec2FlowLog: SimulatedType = {
  awsType: 'AWS::EC2::FlowLog',
  terraformTypes: {
    aws_flow_log: {
      taggable: true,
      computed: (_v, ctx) => {
        const id = ctx.ids.ec2('fl');
        return {
          id,
          arn: arn(ctx, 'ec2', `vpc-flow-log/${id}`),
          log_format:
            '${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}',
        };
      },
    },
  },
};
