// AWS::SecretsManager::Secret, in the CloudFormation-registry shape Config records it (PascalCase), and its rotation.
import { configItem, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const secretsManagerSecret: SimulatedType = {
  awsType: 'AWS::SecretsManager::Secret',
  terraformTypes: {
    aws_secretsmanager_secret: {
      taggable: true,
      generatedName: {},
      computed: (v, ctx) => {
        const secretArn = arn(ctx, 'secretsmanager', `secret:${v.name}-${ctx.ids.hex(6)}`);
        return { id: secretArn, arn: secretArn };
      },
      record: ({ attrs: a }, _lookup, ctx) => {
        const tags = tagsOf(a);
        return configItem(ctx, {
          resourceType: 'AWS::SecretsManager::Secret',
          resourceId: String(a.arn),
          resourceName: String(a.name),
          arn: String(a.arn),
          tags,
          configuration: {
            ARN: a.arn,
            Name: a.name,
            Description: a.description,
            KMSKeyId: a.kms_key_id,
            RotationEnabled: false,
            Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
          },
        });
      },
    },
    aws_secretsmanager_secret_rotation: {
      computed: (v) => ({ id: v.secret_id, rotation_enabled: true, rotate_immediately: true }),
    },
  },
};
