import type { Difference } from '../report-types';
import { canonicalJson } from './canonical';
import { NormMap, NormMatch, NormSet, NormWhole, UNKNOWN, containsUnknown } from './norm-values';
import { isEmpty, scalarsEqual } from './scalars';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/** The path of `key` under `base`; built only where a difference is reported or a container entered. */
function pathOf(base: string, key: string | number | undefined): string {
  if (key === undefined) return base;
  if (typeof key === 'number') return `${base}[${key}]`;
  return base === '' ? key : `${base}.${key}`;
}

/** A readable form of a normalized value for a difference. */
export function plain(v: unknown): unknown {
  if (v instanceof NormSet) return v.items.map(plain);
  if (v instanceof NormMap)
    return Object.fromEntries(Object.entries(v.entries).map(([k, x]) => [k, plain(x)]));
  if (v instanceof NormWhole) return v.value;
  if (v instanceof NormMatch) return v.value;
  if (v === UNKNOWN) return undefined;
  if (Array.isArray(v)) return v.map(plain);
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

/** Whether `plain(v)` is undefined: such object entries are left out of a canonical key. */
function plainIsUndefined(v: unknown): boolean {
  return v === undefined || v === UNKNOWN || (v instanceof NormWhole && v.value === undefined);
}

/**
 * `canonicalJson(plain(v))` in one walk, without building the plain copy: the key a set element is matched by.
 * Set elements are compared by the thousand in a sweep, so the copy and its garbage are what the comparison costs.
 */
export function plainKey(v: unknown): string {
  if (typeof v !== 'object' || v === null) return JSON.stringify(v) ?? 'null';
  if (v instanceof NormSet) return `[${v.items.map(plainKey).join(',')}]`;
  if (v instanceof NormMap) return objectKey(v.entries);
  if (v instanceof NormWhole) return canonicalJson(v.value);
  if (v instanceof NormMatch) return canonicalJson(v.value);
  if (Array.isArray(v)) return `[${v.map(plainKey).join(',')}]`;
  if (isPlainObject(v)) return objectKey(v);
  return canonicalJson(v);
}

function objectKey(o: Readonly<Record<string, unknown>>): string {
  const keys = Object.keys(o)
    .filter((k) => !plainIsUndefined(o[k]))
    .sort();
  let out = '{';
  for (let i = 0; i < keys.length; i++)
    out += `${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:${plainKey(o[keys[i]])}`;
  return `${out}}`;
}

/**
 * Whether two values are the same plain data (scalars by identity, lists element by element, plain objects key by
 * key). Sound but not complete: true implies equal `plainKey`s; anything else (normalized values, NaN) is false.
 */
function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && sameElements(a, b);
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys)
    if (!Object.prototype.hasOwnProperty.call(b, k) || !samePlainData(a[k], b[k])) return false;
  return true;
}

function sameElements(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!samePlainData(a[i], b[i])) return false;
  return true;
}

function diffSet(expected: NormSet, actual: unknown, path: string, out: Difference[]): void {
  const actualItems =
    actual instanceof NormSet
      ? actual.items
      : Array.isArray(actual)
        ? actual
        : isEmpty(actual)
          ? []
          : [actual];
  // An in-sync set usually lists the same elements in the same order: then no element needs a key.
  if (sameElements(expected.items, actualItems)) return;
  const want = new Map(expected.items.map((i) => [plainKey(i), i]));
  const have = new Map(actualItems.map((i) => [plainKey(i), i]));
  for (const [k, v] of want)
    if (!have.has(k)) out.push({ path, expected: plain(v), actual: undefined, type: 'REMOVE' });
  if (expected.exclusive)
    for (const [k, v] of have)
      if (!want.has(k)) out.push({ path, expected: undefined, actual: plain(v), type: 'ADD' });
}

function diffMap(expected: NormMap, actual: unknown, path: string, out: Difference[]): void {
  const act: Readonly<Record<string, unknown>> =
    actual instanceof NormMap ? actual.entries : isPlainObject(actual) ? actual : {};
  const want = expected.entries;
  // A map's entries were not looked into for UNKNOWN (an ignored tag is one): each is checked.
  for (const k of Object.keys(want)) diffValue(want[k], act[k], path, k, out, false);
  if (expected.exclusive)
    for (const k of Object.keys(act))
      if (!(k in want) && act[k] !== undefined)
        out.push({ path: pathOf(path, k), expected: undefined, actual: plain(act[k]), type: 'ADD' });
}

/**
 * Compares one expected value with the live one at `base` + `key`. `known`: the caller already found no UNKNOWN in
 * `expected` (its own check covered the subtree), so the walk is not repeated at every level.
 */
function diffValue(
  expected: unknown,
  rawActual: unknown,
  base: string,
  key: string | number | undefined,
  out: Difference[],
  known: boolean,
): void {
  if (expected === undefined || rawActual === UNKNOWN || (!known && containsUnknown(expected))) return;
  const actual = rawActual instanceof NormMatch ? rawActual.value : rawActual;
  if (typeof expected !== 'object' || expected === null) {
    if (!scalarsEqual(expected, actual)) {
      const missing = actual === undefined || actual === null;
      out.push({
        path: pathOf(base, key),
        expected,
        actual: missing ? null : plain(actual),
        type: missing ? 'REMOVE' : 'NOT_EQUAL',
      });
    }
    return;
  }
  const path = pathOf(base, key);
  if (expected instanceof NormSet) return diffSet(expected, actual, path, out);
  if (expected instanceof NormMap) return diffMap(expected, actual, path, out);
  if (expected instanceof NormMatch) {
    if (isEmpty(expected.value) && isEmpty(actual)) return;
    if (!expected.matches(actual))
      out.push({
        path,
        expected: expected.value,
        actual: plain(actual),
        type: isEmpty(actual) ? 'REMOVE' : 'NOT_EQUAL',
      });
    return;
  }
  if (expected instanceof NormWhole) {
    const a = actual instanceof NormWhole ? actual.value : actual;
    const same =
      actual instanceof NormWhole ? expected.key === actual.key : expected.key === canonicalJson(a);
    if (!same)
      out.push({
        path,
        expected: expected.value,
        actual: a ?? null,
        type: a === undefined || a === null ? 'REMOVE' : 'NOT_EQUAL',
      });
    return;
  }
  if (isPlainObject(expected)) {
    const act = isPlainObject(actual) ? actual : {};
    for (const k of Object.keys(expected)) diffValue(expected[k], act[k], path, k, out, true);
    return;
  }
  if (Array.isArray(expected)) {
    const act = Array.isArray(actual) ? actual : isEmpty(actual) ? [] : [actual];
    // Ordered lists: same length, then element by element (each compares only what the IaC sets).
    if (expected.length !== act.length)
      out.push({ path, expected: plain(expected), actual: plain(act), type: 'NOT_EQUAL' });
    else for (let i = 0; i < expected.length; i++) diffValue(expected[i], act[i], path, i, out, true);
    return;
  }
  if (!scalarsEqual(expected, actual)) {
    const missing = actual === undefined || actual === null;
    out.push({
      path,
      expected,
      actual: missing ? null : plain(actual),
      type: missing ? 'REMOVE' : 'NOT_EQUAL',
    });
  }
}

/**
 * Differences between the expected document (from the IaC) and the actual one (from AWS Config). Only what the
 * expected side sets is compared; UNKNOWN on either side is skipped; sets and maps follow their exclusivity.
 */
export function compareDocuments(
  expected: Record<string, unknown>,
  actual: Record<string, unknown>,
): Difference[] {
  const out: Difference[] = [];
  for (const k of Object.keys(expected)) diffValue(expected[k], actual[k], '', k, out, false);
  return out;
}
