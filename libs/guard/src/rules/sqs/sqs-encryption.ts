import { GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';

export const sqsEncryption: GuardRule = {
  id: 'GW-SQS-001',
  severity: 'error',
  title: 'SQS queue must be encrypted',
  why: 'Messages in an unencrypted queue are stored in plain text. New queues get SSE-SQS unless it is turned off, so only an explicit opt-out is reported.',
  fix: 'Remove sqs_managed_sse_enabled = false, or set kms_master_key_id for a customer-managed key.',
  checkov: ['CKV_AWS_27'],
  trivy: ['aws-sqs-enable-queue-encryption'],
  differences: [
    'A queue that leaves SSE-SQS at its default (on for new queues) passes; checkov requires encryption to be declared.',
  ],
  resourceTypes: ['aws_sqs_queue'],
  check(queue) {
    const key = queue.body.string('kms_master_key_id');
    if (key !== undefined && key !== '') return [];
    const managed = queue.body.bool('sqs_managed_sse_enabled');
    if (managed instanceof Expression)
      return [computed('sqs_managed_sse_enabled', managed, 'whether SSE-SQS is on')];
    return managed === false ? ['sqs_managed_sse_enabled is false and no kms_master_key_id is set'] : [];
  },
};
