import { isRecord, readPolicyJson } from '@groundwork/core';
import { canonicalJson } from './canonical';

/** Keys whose values are lists of strings where order and the single-string form carry no meaning. */
const LIST_KEYS = new Set(['Action', 'NotAction', 'Resource', 'NotResource']);

function stringList(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  return [...new Set(list.map((x) => String(x)))].sort();
}

const ACCOUNT_ROOT = /^arn:aws[a-z-]*:iam::(\d{12}):root$/;

/** IAM stores an account id principal as its root ARN: "123456789012" and "arn:aws:iam::123456789012:root" are one. */
export function accountPrincipal(principal: string): string {
  return ACCOUNT_ROOT.exec(principal)?.[1] ?? principal;
}

function normalizePrincipal(p: unknown): unknown {
  if (p === '*') return { AWS: ['*'] };
  if (!isRecord(p)) return p;
  const out: Record<string, string[]> = {};
  for (const k of Object.keys(p).sort()) {
    const list = stringList(p[k]);
    out[k] = k === 'AWS' ? [...new Set(list.map(accountPrincipal))].sort() : list;
  }
  return out;
}

function normalizeCondition(c: unknown): unknown {
  if (!isRecord(c)) return c;
  const out: Record<string, Record<string, string[]>> = {};
  for (const op of Object.keys(c).sort()) {
    const byKey = c[op];
    if (!isRecord(byKey)) continue;
    out[op] = {};
    // Condition keys are case-insensitive in IAM; values are kept as written.
    for (const key of Object.keys(byKey).sort()) out[op][key.toLowerCase()] = stringList(byKey[key]);
  }
  return out;
}

function normalizeStatement(s: unknown): unknown {
  if (!isRecord(s)) return s;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (v === undefined || v === null) continue;
    if (LIST_KEYS.has(k)) out[k] = stringList(v);
    else if (k === 'Principal' || k === 'NotPrincipal') out[k] = normalizePrincipal(v);
    else if (k === 'Condition') out[k] = normalizeCondition(v);
    else if (k === 'Sid' && v === '') continue;
    else out[k] = v;
  }
  return out;
}

/**
 * An IAM policy document in a canonical form: decoded from a (URL-encoded) JSON string, statement order ignored,
 * Action/Resource lists sorted and deduplicated (a single string equals a one-element list), `Principal: "*"`
 * as `{"AWS": ["*"]}`, Version "2012-10-17" assumed when missing is not assumed (it changes variable handling).
 * Returns undefined when the input is not a policy document.
 */
export function normalizePolicy(doc: unknown): Record<string, unknown> | undefined {
  const parsed = typeof doc === 'string' ? readPolicyJson(doc) : doc;
  if (!isRecord(parsed)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parsed)) {
    if (k === 'Statement') {
      const list = Array.isArray(v) ? v : [v];
      const statements = list.map(normalizeStatement);
      const unique = new Map(statements.map((s) => [canonicalJson(s), s]));
      out[k] = [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);
    } else if (k === 'Id') continue;
    else out[k] = v;
  }
  return out;
}

/**
 * The comparison key of a normalized document: its canonical JSON with action names lower-cased, since IAM reads
 * them case-insensitively ("s3:getobject" is "s3:GetObject"). Documents stay as written for display.
 */
export function policyKey(normalized: Record<string, unknown>): string {
  const statements = Array.isArray(normalized['Statement']) ? normalized['Statement'] : [];
  const lowered = statements.map((st) => {
    if (!isRecord(st)) return st;
    const copy: Record<string, unknown> = { ...st };
    for (const k of ['Action', 'NotAction'])
      if (Array.isArray(copy[k]))
        copy[k] = [...new Set((copy[k] as string[]).map((a) => a.toLowerCase()))].sort();
    return copy;
  });
  const keys = [...new Set(lowered.map(canonicalJson))].sort();
  return canonicalJson({ ...normalized, Statement: keys });
}

/** True when two IAM policy documents (objects, JSON strings or URL-encoded JSON strings) mean the same. */
export function policiesEqual(a: unknown, b: unknown): boolean {
  const na = normalizePolicy(a);
  const nb = normalizePolicy(b);
  return na !== undefined && nb !== undefined && policyKey(na) === policyKey(nb);
}
