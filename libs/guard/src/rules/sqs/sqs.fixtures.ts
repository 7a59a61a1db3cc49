import { RuleFixtures, tf } from '../../testing/rule-fixtures';
import { publicPolicyFixtures } from '../factories/public-policy.fixtures';

export const SQS_FIXTURES: Record<string, RuleFixtures> = {
  'GW-SQS-001': {
    passes: [
      { name: 'the SSE-SQS default', json: tf({ aws_sqs_queue: { q: { name: 'q' } } }) },
      {
        name: 'a KMS key with SSE-SQS off',
        json: tf({
          aws_sqs_queue: { q: { sqs_managed_sse_enabled: false, kms_master_key_id: 'alias/aws/sqs' } },
        }),
      },
    ],
    fails: [
      {
        name: 'SSE-SQS turned off',
        json: tf({ aws_sqs_queue: { q: { sqs_managed_sse_enabled: false } } }),
        at: 'aws_sqs_queue.q',
      },
    ],
    undecided: [
      {
        name: 'SSE-SQS computed',
        json: tf({ aws_sqs_queue: { q: { sqs_managed_sse_enabled: '${var.sse}' } } }),
        at: 'aws_sqs_queue.q',
      },
    ],
  },
  'GW-SQS-002': publicPolicyFixtures(
    (policy) => ({ aws_sqs_queue: { q: { name: 'orders', policy } } }),
    'aws_sqs_queue.q',
  ),
};
