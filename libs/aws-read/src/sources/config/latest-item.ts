// The newest recorded item of one resource (an oversized change notification carries only its summary).
import {
  ConfigServiceClient,
  GetResourceConfigHistoryCommand,
  ResourceNotDiscoveredException,
  ResourceType,
} from '@aws-sdk/client-config-service';
import { plainOutput } from '../../plain-output';
import type { ApiConfigItem } from './api-item';

/** GetResourceConfigHistory with limit 1, in API form; null when AWS Config no longer knows the resource. */
export async function latestItem(
  client: ConfigServiceClient,
  resourceType: string,
  resourceId: string,
): Promise<ApiConfigItem | null> {
  try {
    const response = await client.send(
      new GetResourceConfigHistoryCommand({
        resourceType: resourceType as ResourceType,
        resourceId,
        limit: 1,
      }),
    );
    const item = response.configurationItems?.[0];
    return item ? plainOutput(item) : null;
  } catch (error) {
    if (
      error instanceof ResourceNotDiscoveredException ||
      (error as Error)?.name === 'ResourceNotDiscoveredException'
    )
      return null;
    throw error;
  }
}
