// The current configuration items of whole resource types: an inventory, which can prove a deletion.
import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { resourceTypeIn, selectRows, tagListToMap } from './advanced-query';
import type { ApiConfigItem } from './api-item';
import { BATCH_GET_LIMIT, batchGetItems } from './batch-get';
import { listResourceKeys } from './resource-keys';

export interface ReadConfigItemsOptions {
  /** AWS Config types to read (typically the drift engine's adapted types). */
  readonly resourceTypes: readonly string[];
  /** Read through this configuration aggregator (every account and region it aggregates). */
  readonly aggregator?: string;
  /** Through an aggregator, only this account and region (`global` for the types recorded once per account). */
  readonly scope?: { readonly accountId: string; readonly region: string };
  /**
   * BatchGetResourceConfig items carry no tags: add them with one SelectResourceConfig query (which the caller must
   * be allowed, `config:SelectResourceConfig`). Items read through an aggregator always have their tags.
   * @default true
   */
  readonly selectTags?: boolean;
  /** Called as items arrive: how many so far, and of how many when that is known. */
  readonly onProgress?: (fetched: number, total: number | undefined) => void;
}

/** Item fields asked of an aggregator: everything the drift engine reads from a configuration item. */
const ITEM_FIELDS = [
  'resourceId',
  'resourceName',
  'resourceType',
  'arn',
  'accountId',
  'awsRegion',
  'availabilityZone',
  'configurationItemStatus',
  'configurationItemCaptureTime',
  'configuration',
  'supplementaryConfiguration',
  'tags',
  'relationships',
];

/**
 * Every item AWS Config records of the given types, in API form. In the account: ListDiscoveredResources per type,
 * then BatchGetResourceConfig by at most 100 keys (and the tags from advanced query). Through an aggregator:
 * SelectAggregateResourceConfig, page by page. Throttling is the client's retry mode's business.
 */
export async function readConfigItems(
  client: ConfigServiceClient,
  options: ReadConfigItemsOptions,
): Promise<ApiConfigItem[]> {
  const { resourceTypes, onProgress } = options;
  if (resourceTypes.length === 0) return [];
  if (options.aggregator) {
    const rows = await selectRows(client, {
      expression: `SELECT ${ITEM_FIELDS.join(', ')} WHERE ${resourceTypeIn(resourceTypes)}${scopeClause(options.scope)}`,
      aggregator: options.aggregator,
      onPage: (rows) => onProgress?.(rows, undefined),
    });
    return rows.map((row) => ({ ...row, tags: tagListToMap(row.tags) }));
  }

  const keys = await listResourceKeys(client, resourceTypes);
  const items: ApiConfigItem[] = [];
  for (let i = 0; i < keys.length; i += BATCH_GET_LIMIT) {
    items.push(...(await batchGetItems(client, keys.slice(i, i + BATCH_GET_LIMIT))));
    onProgress?.(items.length, keys.length);
  }
  if (options.selectTags ?? true) {
    const tags = await selectTags(client, resourceTypes);
    for (const item of items) {
      const found = tags.get(keyOf(item.resourceType, item.resourceId));
      if (found) item.tags = found;
    }
  }
  return items;
}

/** Account ids are 12 digits and regions lower-case words: checked, so nothing else reaches the query text. */
function scopeClause(scope: ReadConfigItemsOptions['scope']): string {
  if (!scope) return '';
  if (!/^\d{12}$/.test(scope.accountId) || !/^[a-z0-9-]+$/.test(scope.region))
    throw new Error(
      `readConfigItems: scope must be a 12-digit account id and a region, got ${JSON.stringify(scope)}`,
    );
  return ` AND accountId = '${scope.accountId}' AND awsRegion = '${scope.region}'`;
}

async function selectTags(
  client: ConfigServiceClient,
  resourceTypes: readonly string[],
): Promise<Map<string, Record<string, string>>> {
  const rows = await selectRows(client, {
    expression: `SELECT resourceType, resourceId, tags WHERE ${resourceTypeIn(resourceTypes)}`,
  });
  return new Map(rows.map((row) => [keyOf(row.resourceType, row.resourceId), tagListToMap(row.tags)]));
}

function keyOf(resourceType: unknown, resourceId: unknown): string {
  return `${String(resourceType)}\u0000${String(resourceId)}`;
}
