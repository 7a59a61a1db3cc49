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

// The CRC-32 (IEEE) table, made on first use. Computed here rather than taken from node:zlib so that core also
// bundles for browsers (the drift HTML report's page script uses core), and lazily so that bundles that do not
// use it drop it.
let crcTable: number[] | undefined;

/** CRC-32 (IEEE) of the UTF-8 bytes of `text`, as Go's hash/crc32.ChecksumIEEE computes it. */
export function crc32(text: string): number {
  crcTable ??= Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let c = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
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
