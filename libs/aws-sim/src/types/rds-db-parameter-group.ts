// AWS::RDS::DBParameterGroup (not recorded here).
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const rdsDbParameterGroup: SimulatedType = {
  awsType: 'AWS::RDS::DBParameterGroup',
  terraformTypes: {
    aws_db_parameter_group: {
      taggable: true,
      generatedName: {},
      computed: (v, ctx) => ({ id: v.name, arn: arn(ctx, 'rds', `pg:${v.name}`) }),
    },
  },
};
