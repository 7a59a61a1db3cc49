// AWS Config's read API answered from a simulated account, with the service's own page limits, for measuring how
// many calls a reader makes: ListDiscoveredResources (at most `limit` identifiers a page, 100 at most),
// BatchGetResourceConfig (at most 100 keys, items in the API's base form, without tags), SelectResourceConfig (at
// most `Limit` rows a page, 100 at most; `SELECT resourceType, resourceId, tags WHERE resourceType IN (…)` only),
// and through an aggregator SelectAggregateResourceConfig (the selected fields of every account's items); and the
// delivery channels DescribeDeliveryChannels returns.
import {
  BatchGetResourceConfigCommand,
  type BatchGetResourceConfigCommandInput,
  ConfigServiceClient,
  DescribeDeliveryChannelsCommand,
  ListDiscoveredResourcesCommand,
  SelectAggregateResourceConfigCommand,
  SelectResourceConfigCommand,
} from '@aws-sdk/client-config-service';
import type { ConfigItem } from '@groundwork/aws-sim';
import { mockClient } from 'aws-sdk-client-mock';
import { callsOf, SIMULATED_CREDENTIALS, type SimulatedService } from './simulated-service';

const PAGE_LIMIT = 100;

/** One page of `all` from the position a token names, and the token of the next page (none after the last). */
function page<T>(all: readonly T[], token: string | undefined, limit: number | undefined) {
  const start = token === undefined ? 0 : Number(token);
  const end = start + Math.min(limit || PAGE_LIMIT, PAGE_LIMIT);
  return { rows: all.slice(start, end), next: end < all.length ? String(end) : undefined };
}

/** A snapshot-form item as BatchGetResourceConfig returns it: JSON strings, `arn`, `accountId`, no tags. */
function baseItem(item: ConfigItem): Record<string, unknown> {
  return {
    version: '1.3',
    accountId: item.awsAccountId as string,
    configurationItemCaptureTime: new Date(String(item.configurationItemCaptureTime)),
    configurationItemStatus: item.configurationItemStatus,
    configurationStateId: String(item.configurationStateId),
    arn: (item.ARN as string | null) ?? undefined,
    resourceType: item.resourceType,
    resourceId: item.resourceId,
    resourceName: (item.resourceName as string | null) ?? undefined,
    awsRegion: item.awsRegion as string,
    availabilityZone: (item.availabilityZone as string | null) ?? undefined,
    configuration: JSON.stringify(item.configuration),
    supplementaryConfiguration: Object.fromEntries(
      Object.entries(item.supplementaryConfiguration).map(([k, v]) => [k, JSON.stringify(v)]),
    ),
  };
}

/** The types of `resourceType IN ('A', 'B')` in an advanced query's expression. */
function typesQueried(expression: string): Set<string> {
  const list = /resourceType IN \(([^)]*)\)/.exec(expression)?.[1];
  if (list === undefined) throw new Error(`unsupported advanced query: ${expression}`);
  return new Set([...list.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replace(/''/g, "'")));
}

/** The fields `SELECT a, b, … WHERE …` names, as a row of an item (advanced query's shapes: tags as a list). */
function selected(expression: string, item: ConfigItem): Record<string, unknown> {
  const fields = /^SELECT (.*?) WHERE /
    .exec(expression)?.[1]
    .split(',')
    .map((f) => f.trim());
  if (!fields) throw new Error(`unsupported advanced query: ${expression}`);
  const value: Record<string, unknown> = {
    ...item,
    arn: item.ARN,
    accountId: item.awsAccountId,
    tags: Object.entries(item.tags).map(([key, v]) => ({ key, value: v, tag: `${key}=${v}` })),
  };
  return Object.fromEntries(fields.map((f) => [f, value[f]]));
}

/**
 * A Config client that answers from `items` and counts its calls: one account and region's items, or, for the
 * aggregator's query, every account's.
 */
export function simulatedConfigService(
  items: readonly ConfigItem[],
  region: string,
  deliveryChannels: readonly object[] = [],
): SimulatedService<ConfigServiceClient> {
  const client = new ConfigServiceClient({ region, credentials: SIMULATED_CREDENTIALS });
  const mock = mockClient(client);
  mock.on(ListDiscoveredResourcesCommand).callsFake((input) => {
    const ofType = items.filter((i) => i.resourceType === input.resourceType);
    const { rows, next } = page(ofType, input.nextToken, input.limit);
    return {
      resourceIdentifiers: rows.map((i) => ({
        resourceType: i.resourceType,
        resourceId: i.resourceId,
        resourceName: (i.resourceName as string | null) ?? undefined,
      })),
      nextToken: next,
    };
  });
  mock.on(BatchGetResourceConfigCommand).callsFake((input: BatchGetResourceConfigCommandInput) => {
    const keys = input.resourceKeys ?? [];
    if (keys.length > PAGE_LIMIT) throw new Error(`BatchGetResourceConfig: ${keys.length} keys, at most 100`);
    return {
      baseConfigurationItems: keys.flatMap((k) =>
        items.filter((i) => i.resourceType === k.resourceType && i.resourceId === k.resourceId).map(baseItem),
      ),
      unprocessedResourceKeys: [],
    };
  });
  mock.on(SelectResourceConfigCommand).callsFake((input) => {
    const expression = String(input.Expression);
    const types = typesQueried(expression);
    const rows = items
      .filter((i) => types.has(i.resourceType))
      .map((i) => JSON.stringify(selected(expression, i)));
    const { rows: results, next } = page(rows, input.NextToken, input.Limit);
    return { Results: results, NextToken: next };
  });
  mock.on(SelectAggregateResourceConfigCommand).callsFake((input) => {
    const expression = String(input.Expression);
    const types = typesQueried(expression);
    const rows = items
      .filter((i) => types.has(i.resourceType))
      .map((i) => JSON.stringify(selected(expression, i)));
    const { rows: results, next } = page(rows, input.NextToken, input.Limit);
    return { Results: results, NextToken: next };
  });
  mock.on(DescribeDeliveryChannelsCommand).callsFake(() => ({ DeliveryChannels: deliveryChannels }));
  return { client, calls: () => callsOf(mock) };
}
