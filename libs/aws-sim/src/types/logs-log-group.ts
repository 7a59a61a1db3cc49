// AWS::Logs::LogGroup: AWS Config does not record it; Cloud Control reads it (GetResource and ListResources return
// the same model: DescribeLogGroups and the group's tags).
import { tagsOf } from '../config/config-item';
import { cloudFormationTags, setProperties } from '../live/cloud-control-resource';
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
      cloudControl: ({ attrs: a }, _lookup, ctx) => {
        const properties = setProperties({
          LogGroupName: a.name,
          // DescribeLogGroups' ARN, which ends in `:*`.
          Arn: `${String(a.arn)}:*`,
          RetentionInDays: Number(a.retention_in_days ?? 0) || undefined,
          KmsKeyId: a.kms_key_id,
          LogGroupClass: a.log_group_class,
          Tags: cloudFormationTags(tagsOf(a)),
        });
        return {
          typeName: 'AWS::Logs::LogGroup',
          identifier: String(a.name),
          region: ctx.region,
          properties,
          listed: properties,
        };
      },
    },
  },
};
