import { TerraformConfigView, TerraformJson, TerraformResource } from './model';
import { readSuppressions } from './suppressions';
import { isRecord } from '@groundwork/core';
import { referencedAddresses } from './values';

// Attributes that hold a resource's literal name, for matching `bucket = "my-bucket"` to `aws_s3_bucket.x`.
const NAME_ATTRIBUTES = ['bucket', 'name', 'identifier', 'function_name'] as const;

/** An index over one Terraform JSON configuration. */
export class TerraformConfig implements TerraformConfigView {
  readonly resources: readonly TerraformResource[];
  private readonly byType = new Map<string, TerraformResource[]>();
  /** Each resource's place in declaration order. */
  private readonly position = new Map<TerraformResource, number>();
  private readonly data: Readonly<Record<string, unknown>>;

  constructor(json: TerraformJson) {
    const resources: TerraformResource[] = [];
    for (const [type, byName] of Object.entries(isRecord(json.resource) ? json.resource : {})) {
      if (!isRecord(byName)) continue;
      for (const [name, values] of Object.entries(byName)) {
        if (!isRecord(values)) continue;
        const address = `${type}.${name}`;
        const resource: TerraformResource = {
          type,
          name,
          address,
          values,
          constructPath: constructPathOf(values) ?? address,
          suppressions: readSuppressions(values),
        };
        this.position.set(resource, resources.length);
        resources.push(resource);
        const list = this.byType.get(type) ?? [];
        list.push(resource);
        this.byType.set(type, list);
      }
    }
    this.resources = resources;
    this.data = isRecord(json.data) ? json.data : {};
  }

  ofType(type: string): readonly TerraformResource[] {
    return this.byType.get(type) ?? [];
  }

  dataSource(address: string): Readonly<Record<string, unknown>> | undefined {
    const [prefix, type, name] = address.split('.');
    if (prefix !== 'data' || type === undefined || name === undefined) return undefined;
    const byName = this.data[type];
    const values = isRecord(byName) ? byName[name] : undefined;
    return isRecord(values) ? values : undefined;
  }

  referencing(type: string, attribute: string, target: TerraformResource): readonly TerraformResource[] {
    const index = this.referenceIndex(type, attribute);
    const found = new Set(index.byAddress.get(target.address) ?? []);
    for (const a of NAME_ATTRIBUTES) {
      const name = target.values[a];
      if (typeof name === 'string' && !name.includes('${')) {
        for (const r of index.byLiteral.get(name) ?? []) found.add(r);
      }
    }
    // In declaration order, without walking every resource of the type: that would make scans quadratic.
    return [...found].sort((a, b) => (this.position.get(a) ?? 0) - (this.position.get(b) ?? 0));
  }

  private readonly referenceIndexes = new Map<string, ReferenceIndex>();

  /** Who refers to what through one attribute of one type, built once: scans stay linear in resources. */
  private referenceIndex(type: string, attribute: string): ReferenceIndex {
    const key = `${type}\u0000${attribute}`;
    let index = this.referenceIndexes.get(key);
    if (index) return index;
    index = { byAddress: new Map(), byLiteral: new Map() };
    for (const r of this.ofType(type)) {
      const value = r.values[attribute];
      for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v !== 'string') continue;
        const targets = v.includes('${') ? referencedAddresses(v) : [v];
        const map = v.includes('${') ? index.byAddress : index.byLiteral;
        for (const t of targets) {
          const list = map.get(t);
          if (list) list.push(r);
          else map.set(t, [r]);
        }
      }
    }
    this.referenceIndexes.set(key, index);
    return index;
  }
}

interface ReferenceIndex {
  readonly byAddress: Map<string, TerraformResource[]>;
  readonly byLiteral: Map<string, TerraformResource[]>;
}

function constructPathOf(values: Readonly<Record<string, unknown>>): string | undefined {
  const comment = values['//'];
  if (!isRecord(comment) || !isRecord(comment.metadata)) return undefined;
  const path = comment.metadata.path;
  return typeof path === 'string' ? path : undefined;
}
