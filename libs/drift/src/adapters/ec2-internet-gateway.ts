import type { Adapter } from './adapter';
import { blocks, conf, defined, foldedOf, keys, liveTags, tagsOf } from './helpers';

export const ec2InternetGatewayAdapter: Adapter = {
  configType: 'AWS::EC2::InternetGateway',
  terraformTypes: ['aws_internet_gateway'],
  folds: [{ type: 'aws_internet_gateway_attachment', parentAttributes: ['internet_gateway_id'] }],
  compared: ['vpc_id (attachment)', 'tags'],
  joinKey: 'internet gateway id',
  desiredKeys: (_v, s) => keys(s?.['id']),
  liveKeys: (item) => keys(item.resourceId),
  expected: (input) => {
    const attachment = foldedOf(input, 'aws_internet_gateway_attachment')[0];
    return defined({ vpc_id: input.values['vpc_id'] ?? attachment?.['vpc_id'], tags: tagsOf(input) });
  },
  // AWS creates the default VPC with its own internet gateway: not UNMANAGED, like the VPC itself.
  awsDefault: (item, context) => {
    const vpcId = blocks(conf(item)['attachments'])[0]?.['vpcId'];
    return typeof vpcId === 'string' && context.defaultVpcIds.has(vpcId)
      ? `the internet gateway of the default VPC ${vpcId}`
      : undefined;
  },
  actual: (item) => ({
    vpc_id: blocks(conf(item)['attachments'])[0]?.['vpcId'] ?? null,
    tags: liveTags(item),
  }),
};
