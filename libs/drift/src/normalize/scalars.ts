/** Numbers and booleans that arrive as strings ("60", "60.0", "true") are coerced before comparing. */
export function scalarsEqual(expected: unknown, actual: unknown): boolean {
  if (expected === actual) return true;
  if (isEmpty(expected) && isEmpty(actual)) return true;
  if (typeof expected === 'number' || typeof actual === 'number') {
    const a = toNumber(expected);
    const b = toNumber(actual);
    return a !== undefined && b !== undefined && a === b;
  }
  if (typeof expected === 'boolean' || typeof actual === 'boolean') {
    const a = toBoolean(expected);
    const b = toBoolean(actual);
    return a !== undefined && a === b;
  }
  return false;
}

/** null, absent, "", false, 0 and empty collections are what AWS omits for "not set": they compare equal. */
export function isEmpty(v: unknown): boolean {
  return (
    v === null ||
    v === undefined ||
    v === '' ||
    v === false ||
    v === 0 ||
    (Array.isArray(v) && v.length === 0) ||
    (typeof v === 'object' &&
      v !== null &&
      Object.getPrototypeOf(v) === Object.prototype &&
      Object.keys(v).length === 0)
  );
}

export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

export function toBoolean(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'True' || v === 'TRUE') return true;
  if (v === 'false' || v === 'False' || v === 'FALSE') return false;
  if (v === null || v === undefined) return false;
  return undefined;
}

/** Enum values compare case-insensitively, and `-`/`_`/space variants are one ("Enabled" == "ENABLED"). */
export function enumValue(v: unknown): unknown {
  return typeof v === 'string' ? v.toLowerCase().replace(/[-_ ]/g, '') : v;
}
