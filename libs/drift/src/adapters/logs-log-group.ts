import type { Adapter } from './adapter';
import { cloudControlTags } from './cloudcontrol-properties';
import { conf, defined, keys, kmsKey, lower, tagsOf } from './helpers';

/**
 * `AWS::Logs::LogGroup` read through AWS Cloud Control: AWS Config does not record log groups (it records
 * `AWS::Logs::Destination` only).
 *
 * Evidence, the type's CloudFormation resource schema (`aws-logs-loggroup.json`, aws-cloudformation-resource-providers-
 * logs 5cc1716, 2024-02-01, and the registry's us-east-1 schema): `handlers.read` and `handlers.list` both call
 * DescribeLogGroups and ListTagsForResource (formerly ListTagsLogGroup), and the list handler needs no parent, so a
 * ListResources output is the full model of every log group in the region. `primaryIdentifier` LogGroupName;
 * `readOnlyProperties` Arn; no `writeOnlyProperties`. A log group without `RetentionInDays` never expires, which
 * Terraform writes as `retention_in_days = 0`.
 */
export const logsLogGroupAdapter: Adapter = {
  configType: 'AWS::Logs::LogGroup',
  source: 'cloudcontrol',
  terraformTypes: ['aws_cloudwatch_log_group'],
  folds: [],
  compared: ['name', 'retention_in_days (0 = never expire)', 'kms_key_id', 'log_group_class', 'tags'],
  joinKey: 'log group name',
  desiredKeys: (v, s) => keys(s?.['name'], s?.['id'], v['name']),
  liveKeys: (item) => keys(item.resourceId, conf(item)['LogGroupName']),
  expected: (input) => {
    const v = input.values;
    return defined({
      name: v['name'],
      retention_in_days: v['retention_in_days'] ?? (input.ownsResource ? 0 : undefined),
      kms_key_id: kmsKey(v['kms_key_id']),
      log_group_class: lower(v['log_group_class']),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      name: c['LogGroupName'] ?? item.resourceId,
      retention_in_days: c['RetentionInDays'],
      kms_key_id: c['KmsKeyId'],
      log_group_class: lower(c['LogGroupClass'] ?? 'STANDARD'),
      tags: cloudControlTags(item, true),
    };
  },
};
