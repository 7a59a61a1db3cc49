import {
  BaseConfigurationItem,
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  ListDiscoveredResourcesCommand,
  ResourceKey,
  ResourceType,
  SelectAggregateResourceConfigCommand,
  SelectResourceConfigCommand,
} from '@aws-sdk/client-config-service';
import { backoffDelay, RetryPolicy, sleeper, withRetry } from './retry';

/** BatchGetResourceConfig takes at most 100 keys per call. */
export const BATCH_GET_LIMIT = 100;
/** SelectResourceConfig / SelectAggregateResourceConfig return at most 100 results per page. */
const SELECT_PAGE = 100;

export interface ConfigServiceFetchOptions {
  /** AWS Config types to read (the engine's adapted types). */
  readonly resourceTypes: readonly string[];
  /** Read through this configuration aggregator with SelectAggregateResourceConfig. */
  readonly aggregator?: string;
  /** Called as items arrive: what was fetched so far, and of how many when known. */
  readonly onProgress?: (fetched: number, total: number | undefined) => void;
  readonly retry?: RetryPolicy;
}

/** Item fields asked of advanced query: everything the engine reads from a configuration item. */
const SELECT_FIELDS = [
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
 * Reads the current configuration items of the given types from AWS Config, in API form (`arn`, `accountId`,
 * `configuration` a JSON string or object) ready for the engine's `fromApiItem`.
 *
 * Without an aggregator: ListDiscoveredResources per type, then BatchGetResourceConfig in batches of at most 100,
 * retrying unprocessed keys; BatchGet items carry no tags, so one SelectResourceConfig query adds them. With an
 * aggregator: SelectAggregateResourceConfig. Throttling is retried with exponential backoff and full jitter.
 */
export async function fetchFromConfigService(
  client: ConfigServiceClient,
  opts: ConfigServiceFetchOptions,
): Promise<Record<string, unknown>[]> {
  if (opts.resourceTypes.length === 0) return [];
  if (opts.aggregator) return selectAll(client, opts, opts.aggregator);

  const keys = await listKeys(client, opts);
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i += BATCH_GET_LIMIT) {
    const batch = await batchGet(client, keys.slice(i, i + BATCH_GET_LIMIT), opts.retry ?? {});
    items.push(...batch.map(toApiItem));
    opts.onProgress?.(items.length, keys.length);
  }
  const tags = await selectTags(client, opts);
  for (const item of items) {
    const found = tags.get(keyOf(item.resourceType, item.resourceId));
    if (found) item.tags = found;
  }
  return items;
}

async function listKeys(
  client: ConfigServiceClient,
  opts: ConfigServiceFetchOptions,
): Promise<ResourceKey[]> {
  const keys: ResourceKey[] = [];
  for (const resourceType of opts.resourceTypes) {
    let nextToken: string | undefined;
    do {
      const page = await withRetry(
        `ListDiscoveredResources ${resourceType}`,
        () =>
          client.send(
            new ListDiscoveredResourcesCommand({
              resourceType: resourceType as ResourceType,
              limit: 100,
              nextToken,
            }),
          ),
        opts.retry,
      );
      for (const id of page.resourceIdentifiers ?? []) {
        if (id.resourceId && !id.resourceDeletionTime)
          keys.push({ resourceType: id.resourceType, resourceId: id.resourceId });
      }
      nextToken = page.nextToken;
    } while (nextToken);
  }
  return keys;
}

/** One batch, with unprocessed keys retried (with backoff) until none are left or attempts run out. */
async function batchGet(
  client: ConfigServiceClient,
  keys: ResourceKey[],
  policy: RetryPolicy,
): Promise<BaseConfigurationItem[]> {
  const maxAttempts = policy.maxAttempts ?? 8;
  const sleep = sleeper(policy);
  const items: BaseConfigurationItem[] = [];
  let pending = keys;
  for (let attempt = 1; pending.length > 0; attempt++) {
    const response = await withRetry(
      'BatchGetResourceConfig',
      () => client.send(new BatchGetResourceConfigCommand({ resourceKeys: pending })),
      policy,
    );
    items.push(...(response.baseConfigurationItems ?? []));
    const unprocessed = response.unprocessedResourceKeys ?? [];
    if (unprocessed.length === 0) break;
    if (attempt >= maxAttempts) {
      const sample = unprocessed.slice(0, 3).map((k) => `${k.resourceType} ${k.resourceId}`);
      throw new Error(
        `BatchGetResourceConfig left ${unprocessed.length} keys unprocessed after ${attempt} attempts (${sample.join(', ')}${unprocessed.length > 3 ? ', …' : ''})`,
      );
    }
    pending = unprocessed;
    await sleep(backoffDelay(attempt, policy));
  }
  return items;
}

async function selectTags(
  client: ConfigServiceClient,
  opts: ConfigServiceFetchOptions,
): Promise<Map<string, Record<string, string>>> {
  const rows = await select(
    client,
    opts,
    `SELECT resourceType, resourceId, tags WHERE ${typeFilter(opts.resourceTypes)}`,
  );
  const tags = new Map<string, Record<string, string>>();
  for (const row of rows) tags.set(keyOf(row.resourceType, row.resourceId), tagMap(row.tags));
  return tags;
}

async function selectAll(
  client: ConfigServiceClient,
  opts: ConfigServiceFetchOptions,
  aggregator: string,
): Promise<Record<string, unknown>[]> {
  const expression = `SELECT ${SELECT_FIELDS.join(', ')} WHERE ${typeFilter(opts.resourceTypes)}`;
  const rows = await select(client, opts, expression, aggregator);
  return rows.map((row) => ({ ...row, tags: tagMap(row.tags) }));
}

/** Runs one advanced query to the end, page by page; each result is a JSON string of the selected fields. */
async function select(
  client: ConfigServiceClient,
  opts: ConfigServiceFetchOptions,
  expression: string,
  aggregator?: string,
): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  let nextToken: string | undefined;
  do {
    const page = await withRetry(
      aggregator ? 'SelectAggregateResourceConfig' : 'SelectResourceConfig',
      () =>
        aggregator
          ? client.send(
              new SelectAggregateResourceConfigCommand({
                Expression: expression,
                ConfigurationAggregatorName: aggregator,
                Limit: SELECT_PAGE,
                NextToken: nextToken,
              }),
            )
          : client.send(
              new SelectResourceConfigCommand({
                Expression: expression,
                Limit: SELECT_PAGE,
                NextToken: nextToken,
              }),
            ),
      opts.retry,
    );
    for (const result of page.Results ?? []) rows.push(JSON.parse(result) as Record<string, unknown>);
    if (aggregator) opts.onProgress?.(rows.length, undefined);
    nextToken = page.NextToken;
  } while (nextToken);
  return rows;
}

function typeFilter(types: readonly string[]): string {
  return `resourceType IN (${types.map((t) => `'${t.replace(/'/g, "''")}'`).join(', ')})`;
}

/** Advanced query returns tags as a list of {key, value} (plus a synthetic `tag`); items use a map. */
function tagMap(tags: unknown): Record<string, string> {
  if (Array.isArray(tags)) {
    const map: Record<string, string> = {};
    for (const t of tags as { key?: unknown; value?: unknown }[]) {
      if (typeof t?.key === 'string')
        map[t.key] = typeof t.value === 'string' ? t.value : String(t.value ?? '');
    }
    return map;
  }
  return typeof tags === 'object' && tags !== null ? (tags as Record<string, string>) : {};
}

function keyOf(type: unknown, id: unknown): string {
  return `${String(type)}\u0000${String(id)}`;
}

/** The SDK item as plain JSON: dates become ISO strings so the engine sees what the API sent. */
function toApiItem(item: BaseConfigurationItem): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    if (v !== undefined) out[k] = v instanceof Date ? v.toISOString() : v;
  }
  return out;
}
