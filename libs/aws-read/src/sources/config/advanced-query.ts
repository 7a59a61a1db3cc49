// AWS Config advanced query (SelectResourceConfig, or SelectAggregateResourceConfig through an aggregator).
import {
  ConfigServiceClient,
  paginateSelectAggregateResourceConfig,
  paginateSelectResourceConfig,
} from '@aws-sdk/client-config-service';

/** Both select calls return at most 100 results a page. */
const SELECT_PAGE_SIZE = 100;

export interface AdvancedQuery {
  /** `SELECT … WHERE …` in Config's query language. */
  readonly expression: string;
  /** Run it over this configuration aggregator instead of the client's account and region. */
  readonly aggregator?: string;
  /** Called after each page with the number of rows read so far. */
  readonly onPage?: (rows: number) => void;
}

/** Runs the query to its last page; each row is the object of the selected fields (results arrive as JSON strings). */
export async function selectRows(
  client: ConfigServiceClient,
  query: AdvancedQuery,
): Promise<Record<string, unknown>[]> {
  const pages = query.aggregator
    ? paginateSelectAggregateResourceConfig(
        { client, pageSize: SELECT_PAGE_SIZE },
        { Expression: query.expression, ConfigurationAggregatorName: query.aggregator },
      )
    : paginateSelectResourceConfig({ client, pageSize: SELECT_PAGE_SIZE }, { Expression: query.expression });
  const rows: Record<string, unknown>[] = [];
  for await (const page of pages) {
    for (const result of page.Results ?? []) rows.push(JSON.parse(result) as Record<string, unknown>);
    query.onPage?.(rows.length);
  }
  return rows;
}

/** `resourceType IN ('AWS::S3::Bucket', …)`, quotes escaped. */
export function resourceTypeIn(resourceTypes: readonly string[]): string {
  return `resourceType IN (${resourceTypes.map((t) => `'${t.replace(/'/g, "''")}'`).join(', ')})`;
}

/** Advanced query returns tags as a list of `{key, value}` (plus a synthetic `tag`); items carry a map. */
export function tagListToMap(tags: unknown): Record<string, string> {
  if (Array.isArray(tags)) {
    const map: Record<string, string> = {};
    for (const t of tags as { key?: unknown; value?: unknown }[])
      if (typeof t?.key === 'string')
        map[t.key] = typeof t.value === 'string' ? t.value : String(t.value ?? '');
    return map;
  }
  return typeof tags === 'object' && tags !== null ? (tags as Record<string, string>) : {};
}
