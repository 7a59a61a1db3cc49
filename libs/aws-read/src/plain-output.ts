// An SDK response as plain JSON, the way the AWS CLI prints it: timestamps as ISO 8601 strings (the SDK turns them
// into Date objects), the SDK's own `$metadata` and unset members left out.

/** The value with every Date, at any depth, as its ISO string, and undefined members dropped. */
export function plainJson(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plainJson);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value))
      if (member !== undefined && key !== '$metadata') out[key] = plainJson(member);
    return out;
  }
  return value;
}

/** An SDK command's output as plain JSON. */
export function plainOutput(output: object): Record<string, unknown> {
  return plainJson(output) as Record<string, unknown>;
}
