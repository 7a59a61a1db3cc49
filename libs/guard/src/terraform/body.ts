import { isRecord } from '@groundwork/core';
import { Expression } from './expression';
import { Scope, readValue, withSymbol } from './scope';
import { TerraformValue, isObjectValue } from './value';

/**
 * A block body (a resource, a data source or a nested block) read in every form Terraform accepts. Arguments come
 * out decoded (see {@link readValue}); nested blocks come out as bodies whether written as an object, an array of
 * objects, a list-of-objects argument, or by a `dynamic` block. Rules read bodies only through this, never the
 * JSON itself.
 */
export class Body {
  // Arguments read so far; most bodies are read for a few arguments only.
  private values: Map<string, TerraformValue | undefined> | undefined;

  constructor(
    private readonly raw: Readonly<Record<string, unknown>>,
    private readonly scope: Scope,
    /**
     * Set when the whole body is computed (`ingress = var.rules`): it is there, but every argument in it is this
     * expression's unknown value.
     */
    private readonly computedBy?: Expression,
  ) {}

  /** An argument's value; undefined when it is absent or null (unset, to Terraform). */
  get(name: string): TerraformValue | undefined {
    if (this.computedBy) return this.computedBy;
    const raw = this.raw[name];
    if (raw === undefined || raw === null) return undefined;
    // Literal scalars need no reading.
    if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
    if (typeof raw === 'string' && !raw.includes('{')) return raw;
    this.values ??= new Map();
    if (!this.values.has(name)) {
      const value = readValue(raw, this.scope);
      this.values.set(name, value === null ? undefined : value);
    }
    return this.values.get(name);
  }

  /** Is the argument set (to anything, an expression included)? */
  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** A string argument (numbers and booleans as Terraform converts them); undefined when unset or not a string. */
  string(name: string): string | Expression | undefined {
    const v = this.get(name);
    if (typeof v === 'string' || v instanceof Expression) return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return undefined;
  }

  /**
   * A boolean argument (`"true"` and `"false"` convert); undefined when unset or not a boolean. `True` and `False`
   * written in another case (`encrypted = False`) read as the booleans their author meant: Terraform refuses them
   * as references to nothing, so they are a slip, never a computed value.
   */
  bool(name: string): boolean | Expression | undefined {
    const v = this.get(name);
    if (typeof v === 'boolean') return v;
    if (v instanceof Expression) {
      const literal = /^\$\{\s*(true|false)\s*\}$/i.exec(v.text)?.[1].toLowerCase();
      return literal === undefined ? v : literal === 'true';
    }
    if (v === 'true' || v === 'false') return v === 'true';
    return undefined;
  }

  /** A number argument (numeric strings convert); undefined when unset or not a number. */
  number(name: string): number | Expression | undefined {
    const v = this.get(name);
    if (typeof v === 'number' || v instanceof Expression) return v;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
    return undefined;
  }

  /**
   * A list or set of strings: its elements (each a string or an expression), or one expression when the whole
   * list is computed; a single string reads as a one-element list. Undefined when unset.
   */
  strings(name: string): readonly (string | Expression)[] | Expression | undefined {
    const v = this.get(name);
    if (v === undefined || v instanceof Expression) return v;
    const list = Array.isArray(v) ? v : [v];
    return list.flatMap((e: TerraformValue) =>
      typeof e === 'string' || e instanceof Expression
        ? [e]
        : typeof e === 'number' || typeof e === 'boolean'
          ? [String(e)]
          : [],
    );
  }

  /**
   * The nested blocks of a type: written as an object or an array of objects, as a list-of-objects argument, or
   * by `dynamic "<type>"` blocks. A dynamic block whose `for_each` is a known literal gives one block per element
   * with its iterator put in; one whose `for_each` is computed gives one block whose values that depend on the
   * iterator are unknown. A list argument that is itself computed gives one block of unknown values.
   */
  blocks(type: string): Body[] {
    if (this.computedBy) return [new Body({}, this.scope, this.computedBy)];
    const out: Body[] = [];
    const written = this.raw[type];
    if (isRecord(written)) out.push(new Body(written, this.scope));
    else if (Array.isArray(written)) {
      for (const b of written) if (isRecord(b)) out.push(new Body(b, this.scope));
    } else if (typeof written === 'string') {
      const value = readValue(written, this.scope);
      if (value instanceof Expression) out.push(new Body({}, this.scope, value));
    }
    for (const dynamic of this.dynamicBlocks(type)) out.push(...this.expand(type, dynamic));
    return out;
  }

  /** The names of the arguments and blocks written in this body (dynamic blocks by their type). */
  names(): string[] {
    return Object.keys(this.raw);
  }

  private dynamicBlocks(type: string): Readonly<Record<string, unknown>>[] {
    const dynamic = this.raw.dynamic;
    const levels = isRecord(dynamic) ? [dynamic] : Array.isArray(dynamic) ? dynamic.filter(isRecord) : [];
    const out: Readonly<Record<string, unknown>>[] = [];
    for (const level of levels) {
      const bodies = level[type];
      if (isRecord(bodies)) out.push(bodies);
      else if (Array.isArray(bodies)) out.push(...bodies.filter(isRecord));
    }
    return out;
  }

  private expand(type: string, dynamic: Readonly<Record<string, unknown>>): Body[] {
    const contents = dynamic.content;
    const content = isRecord(contents)
      ? contents
      : Array.isArray(contents)
        ? contents.find(isRecord)
        : undefined;
    if (content === undefined) return [];
    const iterator = typeof dynamic.iterator === 'string' ? dynamic.iterator : type;
    const forEach = dynamic.for_each === undefined ? null : readValue(dynamic.for_each, this.scope);
    if (forEach === null) return [];
    const entries: [TerraformValue, TerraformValue][] | undefined = Array.isArray(forEach)
      ? forEach.map((v: TerraformValue, i: number) => [i, v])
      : isObjectValue(forEach)
        ? Object.entries(forEach)
        : undefined;
    if (entries === undefined) return [new Body(content, withSymbol(this.scope, iterator, undefined))];
    return entries.map(([key, value]) => new Body(content, withSymbol(this.scope, iterator, { key, value })));
  }
}
