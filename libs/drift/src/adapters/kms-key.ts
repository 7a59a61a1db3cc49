import type { Adapter } from './adapter';
import { UNKNOWN, bool, conf, defined, keys, liveTags, lower, tagsOf } from './helpers';

export const kmsKeyAdapter: Adapter = {
  configType: 'AWS::KMS::Key',
  terraformTypes: ['aws_kms_key'],
  folds: [],
  compared: [
    'description',
    'key_usage',
    'key_spec',
    'enable_key_rotation',
    'key_state (enabled/disabled/pending deletion)',
    'multi_region',
    'tags',
  ],
  joinKey: 'key id (or ARN)',
  desiredKeys: (_v, s) => keys(s?.['key_id'], s?.['id'], s?.['arn']),
  liveKeys: (item) => keys(item.resourceId, item.arn, conf(item)['keyId'], conf(item)['arn']),
  expected: (input) => {
    const v = input.values;
    return defined({
      description: v['description'],
      key_usage: lower(v['key_usage']),
      key_spec: lower(v['customer_master_key_spec'] ?? v['key_spec']),
      enable_key_rotation: bool(v['enable_key_rotation']),
      key_state: input.ownsResource
        ? bool(v['is_enabled']) === false
          ? lower('Disabled')
          : v['is_enabled'] === UNKNOWN
            ? UNKNOWN
            : lower('Enabled')
        : undefined,
      multi_region: bool(v['multi_region']),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const rotation = item.supplementaryConfiguration['KeyRotationStatus'];
    return {
      description: c['description'],
      key_usage: lower(c['keyUsage']),
      key_spec: lower(c['keySpec'] ?? c['customerMasterKeySpec']),
      enable_key_rotation: rotation === undefined ? UNKNOWN : bool(rotation),
      key_state: lower(c['keyState']),
      multi_region: c['multiRegion'],
      tags: liveTags(item),
    };
  },
  awsDefault: (item) => (conf(item)['keyManager'] === 'AWS' ? 'an AWS managed key' : undefined),
};
