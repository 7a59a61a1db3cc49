// Fetches live configuration items from AWS Config in API form (configuration as a JSON string), for oversized
// notifications and for the scheduled sweep.
import {
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  GetResourceConfigHistoryCommand,
  ListDiscoveredResourcesCommand,
  ResourceKey,
  ResourceType,
} from '@aws-sdk/client-config-service';

/** BatchGetResourceConfig takes at most 100 keys per call. */
export const MAX_BATCH_KEYS = 100;

/** The SDK turns timestamps into Date objects; the engine reads the JSON form Config sends, so go back to it. */
function jsonForm(item: object): unknown {
  return JSON.parse(JSON.stringify(item));
}

/** The newest recorded item for one resource, or null when Config no longer knows it. */
export async function latestItem(
  client: ConfigServiceClient,
  resourceType: string,
  resourceId: string,
): Promise<unknown> {
  try {
    const res = await client.send(
      new GetResourceConfigHistoryCommand({
        resourceType: resourceType as ResourceType,
        resourceId,
        limit: 1,
      }),
    );
    const item = res.configurationItems?.[0];
    return item ? jsonForm(item) : null;
  } catch (error) {
    if ((error as { name?: string }).name === 'ResourceNotDiscoveredException') return null;
    throw error;
  }
}

export interface SweepOptions {
  /** Attempts for keys that BatchGetResourceConfig leaves unprocessed. @default 5 */
  readonly unprocessedAttempts?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Thrown when Config keeps leaving keys unprocessed: transient, so the invocation fails and is retried. */
export class UnprocessedKeysError extends Error {
  override readonly name = 'UnprocessedKeysError';
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Every discovered resource of the given types: ListDiscoveredResources, then BatchGetResourceConfig by 100. */
export async function sweepLiveItems(
  client: ConfigServiceClient,
  resourceTypes: readonly string[],
  options: SweepOptions = {},
): Promise<unknown[]> {
  const keys: ResourceKey[] = [];
  for (const resourceType of resourceTypes) {
    let nextToken: string | undefined;
    do {
      const res = await client.send(
        new ListDiscoveredResourcesCommand({ resourceType: resourceType as ResourceType, nextToken }),
      );
      for (const r of res.resourceIdentifiers ?? [])
        if (r.resourceType && r.resourceId)
          keys.push({ resourceType: r.resourceType, resourceId: r.resourceId });
      nextToken = res.nextToken || undefined;
    } while (nextToken);
  }

  const attempts = options.unprocessedAttempts ?? 5;
  const sleep = options.sleep ?? defaultSleep;
  const items: unknown[] = [];
  for (let i = 0; i < keys.length; i += MAX_BATCH_KEYS) {
    let pending = keys.slice(i, i + MAX_BATCH_KEYS);
    for (let attempt = 1; pending.length; attempt++) {
      if (attempt > attempts)
        throw new UnprocessedKeysError(
          `BatchGetResourceConfig left ${pending.length} keys unprocessed after ${attempts} attempts (first: ${pending[0].resourceType} ${pending[0].resourceId})`,
        );
      if (attempt > 1) await sleep(100 * 2 ** attempt);
      const res = await client.send(new BatchGetResourceConfigCommand({ resourceKeys: pending }));
      for (const item of res.baseConfigurationItems ?? []) items.push(jsonForm(item));
      pending = res.unprocessedResourceKeys ?? [];
    }
  }
  return items;
}
