// Helpers for reading Terraform JSON values that may be unresolved references.

/** True for a string holding a Terraform expression (`${...}`): its value is unknown until apply. */
export function isUnresolved(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

export { blocks } from '@groundwork/core';

/** `true`, `"true"`: a boolean that is known to be set. */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

/** `false`, `"false"`: a boolean that is known to be unset. */
export function isFalse(value: unknown): boolean {
  return value === false || value === 'false';
}

/** A list of strings, with a single string read as a one-element list; non-strings are dropped. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** A number from a number or a numeric string; undefined when unset or unresolved. */
export function numberValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !isUnresolved(value)) {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Does an expression refer to the resource at `address` (`${aws_s3_bucket.logs.id}`, `${aws_s3_bucket.logs}`)? */
export function refersTo(value: unknown, address: string): boolean {
  if (typeof value !== 'string') return false;
  const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\$\\{[^}]*(?<![\\w.-])${escaped}(?![\\w-])`).test(value);
}

/** Every `type.name` a Terraform expression mentions (`${aws_s3_bucket.logs.id}` → `aws_s3_bucket.logs`). */
export function referencedAddresses(expression: string): string[] {
  const out: string[] = [];
  for (const [, inner] of expression.matchAll(/\$\{([^}]*)\}/g)) {
    for (const [address] of inner.matchAll(/(?<![\w.-])[A-Za-z][\w-]*\.[A-Za-z_][\w-]*/g)) out.push(address);
  }
  return out;
}
