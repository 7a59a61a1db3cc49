import { TerraformConfigView, TerraformJson, TerraformResource } from './model';
import { readSuppressions } from './suppressions';
import { isRecord, refersTo } from './values';

// Attributes that hold a resource's literal name, for matching `bucket = "my-bucket"` to `aws_s3_bucket.x`.
const NAME_ATTRIBUTES = ['bucket', 'name', 'identifier'] as const;

/** An index over one Terraform JSON configuration. */
export class TerraformConfig implements TerraformConfigView {
  readonly resources: readonly TerraformResource[];
  private readonly byType = new Map<string, TerraformResource[]>();
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
    const names = NAME_ATTRIBUTES.map((a) => target.values[a]).filter(
      (v): v is string => typeof v === 'string' && !v.includes('${'),
    );
    return this.ofType(type).filter((r) => {
      const value = r.values[attribute];
      const list = Array.isArray(value) ? value : [value];
      return list.some((v) => refersTo(v, target.address) || (typeof v === 'string' && names.includes(v)));
    });
  }
}

function constructPathOf(values: Readonly<Record<string, unknown>>): string | undefined {
  const comment = values['//'];
  if (!isRecord(comment) || !isRecord(comment.metadata)) return undefined;
  const path = comment.metadata.path;
  return typeof path === 'string' ? path : undefined;
}
