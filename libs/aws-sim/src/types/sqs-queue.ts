// AWS::SQS::Queue, as Config records it: the queue's attribute map (PascalCase, every value a string, the policy a
// JSON string), `resourceId` the queue URL and `resourceName` its name, as in the real EventBridge-delivered item.
import type { Attrs } from '../apply/applied-resource';
import { configItem, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

/** What SQS sets on a queue the IaC does not configure (the provider sends these defaults too). */
const DEFAULTS: Readonly<Attrs> = {
  delay_seconds: 0,
  max_message_size: 262144,
  message_retention_seconds: 345600,
  receive_wait_time_seconds: 0,
  visibility_timeout_seconds: 30,
};

export const sqsQueue: SimulatedType = {
  awsType: 'AWS::SQS::Queue',
  terraformTypes: {
    aws_sqs_queue: {
      taggable: true,
      generatedName: {},
      computed: (v, ctx) => {
        const url = `https://sqs.${ctx.region}.amazonaws.com/${ctx.account}/${v.name}`;
        return {
          ...Object.fromEntries(Object.entries(DEFAULTS).map(([k, d]) => [k, v[k] ?? d])),
          id: url,
          url,
          arn: arn(ctx, 'sqs', String(v.name)),
          fifo_queue: v.fifo_queue ?? false,
          // New queues are encrypted with SQS-managed keys unless a KMS key is given.
          sqs_managed_sse_enabled: v.sqs_managed_sse_enabled ?? v.kms_master_key_id === undefined,
        };
      },
      record: ({ attrs: a }, lookup, ctx) => {
        const tags = tagsOf(a);
        const policy =
          lookup('aws_sqs_queue_policy', (p) => p.queue_url === a.url)[0]?.attrs.policy ?? a.policy;
        const str = (v: unknown) => String(v);
        return configItem(ctx, {
          resourceType: 'AWS::SQS::Queue',
          resourceId: String(a.url),
          resourceName: String(a.name),
          arn: String(a.arn),
          tags,
          configuration: {
            QueueArn: a.arn,
            QueueName: a.name,
            QueueUrl: a.url,
            CreatedTimestamp: '1795166047',
            LastModifiedTimestamp: '1795166047',
            DelaySeconds: str(a.delay_seconds),
            MaximumMessageSize: str(a.max_message_size),
            MessageRetentionPeriod: str(a.message_retention_seconds),
            ReceiveMessageWaitTimeSeconds: str(a.receive_wait_time_seconds),
            VisibilityTimeout: str(a.visibility_timeout_seconds),
            SqsManagedSseEnabled: str(a.sqs_managed_sse_enabled),
            ...(a.kms_master_key_id ? { KmsMasterKeyId: a.kms_master_key_id } : {}),
            ...(a.fifo_queue === true ? { FifoQueue: 'true' } : {}),
            ...(policy ? { Policy: JSON.stringify(JSON.parse(String(policy))) } : {}),
            ...(a.redrive_policy ? { RedrivePolicy: a.redrive_policy } : {}),
          },
          supplementaryConfiguration: { Tags: tags },
        });
      },
    },
    aws_sqs_queue_policy: {
      computed: (v) => ({ id: v.queue_url }),
    },
  },
};
