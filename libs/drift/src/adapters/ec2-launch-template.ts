import type { Adapter } from './adapter';
import {
  block,
  bool,
  conf,
  defined,
  get,
  keys,
  liveTags,
  lower,
  nameOrArn,
  stringSet,
  tagsOf,
} from './helpers';

export const ec2LaunchTemplateAdapter: Adapter = {
  configType: 'AWS::EC2::LaunchTemplate',
  terraformTypes: ['aws_launch_template'],
  folds: [],
  compared: [
    'name',
    'image_id',
    'instance_type',
    'key_name',
    'vpc_security_group_ids (set)',
    'iam_instance_profile',
    'metadata_options',
    'monitoring',
    'ebs_optimized',
    'tags',
  ],
  joinKey: 'launch template id (or name)',
  desiredKeys: (v, s) => keys(s?.['id'], s?.['name'], v['name']),
  liveKeys: (item) => keys(item.resourceId, conf(item)['Id'], conf(item)['LaunchTemplateName']),
  expected: (input) => {
    const v = input.values;
    const md = block(v['metadata_options']);
    const profile = block(v['iam_instance_profile']);
    return defined({
      name: v['name'],
      image_id: v['image_id'],
      instance_type: v['instance_type'],
      key_name: v['key_name'],
      vpc_security_group_ids: stringSet(v['vpc_security_group_ids']),
      iam_instance_profile: profile ? nameOrArn(profile['arn'] ?? profile['name']) : undefined,
      metadata_options: md
        ? defined({
            http_tokens: lower(md['http_tokens']),
            http_endpoint: lower(md['http_endpoint']),
            http_put_response_hop_limit: md['http_put_response_hop_limit'],
          })
        : undefined,
      monitoring: bool(block(v['monitoring'])?.['enabled']),
      ebs_optimized: bool(v['ebs_optimized']),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const d = (c['LaunchTemplateData'] ?? {}) as Record<string, unknown>;
    return {
      name: c['LaunchTemplateName'],
      image_id: d['ImageId'],
      instance_type: d['InstanceType'],
      key_name: d['KeyName'],
      vpc_security_group_ids: stringSet(d['SecurityGroupIds']),
      iam_instance_profile: get(d, 'IamInstanceProfile.Arn') ?? get(d, 'IamInstanceProfile.Name'),
      metadata_options: {
        http_tokens: lower(get(d, 'MetadataOptions.HttpTokens')),
        http_endpoint: lower(get(d, 'MetadataOptions.HttpEndpoint')),
        http_put_response_hop_limit: get(d, 'MetadataOptions.HttpPutResponseHopLimit'),
      },
      monitoring: get(d, 'Monitoring.Enabled'),
      ebs_optimized: d['EbsOptimized'],
      tags: liveTags(item),
    };
  },
};
