// Configuration items in the API form that @groundwork/drift's fromApiItem reads.

/**
 * A configuration item in API form, as plain JSON: `arn`, `accountId`, `configuration` a JSON string (an object
 * when it comes from an advanced query), timestamps as ISO 8601 strings.
 */
export type ApiConfigItem = Record<string, unknown>;

/** The SDK's item as the API sent it: the SDK turns timestamps into Date objects, so they go back to ISO strings. */
export function toApiItem(item: object): ApiConfigItem {
  const out: ApiConfigItem = {};
  for (const [key, value] of Object.entries(item))
    if (value !== undefined) out[key] = value instanceof Date ? value.toISOString() : value;
  return out;
}
