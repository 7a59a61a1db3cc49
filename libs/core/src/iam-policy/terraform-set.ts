import { crc32 } from 'node:zlib';

/**
 * The elements of a Terraform SDK set (`schema.TypeSet`) in the order the provider reads them: equal elements
 * (equal serializations) once, ordered by the decimal text of their CRC-32 hash code, compared as strings. The
 * provider's output depends on this order where it concatenates set elements (principals and conditions of one
 * type in a policy document).
 */
export function terraformSetOrder<T>(items: readonly T[], serialize: (item: T) => string): T[] {
  const byCode = new Map<string, T>();
  for (const item of items) {
    const code = String(crc32(serialize(item)));
    if (!byCode.has(code)) byCode.set(code, item);
  }
  return [...byCode.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item);
}

/** The elements of a set of strings in set order: the SDK hashes each string as it serializes it, with a `;`. */
export function terraformStringSetOrder(items: readonly string[]): string[] {
  return terraformSetOrder(items, (s) => `${s};`);
}

/** How the SDK serializes a set of strings for hashing: each element followed by `;`, in set order. */
export function serializeStringSet(items: readonly string[]): string {
  return `{${terraformStringSetOrder(items)
    .map((s) => `${s};`)
    .join('')}};`;
}

/** How the SDK serializes a list of strings for hashing: each element followed by `;`, in order. */
export function serializeStringList(items: readonly string[]): string {
  return `(${items.map((s) => `${s};`).join('')});`;
}
