// Which resources AWS Config records: ListDiscoveredResources, every page of every type.
import {
  ConfigServiceClient,
  paginateListDiscoveredResources,
  ResourceKey,
  ResourceType,
} from '@aws-sdk/client-config-service';

/** ListDiscoveredResources returns at most 100 identifiers a page. */
const LIST_PAGE_SIZE = 100;

/** The key of every resource of the given types that AWS Config records now (deleted ones are left out). */
export async function listResourceKeys(
  client: ConfigServiceClient,
  resourceTypes: readonly string[],
): Promise<ResourceKey[]> {
  const keys: ResourceKey[] = [];
  for (const resourceType of resourceTypes) {
    const pages = paginateListDiscoveredResources(
      { client, pageSize: LIST_PAGE_SIZE },
      { resourceType: resourceType as ResourceType },
    );
    for await (const page of pages)
      for (const id of page.resourceIdentifiers ?? [])
        if (id.resourceType && id.resourceId && !id.resourceDeletionTime)
          keys.push({ resourceType: id.resourceType, resourceId: id.resourceId });
  }
  return keys;
}
