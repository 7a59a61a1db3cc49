import type { Adapter } from './adapter';
import { bool, conf, defined, foldedOf, get, keys, kmsKey, liveTags, tagsOf } from './helpers';

export const secretsManagerSecretAdapter: Adapter = {
  configType: 'AWS::SecretsManager::Secret',
  terraformTypes: ['aws_secretsmanager_secret'],
  folds: [{ type: 'aws_secretsmanager_secret_rotation', parentAttributes: ['secret_id'] }],
  compared: [
    'name',
    'description',
    'kms_key_id',
    'rotation (enabled, lambda, automatically_after_days)',
    'tags',
  ],
  joinKey: 'secret ARN (or name)',
  desiredKeys: (v, s) => keys(s?.['arn'], s?.['id'], s?.['name'], v['name']),
  liveKeys: (item) =>
    keys(item.arn, item.resourceId, conf(item)['ARN'], item.resourceName, conf(item)['Name']),
  expected: (input) => {
    const v = input.values;
    const rotation = foldedOf(input, 'aws_secretsmanager_secret_rotation')[0];
    return defined({
      name: v['name'],
      description: v['description'],
      kms_key_id: kmsKey(v['kms_key_id']),
      rotation: rotation
        ? defined({
            enabled: true,
            lambda_arn: rotation['rotation_lambda_arn'],
            automatically_after_days: get(rotation, 'rotation_rules.automatically_after_days'),
          })
        : input.ownsResource
          ? { enabled: false }
          : undefined,
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      name: c['Name'],
      description: c['Description'],
      kms_key_id: c['KMSKeyId'],
      rotation: {
        enabled: bool(c['RotationEnabled'] ?? false),
        lambda_arn: c['RotationLambdaARN'],
        automatically_after_days: get(c, 'RotationRules.AutomaticallyAfterDays'),
      },
      tags: liveTags(item),
    };
  },
  // Secrets a service creates and rotates for itself (RDS manage_master_user_password: `rds!db-…`).
  createdByService: (item) => {
    const owner = item.tags['aws:secretsmanager:owningService'] ?? conf(item)['OwningService'];
    if (typeof owner === 'string' && owner !== '') return `owned by the ${owner} service`;
    const name = String(conf(item)['Name'] ?? item.resourceName ?? '');
    return name.startsWith('rds!') ? 'owned by the rds service (rds! secret)' : undefined;
  },
  gone: (item) => conf(item)['Deleted'] === true || conf(item)['DeletedDate'] !== undefined,
};
