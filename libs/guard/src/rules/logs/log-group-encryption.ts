import { GuardRule } from '../../model';

export const logGroupEncryption: GuardRule = {
  id: 'GW-LOG-001',
  severity: 'warning',
  title: 'CloudWatch log group must be encrypted with a KMS key',
  why: 'Logs hold request details, identifiers and sometimes secrets; with a customer-managed key, reading them takes kms:Decrypt as well, and access to them is logged and can be revoked.',
  fix: 'Set kms_key_id to a customer-managed KMS key whose policy lets logs.<region>.amazonaws.com use it.',
  checkov: ['CKV_AWS_158'],
  trivy: ['aws-cloudwatch-log-group-customer-key'],
  resourceTypes: ['aws_cloudwatch_log_group'],
  check(group) {
    // A key written as an expression (a reference to a key) is set.
    const key = group.body.string('kms_key_id');
    return key !== undefined && key !== ''
      ? []
      : ['kms_key_id is not set (only the AWS-owned key protects the logs)'];
  },
};
