import { blocks, isRecord } from '@groundwork/core';
import type { ConfigItem } from '../live/config-item';
import { decodeNested } from '../live/decode';
import { normalizePolicy, policyKey } from '../normalize/iam-policy';
import { NormMap, NormMatch, NormSet, NormWhole, UNKNOWN } from '../normalize/norm-values';
import { enumValue, toBoolean } from '../normalize/scalars';
import { actualTags, expectedTags } from '../normalize/tags';
import type { ExpectedInput } from './adapter';

export type Values = Readonly<Record<string, unknown>>;

/** A non-empty literal string, or undefined. */
export function text(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' && !v.includes('${') ? v : undefined;
}

export function keys(...values: unknown[]): string[] {
  return values.filter((v): v is string => typeof v === 'string' && v !== '' && !v.includes('${'));
}

export function conf(item: ConfigItem): Record<string, unknown> {
  return (item.configuration ?? {}) as Record<string, unknown>;
}

export function supp(item: ConfigItem, key: string): Record<string, unknown> | undefined {
  const v = item.supplementaryConfiguration[key];
  return isRecord(v) ? v : undefined;
}

/** Reads a dotted path; lists of one object are stepped through (Terraform blocks). */
export function get(obj: unknown, path: string): unknown {
  let v: unknown = obj;
  for (const seg of path.split('.')) {
    if (v === UNKNOWN) return UNKNOWN;
    if (Array.isArray(v)) v = v.length === 1 ? v[0] : undefined;
    v = isRecord(v) ? v[seg] : undefined;
    if (v === undefined) return undefined;
  }
  return v;
}

export { blocks };

export function block(v: unknown): Record<string, unknown> | undefined {
  return blocks(v)[0];
}

/** Keeps UNKNOWN (so the field is skipped), drops undefined. */
export function maybe<T>(v: T, f: (x: Exclude<T, undefined>) => unknown): unknown {
  if (v === undefined) return undefined;
  if ((v as unknown) === UNKNOWN) return UNKNOWN;
  return f(v as Exclude<T, undefined>);
}

/** An enum value: compared case- and separator-insensitively, shown as written. */
export function lower(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const want = enumValue(v);
  return new NormMatch(
    v,
    (actual) => enumValue(actual instanceof NormMatch ? actual.value : actual) === want,
  );
}

export function bool(v: unknown): unknown {
  if (v === UNKNOWN || v === undefined) return v;
  return toBoolean(v) ?? v;
}

/** A set of strings (or UNKNOWN if any element is unknown); undefined stays undefined. */
export function stringSet(v: unknown, exclusive = true): unknown {
  if (v === undefined) return undefined;
  if (v === UNKNOWN) return UNKNOWN;
  const list = Array.isArray(v)
    ? v
    : typeof v === 'string' && v !== ''
      ? v.split(',').map((s) => s.trim())
      : [];
  if (list.some((x) => x === UNKNOWN)) return UNKNOWN;
  return new NormSet([...new Set(list.filter((x) => x !== null && x !== '').map(String))], exclusive);
}

const policyCache = new Map<string, unknown>();

/**
 * A policy document compared semantically; UNKNOWN when it cannot be read. Normalized documents are cached by their
 * text: the same trust and bucket policies recur across an account.
 */
export function policy(v: unknown): unknown {
  if (v === undefined) return undefined;
  if (v === UNKNOWN) return UNKNOWN;
  if (v === null || v === '') return new NormWhole(null);
  if (typeof v === 'string') {
    const cached = policyCache.get(v);
    if (cached !== undefined) return cached;
  }
  const n = normalizePolicy(v);
  const result = n === undefined ? UNKNOWN : new NormWhole(n, (x) => policyKey(x as Record<string, unknown>));
  if (typeof v === 'string') {
    if (policyCache.size >= 4096) policyCache.clear();
    policyCache.set(v, result);
  }
  return result;
}

/**
 * A JSON document that is no IAM policy (an event pattern, a redrive policy), given as a string or a value: compared
 * as a value, whatever its key order and spacing; UNKNOWN when the text is no JSON.
 */
export function jsonDocument(v: unknown): unknown {
  if (v === undefined || v === UNKNOWN) return v;
  if (v === null || v === '') return new NormWhole(null);
  const value = decodeNested(v);
  return typeof value === 'string' ? UNKNOWN : new NormWhole(value);
}

/** The last segment after `/` or `:` (names inside ARNs). */
export function lastSegment(s: string): string {
  return s.split(/[/:]/).pop() ?? s;
}

/** A KMS key given as id, key ARN or alias matches the live value when they name the same key or alias. */
export function kmsKey(v: unknown): unknown {
  if (v === undefined || v === UNKNOWN) return v;
  const want = String(v);
  const id = (s: string): string => (s.includes('alias/') ? `alias/${s.split('alias/')[1]}` : lastSegment(s));
  return new NormMatch(want, (actual) => {
    if (typeof actual !== 'string' || actual === '') return want === '';
    // An alias cannot be compared with a key id without the alias table: treat as equal.
    if (id(want).startsWith('alias/') !== id(actual).startsWith('alias/')) return true;
    return id(want) === id(actual);
  });
}

/** A name or ARN that matches when equal or when the live ARN ends with `/<name>`. */
export function nameOrArn(v: unknown): unknown {
  if (v === undefined || v === UNKNOWN) return v;
  const want = String(v);
  return new NormMatch(
    want,
    (actual) =>
      typeof actual === 'string' &&
      (actual === want || actual.endsWith(`/${want}`) || want.endsWith(`/${actual}`)),
  );
}

/**
 * The IaC's value of an argument, else the provider's default where the IaC creates the resource: the provider sends
 * its defaults on create, so they are set too. `values` is a nested block's, when the argument is in one.
 */
export function orDefault(
  input: ExpectedInput,
  attribute: string,
  providerDefault: unknown,
  values: Values = input.values,
): unknown {
  return values[attribute] ?? (input.ownsResource ? providerDefault : undefined);
}

export function tagsOf(input: ExpectedInput, attribute = 'tags'): unknown {
  if (!input.ownsResource || input.ignoredTags === 'all') return undefined;
  const tags = expectedTags(input.values[attribute], input.defaultTags);
  if (!tags || input.ignoredTags.length === 0) return tags;
  const entries = { ...tags.entries };
  for (const k of input.ignoredTags) entries[k] = UNKNOWN;
  return new NormMap(entries);
}

/** The item's tags without `aws:` ones; UNKNOWN when the item records no tags at all. */
export function liveTags(item: ConfigItem): unknown {
  return item.tagsRecorded === false ? UNKNOWN : actualTags(item.tags);
}

export function foldedOf(input: ExpectedInput, ...types: string[]): Values[] {
  return input.folded.filter((f) => types.includes(f.type)).map((f) => f.values);
}

/** Drops undefined entries so that only what the IaC sets remains. */
export function defined(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(doc)) if (doc[k] !== undefined) out[k] = doc[k];
  return out;
}

export { UNKNOWN };
