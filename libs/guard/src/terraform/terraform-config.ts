import { isRecord } from '@groundwork/core';
import { GuardInputError } from '../guard-input-error';
import { TerraformConfigView, TerraformResource } from '../model';
import { readSuppressions } from '../suppressions';
import { Body } from './body';
import { Expression } from './expression';
import { eachLabelledBlock, kind, properties, unlabelledBodies } from './hcl-json';
import { Locals, Scope, readValue, withSymbol } from './scope';
import { TerraformValue, isObjectValue } from './value';

// Literal counts above this are read as one instance with an unknown index, rather than expanded: no real
// configuration has that many, and expanding a mistyped number would exhaust memory.
const MAX_EXPANDED_COUNT = 1000;

// Arguments that hold a resource's own name, for matching `bucket = "my-bucket"` to `aws_s3_bucket.x`.
const NAME_ATTRIBUTES = ['bucket', 'name', 'identifier', 'function_name'] as const;

/**
 * One Terraform JSON configuration, read in every form Terraform accepts: the root and every labelling level an
 * object or an array of objects, resource blocks expanded into their instances where `count` or `for_each` is a
 * known literal, and locals read on demand. Malformed input throws {@link GuardInputError} naming the field.
 */
export class TerraformConfig implements TerraformConfigView {
  readonly resources: readonly TerraformResource[];
  private readonly byType = new Map<string, TerraformResource[]>();
  // Instances by type, then name: keyed apart, so no address string is built or hashed per resource.
  private readonly byBlock = new Map<string, Map<string, TerraformResource[]>>();
  private readonly position = new Map<TerraformResource, number>();
  private readonly data = new Map<string, Body>();
  private readonly scope: Scope;

  constructor(json: unknown) {
    if (!isRecord(json) && !Array.isArray(json)) {
      throw new GuardInputError(
        '(root)',
        `expected a Terraform JSON object at the top level, got ${kind(json)}`,
      );
    }
    const top = properties(json, '(root)', 'top-level blocks');
    const locals = new Map<string, unknown>();
    for (const [key, value] of top) {
      if (key !== 'locals') continue;
      for (const body of unlabelledBodies(value, 'locals'))
        for (const [name, v] of Object.entries(body)) locals.set(name, v);
    }
    this.scope = { symbols: new Map(), locals: new Locals(locals) };

    const resources: TerraformResource[] = [];
    for (const [key, value] of top) {
      if (key !== 'resource' && key !== 'data') continue;
      eachLabelledBlock(value, key, ['resource type', 'name'], ([type, name], body) => {
        const blockAddress = `${type}.${name}`;
        // A block declared twice is invalid (Terraform refuses the configuration), but refusing the whole file
        // would hide every other finding in it: each declaration of a resource is scanned, and the first
        // declaration of a data source is the one read.
        if (key === 'data') {
          if (!this.data.has(`data.${blockAddress}`))
            this.data.set(`data.${blockAddress}`, new Body(body, this.scope));
          return;
        }
        const byName = this.byBlock.get(type) ?? new Map<string, TerraformResource[]>();
        const instances = this.instances(type, name, blockAddress, body);
        if (byName.size === 0) this.byBlock.set(type, byName);
        const declared = byName.get(name);
        if (declared) declared.push(...instances);
        else byName.set(name, instances);
        for (const r of instances) {
          this.position.set(r, resources.length);
          resources.push(r);
          this.index(this.byType, r.type, r);
        }
      });
    }
    this.resources = resources;
  }
  /** The instances of the resource block at `type.name`; none when the address is not a resource block. */
  private block(address: string): readonly TerraformResource[] {
    const dot = address.indexOf('.');
    return (dot > 0 && this.byBlock.get(address.slice(0, dot))?.get(address.slice(dot + 1))) || [];
  }

  ofType(type: string): readonly TerraformResource[] {
    return this.byType.get(type) ?? [];
  }

  dataSource(address: string): Body | undefined {
    return this.data.get(address);
  }

  referencedBy(expression: Expression, type?: string): readonly TerraformResource[] {
    const found = new Set<TerraformResource>();
    for (const ref of expression.references) {
      for (const r of this.block(ref.address)) {
        if (type !== undefined && r.type !== type) continue;
        if (ref.instance === undefined || typeof ref.instance === 'object' || ref.instance === r.instance)
          found.add(r);
      }
    }
    return this.inOrder(found);
  }

  referencing(type: string, attribute: string, target: TerraformResource): readonly TerraformResource[] {
    const index = this.referenceIndex(type, attribute);
    // Several rules ask for the same companions of a resource (the four public access block rules).
    let result = index.results.get(target);
    if (!result) {
      result = this.findReferencing(index, target);
      index.results.set(target, result);
    }
    return result;
  }

  private findReferencing(index: ReferenceIndex, target: TerraformResource): TerraformResource[] {
    const found = new Set<TerraformResource>();
    for (const { resource, instance } of index.byAddress.get(target.blockAddress) ?? []) {
      if (instance === undefined || typeof instance === 'object' || instance === target.instance)
        found.add(resource);
    }
    for (const a of NAME_ATTRIBUTES) {
      const name = target.body.get(a);
      if (typeof name === 'string') for (const r of index.byLiteral.get(name) ?? []) found.add(r);
      else if (name instanceof Expression)
        for (const r of index.byExpression.get(name.key) ?? []) found.add(r);
    }
    return this.inOrder(found);
  }

  unattributed(type: string, attribute: string, targetType: string): readonly TerraformResource[] {
    const cache = nested(nested(this.unattributedCache, type), attribute);
    let found = cache.get(targetType);
    if (!found) {
      // What the targets can be named by: their addresses, literal names and name expressions.
      const literals = new Set<string>();
      const expressions = new Set<string>();
      for (const t of this.ofType(targetType)) {
        for (const a of NAME_ATTRIBUTES) {
          const name = t.body.get(a);
          if (typeof name === 'string') literals.add(name);
          else if (name instanceof Expression) expressions.add(name.key);
        }
      }
      const names = (v: TerraformValue) =>
        typeof v === 'string'
          ? literals.has(v)
          : v instanceof Expression &&
            (expressions.has(v.key) ||
              v.references.some((r) => this.block(r.address)[0]?.type === targetType));
      found = this.ofType(type).filter((r) => {
        const value = r.body.get(attribute);
        const values: TerraformValue[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
        return values.some((v) => v instanceof Expression) && !values.some(names);
      });
      cache.set(targetType, found);
    }
    return found;
  }

  // By companion type, then attribute, then target type: keyed apart, so no key string is built per call.
  private readonly unattributedCache = new Map<string, Map<string, Map<string, TerraformResource[]>>>();

  private inOrder(found: Set<TerraformResource>): TerraformResource[] {
    // In declaration order, without walking every resource of the type: that would make scans quadratic.
    const list = [...found];
    return list.length < 2
      ? list
      : list.sort((a, b) => (this.position.get(a) ?? 0) - (this.position.get(b) ?? 0));
  }

  /** The instances of one resource block: one per literal `count` or `for_each` element, else one. */
  private instances(
    type: string,
    name: string,
    blockAddress: string,
    body: Readonly<Record<string, unknown>>,
  ): TerraformResource[] {
    if (body.count === undefined && body.for_each === undefined) {
      return [this.instance(type, name, blockAddress, body, this.scope)];
    }
    // Each instance's scope, with its key: count.index or each.key.
    const scoped: [Scope, (number | string)?][] = [];
    if (body.count !== undefined && body.count !== null) {
      const count = readValue(body.count, this.scope);
      const n = typeof count === 'number' ? count : typeof count === 'string' ? Number(count) : NaN;
      if (!Number.isInteger(n) || n < 0 || n > MAX_EXPANDED_COUNT) {
        scoped.push([withSymbol(this.scope, 'count', undefined)]);
      } else {
        for (let i = 0; i < n; i++) scoped.push([withSymbol(this.scope, 'count', { index: i }), i]);
      }
    } else if (body.for_each !== undefined && body.for_each !== null) {
      const entries = forEachEntries(readValue(body.for_each, this.scope));
      if (!entries) scoped.push([withSymbol(this.scope, 'each', undefined)]);
      else
        for (const [key, value] of entries)
          scoped.push([withSymbol(this.scope, 'each', { key, value }), key]);
    } else {
      scoped.push([this.scope]);
    }
    return scoped.map(([scope, instance]) => this.instance(type, name, blockAddress, body, scope, instance));
  }

  private instance(
    type: string,
    name: string,
    blockAddress: string,
    body: Readonly<Record<string, unknown>>,
    scope: Scope,
    instance?: number | string,
  ): TerraformResource {
    const resource: { -readonly [K in keyof TerraformResource]: TerraformResource[K] } = {
      type,
      name,
      address: instance === undefined ? blockAddress : `${blockAddress}[${JSON.stringify(instance)}]`,
      blockAddress,
      body: new Body(body, scope),
      constructPath: constructPathOf(body) ?? blockAddress,
      suppressions: readSuppressions(body),
    };
    if (instance !== undefined) resource.instance = instance;
    return resource;
  }

  private index<K>(map: Map<K, TerraformResource[]>, key: K, r: TerraformResource): void {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  }

  // By type, then attribute.
  private readonly referenceIndexes = new Map<string, Map<string, ReferenceIndex>>();

  /** Who names what through one attribute of one type, built once: scans stay linear in resources. */
  private referenceIndex(type: string, attribute: string): ReferenceIndex {
    const byAttribute = nested(this.referenceIndexes, type);
    let index = byAttribute.get(attribute);
    if (index) return index;
    index = { byAddress: new Map(), byLiteral: new Map(), byExpression: new Map(), results: new Map() };
    for (const r of this.ofType(type)) {
      const value = r.body.get(attribute);
      for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v === 'string') this.index(index.byLiteral, v, r);
        else if (v instanceof Expression) {
          this.index(index.byExpression, v.key, r);
          for (const ref of v.references) {
            const list = index.byAddress.get(ref.address) ?? [];
            list.push({ resource: r, instance: ref.instance });
            index.byAddress.set(ref.address, list);
          }
        }
      }
    }
    byAttribute.set(attribute, index);
    return index;
  }
}

/** The inner map of `outer` at `key`, created when missing. */
function nested<K, V>(outer: Map<string, Map<K, V>>, key: string): Map<K, V> {
  let inner = outer.get(key);
  if (!inner) {
    inner = new Map();
    outer.set(key, inner);
  }
  return inner;
}

interface ReferenceIndex {
  readonly byAddress: Map<string, { resource: TerraformResource; instance: unknown }[]>;
  readonly byLiteral: Map<string, TerraformResource[]>;
  readonly byExpression: Map<string, TerraformResource[]>;
  /** What referencing() found per target, once asked. */
  readonly results: Map<TerraformResource, TerraformResource[]>;
}

/** A known `for_each` value's instances: a map's keys and values, or a set of strings (each value its own key). */
function forEachEntries(value: TerraformValue): [string, TerraformValue][] | undefined {
  if (isObjectValue(value)) return Object.entries(value);
  if (Array.isArray(value) && value.every((v: TerraformValue) => typeof v === 'string')) {
    return [...new Set(value as string[])].map((v) => [v, v]);
  }
  return undefined;
}

function constructPathOf(body: Readonly<Record<string, unknown>>): string | undefined {
  const comment = body['//'];
  if (!isRecord(comment) || !isRecord(comment.metadata)) return undefined;
  const path = comment.metadata.path;
  return typeof path === 'string' ? path : undefined;
}
