import { parseLive } from './parse-live';

// The DescribeDeliveryChannels response shape (AWS Config API reference; @aws-sdk/client-config-service
// DeliveryChannel).
const output = {
  DeliveryChannels: [
    {
      name: 'default',
      s3BucketName: 'config-bucket-111122223333',
      snsTopicARN: 'arn:aws:sns:eu-west-1:111122223333:config-topic',
      configSnapshotDeliveryProperties: { deliveryFrequency: 'Six_Hours' },
    },
  ],
};

describe('AWS Config delivery channels read directly (DescribeDeliveryChannels output)', () => {
  it('gives one item per channel in the account and region read, and an inventory of them there', () => {
    const live = parseLive(output, 'channels.json', { accountId: '111122223333', region: 'eu-west-1' });
    expect(live.items).toEqual([
      expect.objectContaining({
        source: 'direct',
        resourceType: 'AWS::Config::DeliveryChannel',
        resourceId: 'default',
        accountId: '111122223333',
        awsRegion: 'eu-west-1',
        configuration: output.DeliveryChannels[0],
      }),
    ]);
    expect(live.inventories).toEqual([
      {
        source: 'direct',
        accountId: '111122223333',
        region: 'eu-west-1',
        resourceTypes: ['AWS::Config::DeliveryChannel'],
      },
    ]);
  });

  it('proves the channel deleted when the account has none', () => {
    expect(
      parseLive({ DeliveryChannels: [] }, 'channels.json', { accountId: '1', region: 'r' }),
    ).toMatchObject({
      items: [],
      inventories: [{ resourceTypes: ['AWS::Config::DeliveryChannel'] }],
    });
  });

  it('names the channel without a name', () => {
    expect(() => parseLive({ DeliveryChannels: [{ s3BucketName: 'b' }] }, 'channels.json')).toThrow(
      'channels.json: /DeliveryChannels/0/name: expected the delivery channel name, got nothing',
    );
  });
});
