// The Terraform JSON a codified module synthesizes to, as guard reads it: the same model, references written the
// way cdktf writes them, so guard's checks between resources (a bucket and its encryption) see the same wiring.
import type { TerraformJson } from '@groundwork/guard';
import {
  CodifiedModule,
  ConstructReference,
  isModelObject,
  JsonDocument,
  ModelValue,
  Reference,
  TagMap,
} from './codified-resource';
import { escapeInterpolation } from './typescript-form';

/** The Terraform name a codified resource gets in the JSON form. */
function terraformName(module: CodifiedModule, variable: string): string {
  return `codified_${module.constructId}_${variable}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

function jsonValue(value: ModelValue, module: CodifiedModule): unknown {
  if (value instanceof Reference) {
    const target = module.resources.find((r) => r.variable === value.to);
    return `\${${target?.terraformType}.${terraformName(module, value.to)}.${value.attribute}}`;
  }
  if (value instanceof ConstructReference) return `\${${value.address}.${value.attribute}}`;
  if (value instanceof JsonDocument) return escapeInterpolation(JSON.stringify(value.document));
  if (value instanceof TagMap) return { ...value.entries };
  if (typeof value === 'string') return escapeInterpolation(value);
  if (Array.isArray(value)) return value.map((v: ModelValue) => jsonValue(v, module));
  if (value !== null && isModelObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonValue(v, module)]));
  return value;
}

/** The codified modules as one Terraform JSON configuration (resources with their construct path, import blocks). */
export function terraformForm(modules: readonly CodifiedModule[]): TerraformJson {
  const resource: Record<string, Record<string, unknown>> = {};
  for (const m of modules)
    for (const r of m.resources) {
      (resource[r.terraformType] ??= {})[terraformName(m, r.variable)] = {
        '//': { metadata: { path: `${m.stack}/codified/${m.constructId}/${r.id}` } },
        ...(jsonValue(r.values as ModelValue, m) as Record<string, unknown>),
      };
    }
  return { resource } as TerraformJson;
}
