import { GuardRule } from '../model';
import { isFalse } from '../values';

export const sqsEncryption: GuardRule = {
  id: 'GW-SQS-001',
  severity: 'error',
  title: 'SQS queue must be encrypted',
  why: 'Messages in an unencrypted queue are stored in plain text. New queues get SSE-SQS unless it is turned off, so only an explicit opt-out is reported.',
  fix: 'Remove sqs_managed_sse_enabled = false, or set kms_master_key_id for a customer-managed key.',
  checkov: ['CKV_AWS_27'],
  trivy: ['aws-sqs-enable-queue-encryption'],
  resourceTypes: ['aws_sqs_queue'],
  check(queue) {
    const v = queue.values;
    const hasKey = typeof v.kms_master_key_id === 'string' && v.kms_master_key_id !== '';
    return isFalse(v.sqs_managed_sse_enabled) && !hasKey
      ? ['sqs_managed_sse_enabled is false and no kms_master_key_id is set']
      : [];
  },
};
