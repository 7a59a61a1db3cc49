/** A plain JSON object (not null, not an array): the shape every parser checks before reading fields. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One value or a list of them, as a list (AWS and Terraform write a single item either way); absent is empty. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * A Terraform nested block, as the list of its objects: cdktf writes a single block as an object, other writers as
 * a one-element list. Anything that is not an object is left out.
 */
export function blocks(value: unknown): Record<string, unknown>[] {
  return asList(value).filter(isRecord);
}
