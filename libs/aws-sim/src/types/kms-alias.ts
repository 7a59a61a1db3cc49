// AWS::KMS::Alias, in the CloudFormation-registry shape Config records it (PascalCase; the target is the key id).
import { configItem } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const kmsAlias: SimulatedType = {
  awsType: 'AWS::KMS::Alias',
  terraformTypes: {
    aws_kms_alias: {
      generatedName: {},
      computed: (v, ctx) => ({ id: v.name, arn: arn(ctx, 'kms', String(v.name)), target_key_arn: '' }),
      refresh: ({ attrs: a }, lookup) => {
        const key = lookup(
          'aws_kms_key',
          (k) => k.key_id === a.target_key_id || k.arn === a.target_key_id,
        )[0];
        a.target_key_arn = key?.attrs.arn ?? '';
      },
      record: ({ attrs: a }, lookup, ctx) => {
        const key = lookup(
          'aws_kms_key',
          (k) => k.key_id === a.target_key_id || k.arn === a.target_key_id,
        )[0];
        return configItem(ctx, {
          resourceType: 'AWS::KMS::Alias',
          resourceId: String(a.name),
          resourceName: String(a.name),
          arn: String(a.arn),
          configuration: { AliasName: a.name, TargetKeyId: key?.attrs.key_id ?? a.target_key_id },
        });
      },
    },
  },
};
