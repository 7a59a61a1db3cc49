// AWS::KMS::Key (its aliases are AWS::KMS::Alias items of their own: kms-alias).
import { configItem, CREATED_AT, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const kmsKey: SimulatedType = {
  awsType: 'AWS::KMS::Key',
  terraformTypes: {
    aws_kms_key: {
      taggable: true,
      computed: (_v, ctx) => {
        const keyId = ctx.ids.uuid();
        return {
          id: keyId,
          key_id: keyId,
          arn: arn(ctx, 'kms', `key/${keyId}`),
          key_usage: 'ENCRYPT_DECRYPT',
          customer_master_key_spec: 'SYMMETRIC_DEFAULT',
          is_enabled: true,
          multi_region: false,
        };
      },
      record: ({ attrs: a }, _lookup, ctx) => {
        const tags = tagsOf(a);
        const id = String(a.id);
        return configItem(ctx, {
          resourceType: 'AWS::KMS::Key',
          resourceId: id,
          arn: String(a.arn),
          tags,
          configuration: {
            awsaccountId: ctx.account,
            keyId: id,
            arn: a.arn,
            creationDate: CREATED_AT,
            enabled: true,
            description: a.description,
            keyUsage: 'ENCRYPT_DECRYPT',
            keyState: 'Enabled',
            origin: 'AWS_KMS',
            keyManager: 'CUSTOMER',
            customerMasterKeySpec: 'SYMMETRIC_DEFAULT',
            keySpec: 'SYMMETRIC_DEFAULT',
            encryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
            multiRegion: false,
          },
          supplementaryConfiguration: {
            KeyRotationStatus: a.enable_key_rotation === true,
            Tags: Object.entries(tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue })),
          },
        });
      },
    },
  },
};
