// AWS Config's API as live mode reads it, answered from simulated items: for the CLI's live-mode tests.
import {
  BaseConfigurationItem,
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  ListDiscoveredResourcesCommand,
  ResourceType,
  SelectResourceConfigCommand,
} from '@aws-sdk/client-config-service';
import type { ConfigItem } from '@groundwork/aws-sim';
import type { AwsClientStub } from 'aws-sdk-client-mock';

/** The account's items as BatchGetResourceConfig returns them: JSON strings, SDK types, no tags. */
function asBatchGetItem(item: ConfigItem): BaseConfigurationItem {
  return {
    version: '1.3',
    accountId: String(item.awsAccountId),
    configurationItemCaptureTime: new Date(String(item.configurationItemCaptureTime)),
    configurationItemStatus: 'OK',
    configurationStateId: String(item.configurationStateId),
    arn: item.ARN ? String(item.ARN) : undefined,
    resourceType: item.resourceType as ResourceType,
    resourceId: item.resourceId,
    resourceName: item.resourceName ? String(item.resourceName) : undefined,
    awsRegion: String(item.awsRegion),
    availabilityZone: String(item.availabilityZone),
    resourceCreationTime: new Date(String(item.resourceCreationTime)),
    configuration: JSON.stringify(item.configuration),
    supplementaryConfiguration: Object.fromEntries(
      Object.entries(item.supplementaryConfiguration).map(([k, v]) => [
        k,
        typeof v === 'string' ? v : JSON.stringify(v),
      ]),
    ),
  };
}

/** Answers the Config reads of live mode (list, batch get, tags by advanced query) from the items. */
export function serveConfigItems(config: AwsClientStub<ConfigServiceClient>, items: ConfigItem[]): void {
  config.reset();
  config.on(ListDiscoveredResourcesCommand).callsFake((input: { resourceType: string }) => ({
    resourceIdentifiers: items
      .filter((i) => i.resourceType === input.resourceType)
      .map((i) => ({
        resourceType: i.resourceType,
        resourceId: i.resourceId,
        resourceName: i.resourceName,
      })),
  }));
  config.on(BatchGetResourceConfigCommand).callsFake((input: { resourceKeys: { resourceId: string }[] }) => ({
    baseConfigurationItems: input.resourceKeys.map((k) =>
      asBatchGetItem(items.find((i) => i.resourceId === k.resourceId)!),
    ),
    unprocessedResourceKeys: [],
  }));
  config.on(SelectResourceConfigCommand).resolves({
    Results: items.map((i) =>
      JSON.stringify({
        resourceType: i.resourceType,
        resourceId: i.resourceId,
        tags: Object.entries(i.tags).map(([key, value]) => ({ key, value, tag: `${key}=${value}` })),
      }),
    ),
  });
}
