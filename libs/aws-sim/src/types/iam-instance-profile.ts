// AWS::IAM::InstanceProfile. Config records profiles inside their role's item (iam-role).
import { CREATE_DATE } from './helpers';
import type { SimulatedType } from './simulated-type';

export const iamInstanceProfile: SimulatedType = {
  awsType: 'AWS::IAM::InstanceProfile',
  terraformTypes: {
    aws_iam_instance_profile: {
      taggable: true,
      generatedName: {},
      computed: (v, ctx) => ({
        id: v.name,
        arn: `arn:aws:iam::${ctx.account}:instance-profile${v.path ?? '/'}${v.name}`,
        unique_id: `AIPA${ctx.ids.upper(17)}`,
        path: v.path ?? '/',
        create_date: CREATE_DATE,
      }),
    },
  },
};
