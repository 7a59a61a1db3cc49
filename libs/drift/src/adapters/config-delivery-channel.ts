import type { Adapter } from './adapter';
import { nested } from './cloudcontrol-properties';
import { block, conf, defined, keys, kmsKey, lower } from './helpers';

/**
 * The AWS Config delivery channel, read directly with Config DescribeDeliveryChannels. Neither other source serves:
 * Config does not record its own delivery channel, and `AWS::Config::DeliveryChannel` is not a Cloud Control type
 * (the CloudFormation registry lists it as not provisionable: it is absent from the registry's fully mutable and
 * immutable public types, hashicorp/terraform-provider-awscc f995d4f available_schemas.2026-08-05.hcl).
 *
 * One item per element of the output's `DeliveryChannels` (SDK shape, @aws-sdk/client-config-service
 * DeliveryChannel): name, s3BucketName, s3KeyPrefix, s3KmsKeyArn, snsTopicARN,
 * configSnapshotDeliveryProperties.deliveryFrequency; `resourceId` the channel name. The output lists every channel
 * of the account and region (at most one).
 */
export const configDeliveryChannelAdapter: Adapter = {
  configType: 'AWS::Config::DeliveryChannel',
  source: 'direct',
  terraformTypes: ['aws_config_delivery_channel'],
  folds: [],
  compared: [
    'name',
    's3_bucket_name',
    's3_key_prefix',
    's3_kms_key_arn',
    'sns_topic_arn',
    'snapshot_delivery_properties.delivery_frequency',
  ],
  joinKey: 'channel name',
  desiredKeys: (v, s) => keys(s?.['name'], s?.['id'], v['name'] ?? 'default'),
  liveKeys: (item) => keys(item.resourceId, conf(item)['name']),
  expected: (input) => {
    const v = input.values;
    const snapshot = block(v['snapshot_delivery_properties']);
    return defined({
      name: v['name'] ?? (input.ownsResource ? 'default' : undefined),
      s3_bucket_name: v['s3_bucket_name'],
      s3_key_prefix: v['s3_key_prefix'],
      s3_kms_key_arn: kmsKey(v['s3_kms_key_arn']),
      sns_topic_arn: v['sns_topic_arn'],
      snapshot_delivery_properties: snapshot
        ? defined({ delivery_frequency: lower(snapshot['delivery_frequency']) })
        : undefined,
    });
  },
  actual: (item) => {
    const c = conf(item);
    return {
      name: c['name'] ?? item.resourceId,
      s3_bucket_name: c['s3BucketName'],
      s3_key_prefix: c['s3KeyPrefix'],
      s3_kms_key_arn: c['s3KmsKeyArn'],
      sns_topic_arn: c['snsTopicARN'],
      snapshot_delivery_properties: {
        delivery_frequency: lower(nested(c, 'configSnapshotDeliveryProperties')['deliveryFrequency']),
      },
    };
  },
};
