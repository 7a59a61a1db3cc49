import type { Adapter } from './adapter';
import { conf, defined, keys, kmsKey } from './helpers';

export const kmsAliasAdapter: Adapter = {
  configType: 'AWS::KMS::Alias',
  terraformTypes: ['aws_kms_alias'],
  folds: [],
  compared: ['name', 'target_key_id (key id or ARN)'],
  joinKey: 'alias name (or ARN)',
  desiredKeys: (v, s) => keys(s?.['name'], s?.['id'], s?.['arn'], v['name']),
  liveKeys: (item) => keys(item.resourceId, item.resourceName, item.arn, conf(item)['AliasName']),
  expected: (input) =>
    defined({ name: input.values['name'], target_key_id: kmsKey(input.values['target_key_id']) }),
  actual: (item) => {
    const c = conf(item);
    return { name: c['AliasName'], target_key_id: c['TargetKeyId'] };
  },
  awsDefault: (item) =>
    String(conf(item)['AliasName'] ?? item.resourceName ?? '').startsWith('alias/aws/')
      ? 'an alias of an AWS managed key'
      : undefined,
};
