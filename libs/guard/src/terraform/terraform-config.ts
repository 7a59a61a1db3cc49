import { isRecord } from '@groundwork/core';
import { GuardInputError } from '../guard-input-error';
import { TerraformConfigView, TerraformResource } from '../model';
import { readSuppressions } from '../suppressions';
import { Body } from './body';
import { Expression } from './expression';
import { LabelledBlock, kind, labelledBlocks, properties, unlabelledBodies } from './hcl-json';
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
  private readonly byBlock = new Map<string, TerraformResource[]>();
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
    const seen = new Set<string>();
    for (const [key, value] of top) {
      if (key !== 'resource' && key !== 'data') continue;
      for (const block of labelledBlocks(value, key, ['resource type', 'name'])) {
        const address = `${key === 'data' ? 'data.' : ''}${block.labels.join('.')}`;
        if (seen.has(address)) {
          throw new GuardInputError(
            block.field,
            `"${block.field}" is declared more than once: Terraform accepts one block per type and name; rename or remove the duplicate`,
          );
        }
        seen.add(address);
        if (key === 'data') this.data.set(address, new Body(block.body, this.scope));
        else resources.push(...this.instances(block));
      }
    }
    resources.forEach((r, i) => {
      this.position.set(r, i);
      this.index(this.byType, r.type, r);
      this.index(this.byBlock, r.blockAddress, r);
    });
    this.resources = resources;
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
      for (const r of this.byBlock.get(ref.address) ?? []) {
        if (type !== undefined && r.type !== type) continue;
        if (ref.instance === undefined || typeof ref.instance === 'object' || ref.instance === r.instance)
          found.add(r);
      }
    }
    return this.inOrder(found);
  }

  referencing(type: string, attribute: string, target: TerraformResource): readonly TerraformResource[] {
    const index = this.referenceIndex(type, attribute);
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
    const key = `${type}\u0000${attribute}\u0000${targetType}`;
    let found = this.unattributedCache.get(key);
    if (!found) {
      const attributed = new Set<TerraformResource>();
      for (const t of this.ofType(targetType))
        for (const r of this.referencing(type, attribute, t)) attributed.add(r);
      found = this.ofType(type).filter((r) => !attributed.has(r) && isComputed(r.body.get(attribute)));
      this.unattributedCache.set(key, found);
    }
    return found;
  }

  private readonly unattributedCache = new Map<string, TerraformResource[]>();

  private inOrder(found: Set<TerraformResource>): TerraformResource[] {
    // In declaration order, without walking every resource of the type: that would make scans quadratic.
    return [...found].sort((a, b) => (this.position.get(a) ?? 0) - (this.position.get(b) ?? 0));
  }

  /** The instances of one resource block: one per literal `count` or `for_each` element, else one. */
  private instances(block: LabelledBlock): TerraformResource[] {
    const [type, name] = block.labels;
    const blockAddress = `${type}.${name}`;
    const make = (scope: Scope, instance?: number | string): TerraformResource => ({
      type,
      name,
      address: instance === undefined ? blockAddress : `${blockAddress}[${JSON.stringify(instance)}]`,
      ...(instance !== undefined ? { instance } : {}),
      blockAddress,
      body: new Body(block.body, scope),
      constructPath: constructPathOf(block.body) ?? blockAddress,
      suppressions: readSuppressions(block.body),
    });
    if (block.body.count !== undefined && block.body.count !== null) {
      const count = readValue(block.body.count, this.scope);
      const n = typeof count === 'number' ? count : typeof count === 'string' ? Number(count) : NaN;
      if (!Number.isInteger(n) || n < 0 || n > MAX_EXPANDED_COUNT) {
        return [make(withSymbol(this.scope, 'count', undefined))];
      }
      return Array.from({ length: n }, (_, i) => make(withSymbol(this.scope, 'count', { index: i }), i));
    }
    if (block.body.for_each !== undefined && block.body.for_each !== null) {
      const forEach = readValue(block.body.for_each, this.scope);
      const entries = forEachEntries(forEach);
      if (!entries) return [make(withSymbol(this.scope, 'each', undefined))];
      return entries.map(([key, value]) => make(withSymbol(this.scope, 'each', { key, value }), key));
    }
    return [make(this.scope)];
  }

  private index<K>(map: Map<K, TerraformResource[]>, key: K, r: TerraformResource): void {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  }

  private readonly referenceIndexes = new Map<string, ReferenceIndex>();

  /** Who names what through one attribute of one type, built once: scans stay linear in resources. */
  private referenceIndex(type: string, attribute: string): ReferenceIndex {
    const key = `${type}\u0000${attribute}`;
    let index = this.referenceIndexes.get(key);
    if (index) return index;
    index = { byAddress: new Map(), byLiteral: new Map(), byExpression: new Map() };
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
    this.referenceIndexes.set(key, index);
    return index;
  }
}

interface ReferenceIndex {
  readonly byAddress: Map<string, { resource: TerraformResource; instance: unknown }[]>;
  readonly byLiteral: Map<string, TerraformResource[]>;
  readonly byExpression: Map<string, TerraformResource[]>;
}

/** A known `for_each` value's instances: a map's keys and values, or a set of strings (each value its own key). */
function forEachEntries(value: TerraformValue): [string, TerraformValue][] | undefined {
  if (isObjectValue(value)) return Object.entries(value);
  if (Array.isArray(value) && value.every((v: TerraformValue) => typeof v === 'string')) {
    return [...new Set(value as string[])].map((v) => [v, v]);
  }
  return undefined;
}

function isComputed(value: TerraformValue | undefined): boolean {
  return (
    value instanceof Expression ||
    (Array.isArray(value) && value.some((v: TerraformValue) => v instanceof Expression))
  );
}

function constructPathOf(body: Readonly<Record<string, unknown>>): string | undefined {
  const comment = body['//'];
  if (!isRecord(comment) || !isRecord(comment.metadata)) return undefined;
  const path = comment.metadata.path;
  return typeof path === 'string' ? path : undefined;
}
