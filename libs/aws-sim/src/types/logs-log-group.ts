// AWS::Logs::LogGroup (not recorded by Config).
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const logsLogGroup: SimulatedType = {
  awsType: 'AWS::Logs::LogGroup',
  terraformTypes: {
    aws_cloudwatch_log_group: {
      taggable: true,
      generatedName: {},
      computed: (v, ctx) => ({
        id: v.name,
        arn: arn(ctx, 'logs', `log-group:${v.name}`),
        log_group_class: 'STANDARD',
        skip_destroy: false,
        kms_key_id: v.kms_key_id ?? '',
      }),
    },
  },
};
