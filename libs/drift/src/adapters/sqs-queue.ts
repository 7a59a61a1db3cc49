import type { Adapter } from './adapter';
import {
  bool,
  conf,
  defined,
  foldedOf,
  jsonDocument,
  keys,
  kmsKey,
  lastSegment,
  liveTags,
  orDefault,
  policy,
  tagsOf,
  text,
} from './helpers';

/** The provider's defaults, always sent on create (SQS's own defaults too). */
const DEFAULTS = {
  delay_seconds: 0,
  max_message_size: 262144,
  message_retention_seconds: 345600,
  receive_wait_time_seconds: 0,
  visibility_timeout_seconds: 30,
} as const;

/** The queue name from its URL or ARN (both end with it). */
function queueName(s: unknown): string | undefined {
  return typeof s === 'string' && s !== '' ? lastSegment(s) : undefined;
}

export const sqsQueueAdapter: Adapter = {
  configType: 'AWS::SQS::Queue',
  terraformTypes: ['aws_sqs_queue'],
  folds: [{ type: 'aws_sqs_queue_policy', parentAttributes: ['queue_url'] }],
  compared: [
    'name',
    'delay_seconds',
    'max_message_size',
    'message_retention_seconds',
    'receive_wait_time_seconds',
    'visibility_timeout_seconds',
    'fifo_queue',
    'content_based_deduplication',
    'kms_master_key_id',
    'kms_data_key_reuse_period_seconds',
    'sqs_managed_sse_enabled',
    'policy (semantic, only when the IaC sets one)',
    'redrive_policy (as JSON)',
    'tags',
  ],
  joinKey: 'queue URL, ARN or name',
  desiredKeys: (v, s) => keys(s?.['url'], s?.['id'], s?.['arn'], s?.['name'], v['name']),
  liveKeys: (item) => {
    const c = conf(item);
    return keys(
      item.resourceId,
      item.arn,
      item.resourceName,
      c['QueueUrl'],
      c['QueueArn'],
      c['QueueName'],
      queueName(c['QueueArn']),
    );
  },
  expected: (input) => {
    const v = input.values;
    const pol = foldedOf(input, 'aws_sqs_queue_policy')[0];
    return defined({
      name: v['name'],
      delay_seconds: orDefault(input, 'delay_seconds', DEFAULTS.delay_seconds),
      max_message_size: orDefault(input, 'max_message_size', DEFAULTS.max_message_size),
      message_retention_seconds: orDefault(
        input,
        'message_retention_seconds',
        DEFAULTS.message_retention_seconds,
      ),
      receive_wait_time_seconds: orDefault(
        input,
        'receive_wait_time_seconds',
        DEFAULTS.receive_wait_time_seconds,
      ),
      visibility_timeout_seconds: orDefault(
        input,
        'visibility_timeout_seconds',
        DEFAULTS.visibility_timeout_seconds,
      ),
      fifo_queue: bool(v['fifo_queue']),
      content_based_deduplication: bool(v['content_based_deduplication']),
      kms_master_key_id: kmsKey(v['kms_master_key_id']),
      kms_data_key_reuse_period_seconds: v['kms_data_key_reuse_period_seconds'],
      sqs_managed_sse_enabled: bool(v['sqs_managed_sse_enabled']),
      policy: policy(pol?.['policy'] ?? v['policy']),
      redrive_policy: jsonDocument(v['redrive_policy']),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    // Config records the queue's attribute map: PascalCase keys, every value a string, documents as JSON strings.
    const c = conf(item);
    return {
      name: text(c['QueueName']) ?? queueName(c['QueueArn']) ?? item.resourceName,
      delay_seconds: c['DelaySeconds'],
      max_message_size: c['MaximumMessageSize'],
      message_retention_seconds: c['MessageRetentionPeriod'],
      receive_wait_time_seconds: c['ReceiveMessageWaitTimeSeconds'],
      visibility_timeout_seconds: c['VisibilityTimeout'],
      fifo_queue: bool(c['FifoQueue']),
      content_based_deduplication: bool(c['ContentBasedDeduplication']),
      kms_master_key_id: c['KmsMasterKeyId'],
      kms_data_key_reuse_period_seconds: c['KmsDataKeyReusePeriodSeconds'],
      sqs_managed_sse_enabled: bool(c['SqsManagedSseEnabled']),
      policy: policy(c['Policy']),
      redrive_policy: jsonDocument(c['RedrivePolicy']),
      tags: liveTags(item),
    };
  },
};
