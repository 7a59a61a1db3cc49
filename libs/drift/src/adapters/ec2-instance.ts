import type { Adapter } from './adapter';
import {
  block,
  blocks,
  bool,
  conf,
  defined,
  get,
  keys,
  liveTags,
  lower,
  maybe,
  nameOrArn,
  stringSet,
  tagsOf,
} from './helpers';

export const ec2InstanceAdapter: Adapter = {
  configType: 'AWS::EC2::Instance',
  terraformTypes: ['aws_instance'],
  folds: [],
  compared: [
    'ami',
    'instance_type',
    'subnet_id',
    'key_name',
    'vpc_security_group_ids (set)',
    'iam_instance_profile',
    'metadata_options (http_tokens, http_endpoint, http_put_response_hop_limit)',
    'monitoring',
    'ebs_optimized',
    'source_dest_check',
    'tags',
  ],
  joinKey: 'instance id',
  desiredKeys: (_v, s) => keys(s?.['id']),
  liveKeys: (item) => keys(item.resourceId),
  expected: (input) => {
    const v = input.values;
    const md = block(v['metadata_options']);
    return defined({
      ami: v['ami'],
      instance_type: v['instance_type'],
      subnet_id: v['subnet_id'],
      key_name: v['key_name'],
      vpc_security_group_ids: stringSet(v['vpc_security_group_ids']),
      iam_instance_profile: nameOrArn(v['iam_instance_profile']),
      metadata_options: md
        ? defined({
            http_tokens: lower(md['http_tokens']),
            http_endpoint: lower(md['http_endpoint']),
            http_put_response_hop_limit: md['http_put_response_hop_limit'],
          })
        : undefined,
      monitoring: bool(v['monitoring']),
      ebs_optimized: bool(v['ebs_optimized']),
      source_dest_check: maybe(v['source_dest_check'], (x) => bool(x)),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      ami: c['imageId'],
      instance_type: c['instanceType'],
      subnet_id: c['subnetId'],
      key_name: c['keyName'],
      vpc_security_group_ids: stringSet(blocks(c['securityGroups']).map((g) => g['groupId'])),
      iam_instance_profile: get(c, 'iamInstanceProfile.arn'),
      metadata_options: {
        http_tokens: lower(get(c, 'metadataOptions.httpTokens')),
        http_endpoint: lower(get(c, 'metadataOptions.httpEndpoint')),
        http_put_response_hop_limit: get(c, 'metadataOptions.httpPutResponseHopLimit'),
      },
      monitoring: ['enabled', 'pending'].includes(String(get(c, 'monitoring.state'))),
      ebs_optimized: c['ebsOptimized'],
      source_dest_check: c['sourceDestCheck'],
      tags: liveTags(item),
    };
  },
  gone: (item) => ['terminated', 'shutting-down'].includes(String(get(conf(item), 'state.name'))),
  createdByService: (item) =>
    item.tags['aws:autoscaling:groupName']
      ? `launched by auto scaling group ${item.tags['aws:autoscaling:groupName']}`
      : undefined,
};
