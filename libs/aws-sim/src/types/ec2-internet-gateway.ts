// AWS::EC2::InternetGateway.
import { configItem, tagList, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const ec2InternetGateway: SimulatedType = {
  awsType: 'AWS::EC2::InternetGateway',
  terraformTypes: {
    aws_internet_gateway: {
      taggable: true,
      computed: (_v, ctx) => {
        const id = ctx.ids.ec2('igw');
        return { id, arn: arn(ctx, 'ec2', `internet-gateway/${id}`), owner_id: ctx.account };
      },
      record: ({ attrs: a }, _lookup, ctx) => {
        const id = String(a.id);
        const tags = tagsOf(a);
        return configItem(ctx, {
          resourceType: 'AWS::EC2::InternetGateway',
          resourceId: id,
          arn: String(a.arn),
          tags,
          relationships: [
            { resourceType: 'AWS::EC2::VPC', resourceId: String(a.vpc_id), name: 'Is attached to Vpc' },
          ],
          configuration: {
            attachments: [{ state: 'available', vpcId: a.vpc_id }],
            internetGatewayId: id,
            ownerId: ctx.account,
            tags: tagList(tags),
          },
        });
      },
    },
  },
};
