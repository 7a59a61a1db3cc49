// The AWS Config delivery channel: Config does not record it and Cloud Control cannot read it
// (AWS::Config::DeliveryChannel is not provisionable); read directly with DescribeDeliveryChannels.
import type { Attrs } from '../apply/applied-resource';
import { setProperties } from '../live/cloud-control-resource';
import type { SimulatedType } from './simulated-type';

export const configDeliveryChannel: SimulatedType = {
  awsType: 'AWS::Config::DeliveryChannel',
  terraformTypes: {
    aws_config_delivery_channel: {
      computed: (v) => ({ id: v.name ?? 'default', name: v.name ?? 'default' }),
      direct: ({ attrs: a }, _lookup, ctx) => {
        const snapshot = (a.snapshot_delivery_properties as Attrs[] | undefined)?.[0];
        return {
          typeName: 'AWS::Config::DeliveryChannel',
          identifier: String(a.name),
          region: ctx.region,
          output: {
            DeliveryChannels: [
              setProperties({
                name: a.name,
                s3BucketName: a.s3_bucket_name,
                s3KeyPrefix: a.s3_key_prefix,
                s3KmsKeyArn: a.s3_kms_key_arn,
                snsTopicARN: a.sns_topic_arn,
                configSnapshotDeliveryProperties: snapshot
                  ? { deliveryFrequency: snapshot.delivery_frequency }
                  : undefined,
              }),
            ],
          },
        };
      },
    },
  },
};
