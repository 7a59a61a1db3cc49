import { isRecord } from '@groundwork/core';
import { Expression, Segment, quoteEnd, readTraversal } from './expression';
import { hclLiteral } from './hcl-literal';
import { TemplatePart, templateParts, templateText } from './template';
import { TerraformValue, isObjectValue } from './value';

/**
 * What names mean where a value is read: the iteration symbols in force (`count`, `each`, a dynamic block's
 * iterator), each with its value or `undefined` when it cannot be known, and the configuration's locals.
 */
export interface Scope {
  readonly symbols: ReadonlyMap<string, TerraformValue | undefined>;
  readonly locals: Locals;
}

/** The `locals` of a configuration, read on demand; a local whose value Terraform computes is unknown. */
export class Locals {
  private readonly values = new Map<string, TerraformValue | undefined>();
  private readonly reading = new Set<string>();

  constructor(private readonly raw: ReadonlyMap<string, unknown>) {}

  /** The local's value; undefined when it is not declared or refers to itself. */
  value(name: string): TerraformValue | undefined {
    if (this.values.has(name)) return this.values.get(name);
    if (!this.raw.has(name) || this.reading.has(name)) return undefined;
    this.reading.add(name);
    const value = readValue(this.raw.get(name), { symbols: new Map(), locals: this });
    this.reading.delete(name);
    this.values.set(name, value);
    return value;
  }
}

/** A scope with one more symbol bound (`each`, `count` or an iterator); `undefined` binds it as unknown. */
export function withSymbol(scope: Scope, name: string, value: TerraformValue | undefined): Scope {
  return { symbols: new Map([...scope.symbols, [name, value]]), locals: scope.locals };
}

/**
 * A raw Terraform JSON value read in a scope: literal strings decoded, interpolations of known values (iteration
 * symbols, locals, literals) put in, and everything else kept as an {@link Expression}.
 */
export function readValue(raw: unknown, scope: Scope): TerraformValue {
  if (typeof raw === 'string') return readTemplate(raw, scope);
  if (Array.isArray(raw)) return raw.map((v) => readValue(v, scope));
  if (isRecord(raw)) {
    const out: { [key: string]: TerraformValue } = {};
    for (const [k, v] of Object.entries(raw)) out[k] = readValue(v, scope);
    return out;
  }
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return null;
}

/** An interpolation's value when known, else its text with the known symbols put in. */
type Evaluated =
  | { readonly known: true; readonly value: TerraformValue; readonly text: string }
  | { readonly known: false; readonly text: string };

// A template that is one dotted reference to something declared (`${aws_s3_bucket.logs.id}`).
const DOTTED_REFERENCE = /^\$\{([A-Za-z_][\w-]*)\.[A-Za-z_][\w.-]*\}$/;

function readTemplate(template: string, scope: Scope): TerraformValue {
  if (!template.includes('{')) return template;
  // The most common expression, a reference to a resource, cannot be known: no need to read it further.
  const dotted = DOTTED_REFERENCE.exec(template);
  if (dotted && dotted[1] !== 'local' && !scope.symbols.has(dotted[1])) return new Expression(template);
  const parts = templateParts(template);
  if (parts.length === 1 && 'literal' in parts[0]) return parts[0].literal;
  // Most templates interpolate references only: nothing in them can be known, so the template stays as written.
  if (parts.every((p) => !('interpolation' in p) || !mayEvaluate(p.interpolation, scope))) {
    return new Expression(template);
  }
  const evaluated = parts.map((p): TemplatePart | Evaluated =>
    'interpolation' in p ? evaluate(p.interpolation, scope) : p,
  );
  // A template that is one interpolation has the interpolated value itself, of any type.
  if (evaluated.length === 1 && 'known' in evaluated[0] && evaluated[0].known) return evaluated[0].value;
  const text: string[] = [];
  let known = true;
  const rebuilt: TemplatePart[] = evaluated.map((e) => {
    if (!('known' in e)) {
      if (!('literal' in e)) known = false;
      else text.push(e.literal);
      return e;
    }
    if (e.known && isScalar(e.value)) {
      text.push(scalarText(e.value));
      return { literal: scalarText(e.value) };
    }
    known = false;
    return { interpolation: e.text };
  });
  return known ? text.join('') : new Expression(templateText(rebuilt));
}

function isScalar(value: TerraformValue): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function scalarText(value: string | number | boolean): string {
  return typeof value === 'string' ? value : String(value);
}

/** One interpolation: its value when a literal or a known symbol or local, else its text with known parts put in. */
function evaluate(interpolation: string, scope: Scope): Evaluated {
  const inner = interpolation.replace(/^~/, '').replace(/~$/, '').trim();
  const literal = LITERAL_START.test(inner) ? hclLiteral(inner) : undefined;
  if (literal !== undefined) return { known: true, value: literal, text: interpolation };
  // Most interpolations are references to resources: with no symbol or local in them, nothing can be put in.
  if (!mentionsSymbol(inner, scope)) return { known: false, text: interpolation };
  const traversal = /^[A-Za-z_]/.test(inner) ? readTraversal(inner, 0) : undefined;
  if (traversal && traversal.end === inner.length) {
    const value = symbolValue(traversal.segments, scope);
    if (value !== undefined) return { known: true, value, text: interpolation };
  }
  return { known: false, text: substituteSymbols(interpolation, scope) };
}

// What an HCL literal can start with: a string, a number, a tuple, an object, a keyword or a conversion function.
const LITERAL_START = /^(["[{\-\d]|true\b|false\b|null\b|to(set|list|map)\s*\()/;

/** Could an interpolation's value, or part of it, be known here: a literal, a symbol or a local? */
function mayEvaluate(interpolation: string, scope: Scope): boolean {
  const inner = interpolation.trim().replace(/^~\s*/, '');
  return LITERAL_START.test(inner) || mentionsSymbol(inner, scope);
}

/** Does the expression name `local` or a symbol bound in the scope (so that something may be put in)? */
function mentionsSymbol(expression: string, scope: Scope): boolean {
  if (expression.includes('local.')) return true;
  for (const name of scope.symbols.keys()) if (expression.includes(`${name}.`)) return true;
  return false;
}

/** The value of `each.value.x`, `count.index`, `<iterator>.key`, `local.name...`; undefined when unknown. */
function symbolValue(segments: readonly Segment[], scope: Scope): TerraformValue | undefined {
  const [root, ...rest] = segments;
  if (!('name' in root)) return undefined;
  if (root.name === 'local') {
    const [name, ...path] = rest;
    if (name === undefined || !('name' in name)) return undefined;
    const value = scope.locals.value(name.name);
    return value === undefined ? undefined : walk(value, path);
  }
  if (!scope.symbols.has(root.name)) return undefined;
  const value = scope.symbols.get(root.name);
  return value === undefined ? undefined : walk(value, rest);
}

function walk(value: TerraformValue, path: readonly Segment[]): TerraformValue | undefined {
  let v: TerraformValue | undefined = value;
  for (const seg of path) {
    if (v === undefined || v instanceof Expression) return undefined;
    if ('splat' in seg) return undefined;
    const key = 'name' in seg ? seg.name : seg.index;
    if (typeof key === 'string' && key.startsWith('${')) return undefined;
    if (Array.isArray(v) && typeof key === 'number') v = v[key];
    else if (isObjectValue(v)) v = v[String(key)];
    else return undefined;
  }
  return v instanceof Expression ? undefined : v;
}

/**
 * The interpolation's text with every known iteration symbol or local that has a scalar value written as an HCL
 * literal, so that `aws_s3_bucket.b[each.key].id` becomes `aws_s3_bucket.b["logs"].id`.
 */
function substituteSymbols(interpolation: string, scope: Scope): string {
  let out = '';
  let i = 0;
  const s = interpolation;
  while (i < s.length) {
    const c = s[i];
    if (c === '"') {
      const end = quoteEnd(s, i + 1);
      out += s.slice(i, end + 1);
      i = end + 1;
    } else if (/[A-Za-z_]/.test(c) && (i === 0 || !/[\w.\-]/.test(s[i - 1]))) {
      const traversal = readTraversal(s, i);
      const value = symbolValue(traversal.segments, scope);
      if (value !== undefined && isScalar(value) && s[traversal.end] !== '(') {
        out += hclScalar(value);
        i = traversal.end;
      } else {
        // Keep the names, and go on inside any index (`aws_s3_bucket.b[each.key]`).
        const names = /^[\w.-]+/.exec(s.slice(i))?.[0] ?? s[i];
        out += names;
        i += names.length;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function hclScalar(value: string | number | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value).replace(/([$%])\{/g, '$1$1{') : String(value);
}
