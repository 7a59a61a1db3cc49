// AWS Config's delivery channels, read directly: Config does not record its own channel, and Cloud Control cannot
// read one.
import { type ConfigServiceClient, DescribeDeliveryChannelsCommand } from '@aws-sdk/client-config-service';
import { plainOutput } from '../../plain-output';

/** DescribeDeliveryChannels' output (`{DeliveryChannels}`): without names, every channel of the account and region. */
export async function readDeliveryChannels(config: ConfigServiceClient): Promise<Record<string, unknown>[]> {
  return [plainOutput(await config.send(new DescribeDeliveryChannelsCommand({})))];
}
