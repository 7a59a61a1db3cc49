import { TemplatePart, templateParts } from './template';

/** The instance a reference selects: `[0]`, `["a"]`, or every instance (`[*]`, `.*`). */
export type InstanceSelector = number | string | { readonly all: true };

/** A reference to something the configuration declares: `aws_s3_bucket.logs[0].arn`, `var.name`, `local.x`. */
export interface Reference {
  /** `aws_s3_bucket.logs`, `data.aws_iam_policy_document.x`, `var.name`, `local.x`, `module.m`. */
  readonly address: string;
  /** The instance right after the address, when one is selected. */
  readonly instance?: InstanceSelector;
  /** The attribute names after the address (and instance), e.g. `['arn']`. */
  readonly attributes: readonly string[];
}

// Roots that are not declared objects: the iteration and meta symbols Terraform provides.
const NOT_DECLARED = new Set(['each', 'count', 'self', 'path', 'terraform', 'true', 'false', 'null']);

/**
 * A value Terraform computes from an expression (a template with `${...}` or `%{...}`): unknown to a static scan.
 * Its text is kept, so that references can be followed and two arguments written the same way can be matched.
 */
export class Expression {
  private cachedReferences: readonly Reference[] | undefined;
  private cachedKey: string | undefined;

  constructor(
    /** The template as written (after known iteration values were put in). */
    readonly text: string,
  ) {}

  /** Every declared object the expression refers to, in order of appearance. */
  get references(): readonly Reference[] {
    return (this.cachedReferences ??=
      dottedReference(this.text) ?? templateReferences(templateParts(this.text)));
  }

  /** The text with insignificant whitespace removed: equal keys mean the same expression. */
  get key(): string {
    if (this.cachedKey === undefined && !/\s/.test(this.text)) this.cachedKey = this.text;
    return (this.cachedKey ??= templateParts(this.text)
      .map((p) =>
        'literal' in p
          ? p.literal
          : 'interpolation' in p
            ? `\${${compact(p.interpolation)}}`
            : `%{${compact(p.directive)}}`,
      )
      .join(''));
  }

  /** Does it refer to the object at `address` (any instance, or the given one)? */
  refersTo(address: string, instance?: number | string): boolean {
    return this.references.some(
      (r) =>
        r.address === address &&
        (instance === undefined ||
          r.instance === undefined ||
          r.instance === instance ||
          typeof r.instance === 'object'),
    );
  }

  toString(): string {
    return this.text;
  }
}

function templateReferences(parts: readonly TemplatePart[]): Reference[] {
  const out: Reference[] = [];
  for (const p of parts) {
    if ('interpolation' in p) out.push(...expressionReferences(p.interpolation));
    else if ('directive' in p) out.push(...expressionReferences(p.directive));
  }
  return out;
}

/** Whitespace outside quoted strings removed. */
function compact(expression: string): string {
  let out = '';
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i];
    if (c === '"') {
      const end = quoteEnd(expression, i + 1);
      out += expression.slice(i, end + 1);
      i = end;
    } else if (!/\s/.test(c)) out += c;
  }
  return out;
}

/** The index of the `"` that closes a quoted string opened just before `from`. */
export function quoteEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return s.length - 1;
}

// One interpolation holding a dotted traversal (`${aws_s3_bucket.logs.id}`), with nothing else in the template.
const DOTTED_REFERENCE = /^\$\{([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+)\}$/;

/** The reference of the most common template, read without the general scan; undefined for any other. */
function dottedReference(text: string): Reference[] | undefined {
  const match = DOTTED_REFERENCE.exec(text);
  if (!match) return undefined;
  const reference = toReference(match[1].split('.').map((name) => ({ name })));
  return reference ? [reference] : [];
}

const IDENT_START = /[A-Za-z_]/;
/** A letter, digit, `_` or `-`: a character of an HCL identifier. */
function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** The references in one HCL expression (the inside of `${...}`), also inside its quoted templates. */
export function expressionReferences(expression: string): Reference[] {
  const out: Reference[] = [];
  let i = 0;
  const s = expression;
  while (i < s.length) {
    const c = s[i];
    if (c === '"') {
      const end = quoteEnd(s, i + 1);
      out.push(...templateReferences(templateParts(unquote(s.slice(i + 1, end)))));
      i = end + 1;
      continue;
    }
    if (!IDENT_START.test(c) || (i > 0 && /[\w.\-]/.test(s[i - 1]))) {
      i++;
      continue;
    }
    const traversal = readTraversal(s, i);
    i = traversal.end;
    if (s[i] === '(') continue; // a function call: its arguments are scanned next
    const reference = toReference(traversal.segments);
    if (reference) out.push(reference);
  }
  return out;
}

function unquote(body: string): string {
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    return body;
  }
}

export type Segment =
  { readonly name: string } | { readonly index: number | string } | { readonly splat: true };

/** A traversal (`a.b[0]["c"].*`) starting at `start`: its segments and where it ends. */
export function readTraversal(s: string, start: number): { segments: Segment[]; end: number } {
  let i = identifierEnd(s, start);
  const segments: Segment[] = [{ name: s.slice(start, i) }];
  for (;;) {
    if (s[i] === '.' && s[i + 1] === '*') {
      segments.push({ splat: true });
      i += 2;
    } else if (s[i] === '.' && i + 1 < s.length && /[\w]/.test(s[i + 1])) {
      const end = identifierEnd(s, i + 1);
      const n = s.slice(i + 1, end);
      segments.push(/^\d+$/.test(n) ? { index: Number(n) } : { name: n });
      i = end;
    } else if (s[i] === '[') {
      const close = bracketEnd(s, i + 1);
      const inner = s.slice(i + 1, close).trim();
      if (inner === '*') segments.push({ splat: true });
      else if (/^\d+$/.test(inner)) segments.push({ index: Number(inner) });
      else if (/^"(?:[^"\\]|\\.)*"$/.test(inner)) segments.push({ index: unquote(inner.slice(1, -1)) });
      else segments.push({ index: `\${${inner}}` }); // an index computed by an expression
      i = close + 1;
    } else return { segments, end: i };
  }
}

/** Where the identifier starting at `from` ends. */
function identifierEnd(s: string, from: number): number {
  let i = from;
  while (i < s.length && isIdentChar(s.charCodeAt(i))) i++;
  return i;
}

function bracketEnd(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '"') i = quoteEnd(s, i + 1);
    else if (s[i] === '[') depth++;
    else if (s[i] === ']') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return s.length;
}

/** The names among the segments from `from` on (indexes left out). */
function namesFrom(segments: readonly Segment[], from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < segments.length; i++) {
    const seg = segments[i];
    if ('name' in seg) out.push(seg.name);
  }
  return out;
}

function toReference(segments: Segment[]): Reference | undefined {
  const root = 'name' in segments[0] ? segments[0].name : '';
  const second = segments[1];
  if (NOT_DECLARED.has(root) || second === undefined || !('name' in second)) return undefined;
  let addressLength = 2;
  let address = `${root}.${second.name}`;
  if (root === 'data') {
    const third = segments[2];
    if (third === undefined || !('name' in third)) return undefined;
    address = `data.${second.name}.${third.name}`;
    addressLength = 3;
  } else if (root !== 'var' && root !== 'local' && root !== 'module' && !root.includes('_')) {
    return undefined; // resource types always contain `_` (provider_type); anything else is a local symbol
  }
  const next = segments[addressLength];
  const instance: InstanceSelector | undefined =
    next === undefined
      ? undefined
      : 'index' in next
        ? next.index
        : 'splat' in next
          ? { all: true }
          : undefined;
  return {
    address,
    ...(instance !== undefined ? { instance } : {}),
    attributes: namesFrom(segments, addressLength + (instance !== undefined ? 1 : 0)),
  };
}
