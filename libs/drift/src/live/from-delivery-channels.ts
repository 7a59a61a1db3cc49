// AWS Config DescribeDeliveryChannels output, `{"DeliveryChannels": [...]}`, as live items: Config does not record its
// own delivery channel and Cloud Control cannot read one (AWS::Config::DeliveryChannel is not provisionable).
import { isRecord } from '@groundwork/core';
import { DriftInputError, describe } from '../errors';
import type { ConfigItem, Inventory } from './config-item';
import type { LiveContext } from './live-context';

/** The live type of a delivery channel's direct read. */
export const DELIVERY_CHANNEL_TYPE = 'AWS::Config::DeliveryChannel';

export function isDeliveryChannelsOutput(value: Record<string, unknown>): boolean {
  return Array.isArray(value['DeliveryChannels']);
}

/**
 * One item per channel, in the account and region of the context (the output names neither). Called without
 * channel names, the API lists every channel of the account and region: the output is an inventory of them.
 */
export function fromDeliveryChannels(
  value: Record<string, unknown>,
  source: string,
  at: string,
  context: LiveContext,
): { items: ConfigItem[]; inventory: Inventory } {
  const items = (value['DeliveryChannels'] as unknown[]).map((channel, i): ConfigItem => {
    const name = isRecord(channel) ? channel['name'] : undefined;
    if (typeof name !== 'string' || name === '')
      throw new DriftInputError(
        source,
        `${at}/DeliveryChannels/${i}/name`,
        'the delivery channel name',
        describe(name),
      );
    return {
      source: 'direct',
      resourceType: DELIVERY_CHANNEL_TYPE,
      resourceId: name,
      resourceName: name,
      arn: null,
      awsRegion: context.region ?? null,
      accountId: context.accountId ?? null,
      configurationItemStatus: 'OK',
      configurationItemCaptureTime: null,
      configurationStateId: null,
      configuration: channel as Record<string, unknown>,
      supplementaryConfiguration: {},
      tags: {},
      tagsRecorded: false,
      relationships: [],
    };
  });
  return {
    items,
    inventory: {
      source: 'direct',
      accountId: context.accountId ?? null,
      region: context.region ?? null,
      resourceTypes: [DELIVERY_CHANNEL_TYPE],
    },
  };
}
