import { GuardRule } from '../model';

export const snsEncryption: GuardRule = {
  id: 'GW-SNS-001',
  severity: 'error',
  title: 'SNS topic must be encrypted',
  why: 'Messages on an unencrypted topic are stored in plain text; alerts and events often carry resource details or personal data.',
  fix: 'Set kms_master_key_id (a customer-managed key, or "alias/aws/sns").',
  checkov: ['CKV_AWS_26'],
  trivy: ['aws-sns-enable-topic-encryption'],
  resourceTypes: ['aws_sns_topic'],
  check(topic) {
    const key = topic.values.kms_master_key_id;
    return typeof key === 'string' && key !== '' ? [] : ['kms_master_key_id is not set'];
  },
};
