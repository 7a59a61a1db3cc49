import { GuardRule } from '../../model';

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
    // A key written as an expression (a reference to a key) is set.
    const key = topic.body.string('kms_master_key_id');
    return key !== undefined && key !== '' ? [] : ['kms_master_key_id is not set'];
  },
};
