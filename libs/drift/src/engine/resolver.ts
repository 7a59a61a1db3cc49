import { PolicyDocumentError, isRecord, renderPolicyDocument } from '@groundwork/core';
import type { DesiredResource, DesiredStack } from '../iac/desired-model';
import { UNKNOWN, containsUnknown } from '../normalize/norm-values';
import type { StackState } from '../state/state-model';

/** Attributes whose value equals `id` for these types, so `${type.name.id}` resolves from the IaC alone. */
const ID_ATTRIBUTE: Readonly<Record<string, string>> = {
  aws_s3_bucket: 'bucket',
  aws_iam_role: 'name',
  aws_iam_user: 'name',
  aws_iam_group: 'name',
  aws_lambda_function: 'function_name',
  aws_autoscaling_group: 'name',
  aws_db_instance: 'identifier',
};

const REF = /^(data\.)?([a-z0-9_]+)\.([A-Za-z0-9_-]+)((?:\[[^\]]+\]|\.[A-Za-z0-9_-]+)*)$/;
const WHOLE = /^\$\{([^{}]+)\}$/;
const EMBEDDED = /\$\{([^{}]+)\}/g;

function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/\.([A-Za-z0-9_-]+)|\[(\d+)\]|\["([^"]*)"\]/g))
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[3]));
  return out;
}

function walk(value: unknown, path: (string | number)[]): unknown {
  let v: unknown = value;
  for (const seg of path) {
    if (typeof seg === 'number') v = Array.isArray(v) ? v[seg] : seg === 0 && isRecord(v) ? v : undefined;
    else if (Array.isArray(v) && v.length === 1 && isRecord(v[0])) v = v[0][seg];
    else v = isRecord(v) ? v[seg] : undefined;
    if (v === undefined) return undefined;
  }
  return v;
}

/**
 * Resolves Terraform references (`${aws_vpc.main.id}`, `${aws_s3_bucket.b.arn}/*`) in one stack: from the applied
 * state first, then from literal IaC values (and the aws_iam_policy_document data source, rendered). Anything else
 * (functions, computed attributes without state) becomes UNKNOWN and is not compared.
 */
export class Resolver {
  private readonly byAddress = new Map<string, DesiredResource>();
  private readonly resolving = new Set<string>();

  constructor(
    stack: DesiredStack,
    private readonly state: StackState | undefined,
  ) {
    for (const r of stack.resources) this.byAddress.set(r.address, r);
    for (const d of stack.dataSources) this.byAddress.set(d.address, d);
  }

  /**
   * Deeply resolves every string in a value. Copy on write: a list or object with no reference in it is returned
   * as it is (most IaC values are literals, and a sweep resolves thousands of resources per shard), so callers
   * must not mutate the result, as they must not mutate the IaC's values.
   */
  resolve(value: unknown): unknown {
    if (typeof value === 'string') return value.includes('${') ? this.resolveString(value) : value;
    if (Array.isArray(value)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const v = this.resolve(value[i]);
        if (out === undefined && v !== value[i]) out = value.slice(0, i);
        out?.push(v);
      }
      return out ?? value;
    }
    if (isRecord(value)) {
      let out: Record<string, unknown> | undefined;
      for (const k of Object.keys(value)) {
        const v = this.resolve(value[k]);
        if (out === undefined && v !== value[k]) out = { ...value };
        if (out !== undefined) out[k] = v;
      }
      return out ?? value;
    }
    return value;
  }

  /** The raw address a whole-string reference points at (`${aws_vpc.main.id}` → `aws_vpc.main`), if any. */
  static referencedAddress(value: unknown): string | undefined {
    if (typeof value !== 'string') return undefined;
    const m = WHOLE.exec(value);
    const ref = m ? REF.exec(m[1].trim()) : null;
    return ref ? `${ref[1] ?? ''}${ref[2]}.${ref[3]}` : undefined;
  }

  private resolveString(s: string): unknown {
    const whole = WHOLE.exec(s);
    if (whole) return this.resolveExpression(whole[1].trim());
    let unknown = false;
    const text = s.replace(EMBEDDED, (_m, expr: string) => {
      const v = this.resolveExpression(expr.trim());
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
      unknown = true;
      return '';
    });
    return unknown ? UNKNOWN : text;
  }

  private resolveExpression(expr: string): unknown {
    const m = REF.exec(expr);
    if (!m) return UNKNOWN;
    const address = `${m[1] ?? ''}${m[2]}.${m[3]}`;
    const rest = segments(m[4]);
    // An instance index right after the name (`aws_x.y[0].id`) selects a state instance.
    let stateAddress = address;
    if (typeof rest[0] === 'number') stateAddress = `${address}[${rest.shift()}]`;
    const attrs = this.state?.resources.get(stateAddress) ?? this.state?.resources.get(`${address}[0]`);
    if (attrs) {
      const v = walk(attrs, rest);
      if (v !== undefined && v !== null) return v;
    }
    return this.fromIac(address, m[2], rest);
  }

  /** The `json` or `minified_json` of a policy document data source, as the provider renders it. */
  private renderedPolicy(values: Readonly<Record<string, unknown>>, attribute: string | number): unknown {
    if (attribute !== 'json' && attribute !== 'minified_json') return UNKNOWN;
    const resolve = (v: unknown) => {
      const resolved = this.resolve(v);
      return containsUnknown(resolved) ? undefined : resolved;
    };
    try {
      const rendered = renderPolicyDocument(values, resolve);
      if (!rendered) return UNKNOWN;
      return attribute === 'json' ? rendered.json : rendered.minifiedJson;
    } catch (err) {
      // A document the provider refuses is never applied: nothing to compare with.
      if (err instanceof PolicyDocumentError) return UNKNOWN;
      throw err;
    }
  }

  private fromIac(address: string, type: string, rest: (string | number)[]): unknown {
    const r = this.byAddress.get(address);
    if (!r || this.resolving.has(address)) return UNKNOWN;
    this.resolving.add(address);
    try {
      if (r.mode === 'data' && type === 'aws_iam_policy_document' && rest.length === 1) {
        return this.renderedPolicy(r.values, rest[0]);
      }
      if (r.mode === 'data') return UNKNOWN;
      const path = rest.length === 1 && rest[0] === 'id' && ID_ATTRIBUTE[type] ? [ID_ATTRIBUTE[type]] : rest;
      const v = walk(r.values, path);
      return v === undefined ? UNKNOWN : this.resolve(v);
    } finally {
      this.resolving.delete(address);
    }
  }
}
