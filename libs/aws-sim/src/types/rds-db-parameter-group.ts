// AWS::RDS::DBParameterGroup: AWS Config does not record it; Cloud Control reads it (GetResource: the parameters
// set on the group, by name; a ListResources lists names only).
import { tagsOf } from '../config/config-item';
import { cloudFormationTags } from '../live/cloud-control-resource';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const rdsDbParameterGroup: SimulatedType = {
  awsType: 'AWS::RDS::DBParameterGroup',
  terraformTypes: {
    aws_db_parameter_group: {
      taggable: true,
      generatedName: {},
      computed: (v, ctx) => ({ id: v.name, arn: arn(ctx, 'rds', `pg:${v.name}`) }),
      cloudControl: ({ attrs: a }, _lookup, ctx) => {
        const parameters = (a.parameter as { name: string; value: string }[] | undefined) ?? [];
        return {
          typeName: 'AWS::RDS::DBParameterGroup',
          identifier: String(a.name),
          region: ctx.region,
          properties: {
            DBParameterGroupName: a.name,
            Description: a.description ?? 'Managed by Terraform',
            Family: a.family,
            Parameters: Object.fromEntries(parameters.map((p) => [p.name, String(p.value)])),
            Tags: cloudFormationTags(tagsOf(a)),
          },
          listed: { DBParameterGroupName: a.name },
        };
      },
    },
  },
};
