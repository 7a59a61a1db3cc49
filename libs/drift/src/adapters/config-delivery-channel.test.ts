import { directItems, engineFor } from '../fixtures/harness';

const drift = {
  resources: {
    aws_s3_bucket: { delivery: { bucket: 'groundwork-dev-config-111122223333' } },
    aws_config_delivery_channel: {
      channel: {
        name: 'default',
        s3_bucket_name: '${aws_s3_bucket.delivery.id}',
        snapshot_delivery_properties: { delivery_frequency: 'Six_Hours' },
      },
    },
  },
};

/** One element of a DescribeDeliveryChannels output's `DeliveryChannels`. */
const channel = (fields: Record<string, unknown> = {}) =>
  directItems({
    DeliveryChannels: [
      {
        name: 'default',
        s3BucketName: 'groundwork-dev-config-111122223333',
        configSnapshotDeliveryProperties: { deliveryFrequency: 'Six_Hours' },
        ...fields,
      },
    ],
  })[0];

describe('AWS::Config::DeliveryChannel adapter (direct read)', () => {
  const engine = engineFor({ drift });

  it('is in sync, and reports delivery moved to another bucket', () => {
    expect(engine.checkItem(channel())).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_config_delivery_channel.channel',
    });
    expect(engine.checkItem(channel({ s3BucketName: 'attacker-bucket' })).differences).toEqual([
      {
        path: 's3_bucket_name',
        expected: 'groundwork-dev-config-111122223333',
        actual: 'attacker-bucket',
        type: 'NOT_EQUAL',
      },
    ]);
  });
});
