import type { Adapter } from './adapter';
import {
  bool,
  conf,
  defined,
  foldedOf,
  keys,
  kmsKey,
  lastSegment,
  liveTags,
  policy,
  tagsOf,
} from './helpers';

export const snsTopicAdapter: Adapter = {
  configType: 'AWS::SNS::Topic',
  terraformTypes: ['aws_sns_topic'],
  folds: [{ type: 'aws_sns_topic_policy', parentAttributes: ['arn'] }],
  compared: [
    'name',
    'display_name',
    'kms_master_key_id',
    'fifo_topic',
    'content_based_deduplication',
    'policy (semantic, only when the IaC sets one)',
    'tags',
  ],
  joinKey: 'topic ARN (or name)',
  desiredKeys: (v, s) => keys(s?.['arn'], s?.['id'], v['name']),
  liveKeys: (item) =>
    keys(
      item.resourceId,
      item.arn,
      conf(item)['TopicArn'],
      item.resourceName,
      typeof conf(item)['TopicArn'] === 'string' ? lastSegment(String(conf(item)['TopicArn'])) : undefined,
    ),
  expected: (input) => {
    const v = input.values;
    const pol = foldedOf(input, 'aws_sns_topic_policy')[0];
    return defined({
      name: v['name'],
      display_name: v['display_name'],
      kms_master_key_id: kmsKey(v['kms_master_key_id']),
      fifo_topic: bool(v['fifo_topic']),
      content_based_deduplication: bool(v['content_based_deduplication']),
      policy: policy(pol?.['policy'] ?? v['policy']),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const arn = typeof c['TopicArn'] === 'string' ? c['TopicArn'] : (item.arn ?? item.resourceId);
    return {
      name: lastSegment(arn),
      display_name: c['DisplayName'],
      kms_master_key_id: c['KmsMasterKeyId'],
      fifo_topic: bool(c['FifoTopic']),
      content_based_deduplication: bool(c['ContentBasedDeduplication']),
      policy: policy(c['Policy']),
      tags: liveTags(item),
    };
  },
};
