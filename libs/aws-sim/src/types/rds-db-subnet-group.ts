// AWS::RDS::DBSubnetGroup, as Config records it (SDK-v1 names). Refresh reads its VPC from its first subnet.
import { configItem, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const rdsDbSubnetGroup: SimulatedType = {
  awsType: 'AWS::RDS::DBSubnetGroup',
  terraformTypes: {
    aws_db_subnet_group: {
      taggable: true,
      generatedName: {},
      computed: (v, ctx) => ({
        id: v.name,
        arn: arn(ctx, 'rds', `subgrp:${v.name}`),
        // The provider's default description.
        description: v.description ?? 'Managed by Terraform',
        vpc_id: '',
      }),
      refresh: ({ attrs: a }, lookup) => {
        const subnet = lookup('aws_subnet', (s) => s.id === (a.subnet_ids as string[])[0])[0];
        a.vpc_id = subnet?.attrs.vpc_id;
      },
      record: ({ attrs: a }, lookup, ctx) => {
        const tags = tagsOf(a);
        const subnets = (a.subnet_ids as string[]).map((id) => ({
          subnetIdentifier: id,
          subnetAvailabilityZone: {
            name: lookup('aws_subnet', (s) => s.id === id)[0]?.attrs.availability_zone,
          },
          subnetOutpost: { arn: null },
          subnetStatus: 'Active',
        }));
        return configItem(ctx, {
          resourceType: 'AWS::RDS::DBSubnetGroup',
          resourceId: String(a.name),
          resourceName: String(a.name),
          arn: String(a.arn),
          tags,
          configuration: {
            dBSubnetGroupName: a.name,
            dBSubnetGroupDescription: a.description,
            vpcId: a.vpc_id,
            subnetGroupStatus: 'Complete',
            subnets,
            dBSubnetGroupArn: a.arn,
          },
        });
      },
    },
  },
};
