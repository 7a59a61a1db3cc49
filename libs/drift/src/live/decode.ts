import { isRecord } from '@groundwork/core';

/** Parses strings holding JSON (possibly a JSON string of a JSON string) until the value is no longer such a string. */
export function decodeNested(value: unknown): unknown {
  let v = value;
  for (let i = 0; i < 4 && typeof v === 'string'; i++) {
    const t = v.trimStart();
    const c = t[0];
    if (c !== '{' && c !== '[' && c !== '"') break;
    try {
      v = JSON.parse(t);
    } catch {
      break;
    }
  }
  return v;
}

/** Placebo datetime objects, epoch seconds and ISO strings with offsets, all to ISO 8601 UTC. */
export function toIsoTime(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return new Date(value < 1e11 ? value * 1000 : value).toISOString();
  if (typeof value === 'string') {
    // Already ISO 8601 in UTC with milliseconds (the event and snapshot forms): keep as is.
    if (value.length === 24 && value[10] === 'T' && value[23] === 'Z') return value;
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? value : d.toISOString();
  }
  if (isRecord(value) && typeof value['year'] === 'number') {
    const n = (k: string): number => (typeof value[k] === 'number' ? (value[k] as number) : 0);
    return new Date(
      Date.UTC(
        n('year'),
        n('month') - 1,
        n('day'),
        n('hour'),
        n('minute'),
        n('second'),
        Math.floor(n('microsecond') / 1000),
      ),
    ).toISOString();
  }
  return null;
}

/** `[{key,value}]`, `[{Key,Value}]`, `[{TagKey,TagValue}]` (KMS), a map, or a JSON string of either, to a tag map. */
export function tagMap(value: unknown): Record<string, string> | undefined {
  const v = decodeNested(value);
  if (Array.isArray(v)) {
    const out: Record<string, string> = {};
    for (const t of v) {
      if (!isRecord(t)) continue;
      const k = t['key'] ?? t['Key'] ?? t['TagKey'];
      const val = t['value'] ?? t['Value'] ?? t['TagValue'];
      if (typeof k === 'string') out[k] = val === null || val === undefined ? '' : String(val);
    }
    return out;
  }
  if (isRecord(v)) {
    const out: Record<string, string> = {};
    for (const [k, val] of Object.entries(v)) out[k] = val === null || val === undefined ? '' : String(val);
    return out;
  }
  return undefined;
}
