// Configuration items in the API form that @groundwork/drift's fromApiItem reads.

/**
 * A configuration item in API form, as plain JSON: `arn`, `accountId`, `configuration` a JSON string (an object
 * when it comes from an advanced query), timestamps as ISO 8601 strings.
 */
export type ApiConfigItem = Record<string, unknown>;
