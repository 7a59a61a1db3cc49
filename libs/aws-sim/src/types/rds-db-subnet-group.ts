// AWS::RDS::DBSubnetGroup. Refresh reads its VPC from its first subnet.
import { configItem, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const rdsDbSubnetGroup: SimulatedType = {
  awsType: 'AWS::RDS::DBSubnetGroup',
  terraformTypes: {
    aws_db_subnet_group: {
      taggable: true,
      generatedName: {},
      computed: (v, ctx) => ({ id: v.name, arn: arn(ctx, 'rds', `subgrp:${v.name}`), vpc_id: '' }),
      refresh: ({ attrs: a }, lookup) => {
        const subnet = lookup('aws_subnet', (s) => s.id === (a.subnet_ids as string[])[0])[0];
        a.vpc_id = subnet?.attrs.vpc_id;
      },
      record: ({ attrs: a }, _lookup, ctx) => {
        const tags = tagsOf(a);
        return configItem(ctx, {
          resourceType: 'AWS::RDS::DBSubnetGroup',
          resourceId: String(a.name),
          resourceName: String(a.name),
          arn: String(a.arn),
          tags,
          configuration: {
            dBSubnetGroupName: a.name,
            dBSubnetGroupDescription: 'Managed by Terraform',
            vpcId: a.vpc_id,
            subnetGroupStatus: 'Complete',
            dBSubnetGroupArn: a.arn,
          },
        });
      },
    },
  },
};
