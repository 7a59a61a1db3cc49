// The Terraform expressions cdktf writes into synthesized JSON, evaluated the way `terraform apply` would once every
// referenced object is known: `${...}` templates (`$${` is a literal `${`), references with attribute and index
// traversal (`aws_x.y.list[0].attr`, `data.aws_zones.z.names.1`), literals, list and object constructors and the
// common functions. Anything else is an error that names the expression: nothing is left as `${...}` by accident.

/** Resolves the object a reference starts at: `aws_vpc.main`, `data.aws_region.r`, `terraform`. */
export type ReferenceLookup = (address: string) => unknown;

type Token =
  | { kind: 'ident'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'punct'; text: string };

function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expr.length) {
    const c = expr[i];
    if (/\s/.test(c)) {
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(expr.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'ident', text: m[0] });
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(expr.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'number', value: Number(m[0]) });
      i += m[0].length;
    } else if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < expr.length && expr[j] !== '"') {
        if (expr[j] === '\\') {
          const next = expr[j + 1];
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          j += 2;
        } else {
          value += expr[j++];
        }
      }
      if (j >= expr.length) throw new Error(`unterminated string in \${${expr}}`);
      tokens.push({ kind: 'string', value });
      i = j + 1;
    } else if (expr.startsWith('...', i)) {
      tokens.push({ kind: 'punct', text: '...' });
      i += 3;
    } else if ('()[]{},.:=*'.includes(c)) {
      tokens.push({ kind: 'punct', text: c });
      i++;
    } else {
      throw new Error(`the simulated apply cannot evaluate '${c}' in \${${expr}}`);
    }
  }
  return tokens;
}

class Parser {
  private pos = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
    private readonly lookup: ReferenceLookup,
  ) {}

  parseAll(): unknown {
    const value = this.expression();
    if (this.pos < this.tokens.length) this.fail('unexpected input');
    return value;
  }

  private fail(what: string): never {
    throw new Error(
      `${what} in \${${this.source}} (the simulated apply evaluates references and common functions)`,
    );
  }

  private peek(text?: string): Token | undefined {
    const t = this.tokens[this.pos];
    if (text === undefined) return t;
    return t && t.kind === 'punct' && t.text === text ? t : undefined;
  }

  private expect(text: string): void {
    if (!this.peek(text)) this.fail(`expected '${text}'`);
    this.pos++;
  }

  private expression(): unknown {
    let value = this.primary();
    for (;;) {
      if (this.peek('.')) {
        this.pos++;
        const t = this.tokens[this.pos++];
        if (t?.kind === 'ident') value = attribute(value, t.text, this.source);
        else if (t?.kind === 'number') value = index(value, t.value, this.source);
        else if (t?.kind === 'punct' && t.text === '*') value = value;
        else this.fail('expected an attribute name');
      } else if (this.peek('[')) {
        this.pos++;
        const key = this.expression();
        this.expect(']');
        value =
          typeof key === 'number'
            ? index(value, key, this.source)
            : attribute(value, String(key), this.source);
      } else {
        return value;
      }
    }
  }

  private primary(): unknown {
    const t = this.tokens[this.pos++];
    if (!t) this.fail('unexpected end');
    if (t.kind === 'number' || t.kind === 'string') return t.value;
    if (t.kind === 'punct') {
      if (t.text === '(') {
        const v = this.expression();
        this.expect(')');
        return v;
      }
      if (t.text === '[') return this.list(']');
      if (t.text === '{') return this.object();
      this.fail(`unexpected '${t.text}'`);
    }
    const name = t.text;
    if (name === 'true' || name === 'false') return name === 'true';
    if (name === 'null') return null;
    if (this.peek('(')) {
      this.pos++;
      const args = this.list(')');
      const fn = FUNCTIONS[name];
      if (!fn) this.fail(`unsupported function ${name}()`);
      return fn(args as unknown[]);
    }
    return this.reference(name);
  }

  /** The root object of a reference: `terraform`, `data.<type>.<name>` or `<type>.<name>`. */
  private reference(first: string): unknown {
    if (first === 'terraform') return this.lookup('terraform');
    if (first === 'var' || first === 'local' || first === 'each' || first === 'count')
      this.fail(`${first}.* is not available to the simulated apply`);
    const parts = [first];
    const want = first === 'data' ? 2 : 1;
    for (let k = 0; k < want; k++) {
      this.expect('.');
      const t = this.tokens[this.pos++];
      if (t?.kind !== 'ident') this.fail('expected a reference');
      parts.push(t.text);
    }
    return this.lookup(parts.join('.'));
  }

  private list(close: string): unknown[] {
    const out: unknown[] = [];
    while (!this.peek(close)) {
      const v = this.expression();
      if (this.peek('...')) {
        this.pos++;
        if (!Array.isArray(v)) this.fail('expected a list before ...');
        out.push(...v);
      } else {
        out.push(v);
      }
      if (!this.peek(close)) this.expect(',');
    }
    this.pos++;
    return out;
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    while (!this.peek('}')) {
      const k = this.tokens[this.pos++];
      if (!k || (k.kind !== 'ident' && k.kind !== 'string')) this.fail('expected an object key');
      if (this.peek('=') || this.peek(':')) this.pos++;
      else this.fail("expected '=' after an object key");
      out[k.kind === 'ident' ? k.text : k.value] = this.expression();
      if (this.peek(',')) this.pos++;
    }
    this.pos++;
    return out;
  }
}

function attribute(value: unknown, name: string, source: string): unknown {
  // A single nested block is stored as a one-element list; Terraform lets `.attr` reach into it only by index,
  // but cdktf's own tokens do it through `[0]`, so both forms work here.
  const target = Array.isArray(value) && value.length === 1 ? value[0] : value;
  if (!target || typeof target !== 'object' || !(name in target))
    throw new Error(`\${${source}}: no attribute "${name}" in the simulated apply`);
  return (target as Record<string, unknown>)[name];
}

function index(value: unknown, i: number, source: string): unknown {
  if (!Array.isArray(value) || i >= value.length)
    throw new Error(`\${${source}}: index ${i} out of range in the simulated apply`);
  return value[i];
}

function list(v: unknown, fn: string): unknown[] {
  if (!Array.isArray(v)) throw new Error(`${fn}() expects a list, got ${JSON.stringify(v)}`);
  return v;
}

function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new Error(`expected a string, got ${JSON.stringify(v)}`);
}

/** Terraform's jsonencode: compact JSON with object keys sorted. */
export function jsonencode(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    return v;
  };
  return JSON.stringify(sort(value));
}

const FUNCTIONS: Record<string, (args: unknown[]) => unknown> = {
  element: ([l, i]) => {
    const items = list(l, 'element');
    return items[Number(i) % items.length];
  },
  length: ([v]) => (Array.isArray(v) || typeof v === 'string' ? v.length : Object.keys(v ?? {}).length),
  concat: (args) => args.flatMap((a) => list(a, 'concat')),
  flatten: ([v]) => list(v, 'flatten').flat(Infinity),
  distinct: ([v]) => [...new Set(list(v, 'distinct'))],
  compact: ([v]) => list(v, 'compact').filter((x) => x !== null && x !== ''),
  tolist: ([v]) => list(v, 'tolist'),
  toset: ([v]) => [...new Set(list(v, 'toset'))].sort(),
  sort: ([v]) => [...list(v, 'sort')].map(text).sort(),
  tostring: ([v]) => text(v),
  tonumber: ([v]) => Number(v),
  tobool: ([v]) => v === true || v === 'true',
  join: ([sep, l]) => list(l, 'join').map(text).join(text(sep)),
  split: ([sep, s]) => text(s).split(text(sep)),
  lower: ([s]) => text(s).toLowerCase(),
  upper: ([s]) => text(s).toUpperCase(),
  replace: ([s, from, to]) => text(s).split(text(from)).join(text(to)),
  format: ([f, ...args]) => {
    let k = 0;
    return text(f).replace(/%[sdv%]/g, (m) => (m === '%%' ? '%' : text(args[k++])));
  },
  jsonencode: ([v]) => jsonencode(v),
  jsondecode: ([s]) => JSON.parse(text(s)),
  base64encode: ([s]) => Buffer.from(text(s), 'utf8').toString('base64'),
  base64decode: ([s]) => Buffer.from(text(s), 'base64').toString('utf8'),
  merge: (args) => Object.assign({}, ...args.filter((a) => a !== null)),
  lookup: ([m, k, d]) => {
    const map = (m ?? {}) as Record<string, unknown>;
    return text(k) in map ? map[text(k)] : d;
  },
  keys: ([m]) => Object.keys((m ?? {}) as object).sort(),
  values: ([m]) =>
    Object.keys((m ?? {}) as object)
      .sort()
      .map((k) => (m as Record<string, unknown>)[k]),
  coalesce: (args) => args.find((a) => a !== null && a !== ''),
  try: (args) => args[0],
};

/** Splits a template into literal text and `${...}` expressions, honouring `$${` escapes and nested braces. */
function templateParts(template: string): { literal: string } | { expr: string }[] {
  const parts: { text?: string; expr?: string }[] = [];
  let literal = '';
  let i = 0;
  while (i < template.length) {
    if (template.startsWith('$${', i)) {
      literal += '${';
      i += 3;
    } else if (template.startsWith('${', i)) {
      let depth = 1;
      let j = i + 2;
      let inString = false;
      for (; j < template.length && depth > 0; j++) {
        const c = template[j];
        if (inString) {
          if (c === '\\') j++;
          else if (c === '"') inString = false;
        } else if (c === '"') inString = true;
        else if (c === '{') depth++;
        else if (c === '}') depth--;
      }
      if (depth > 0) throw new Error(`unterminated \${ in ${JSON.stringify(template)}`);
      if (literal) parts.push({ text: literal });
      literal = '';
      parts.push({ expr: template.slice(i + 2, j - 1).trim() });
      i = j;
    } else {
      literal += template[i++];
    }
  }
  if (parts.length === 0) return { literal };
  if (literal) parts.push({ text: literal });
  return parts.map((p) => (p.expr !== undefined ? { expr: p.expr } : { expr: JSON.stringify(p.text) }));
}

export function evaluateExpression(expr: string, lookup: ReferenceLookup): unknown {
  return new Parser(tokenize(expr), expr, lookup).parseAll();
}

/** Evaluates one string: a whole `${expr}` keeps its type, anything else becomes a string. */
export function evaluateTemplate(template: string, lookup: ReferenceLookup): unknown {
  const parts = templateParts(template);
  if (!Array.isArray(parts)) return parts.literal;
  if (parts.length === 1) return evaluateExpression(parts[0].expr, lookup);
  return parts.map((p) => text(evaluateExpression(p.expr, lookup))).join('');
}

/** Deeply evaluates every string of a synthesized value. */
export function evaluateValue(value: unknown, lookup: ReferenceLookup): unknown {
  if (typeof value === 'string') return value.includes('${') ? evaluateTemplate(value, lookup) : value;
  if (Array.isArray(value)) return value.map((v) => evaluateValue(v, lookup));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluateValue(v, lookup)]));
  return value;
}

/** The objects a value refers to (`aws_vpc.main`, `data.aws_region.r`), in order of first use. */
export function referencesIn(value: unknown): string[] {
  const refs = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (!v.includes('${')) return;
      const parts = templateParts(v);
      if (!Array.isArray(parts)) return;
      for (const { expr } of parts) {
        for (const m of expr.matchAll(
          /(?<![\w.\-"])(data\.)?([a-z][a-z0-9]*_[a-z0-9_]+)\.([A-Za-z_][A-Za-z0-9_-]*)/g,
        ))
          refs.add(`${m[1] ?? ''}${m[2]}.${m[3]}`);
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return [...refs];
}
