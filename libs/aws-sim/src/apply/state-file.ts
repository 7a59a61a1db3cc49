// Terraform state format version 4, as `terraform apply` writes it.
import type { SimulatedIds } from '../simulated-ids';
import { terraformTypeModel } from '../types/registry';
import type { AppliedStack } from './applied-resource';

/** Terraform state format version 4 for one stack: outputs, data sources read and managed resources. */
export function stateFile(stack: AppliedStack, ids: SimulatedIds): object {
  const resources = [...stack.dataSources, ...stack.resources];
  return {
    version: 4,
    terraform_version: '1.9.8',
    serial: resources.length + 3,
    lineage: ids.uuid(),
    outputs: Object.fromEntries(
      Object.entries(stack.outputs).map(([name, o]) => [
        name,
        { value: o.value, type: typeOf(o.value), ...(o.sensitive ? { sensitive: true } : {}) },
      ]),
    ),
    resources: resources.map((r) => ({
      mode: r.mode,
      type: r.type,
      name: r.name,
      provider: `provider["registry.terraform.io/hashicorp/${r.type === 'terraform_remote_state' ? 'terraform' : 'aws'}"]`,
      instances: [
        {
          schema_version: terraformTypeModel(r.type).schemaVersion ?? 0,
          attributes: r.attrs,
          sensitive_attributes: [],
          ...(r.mode === 'managed'
            ? { private: 'eyJzY2hlbWFfdmVyc2lvbiI6IjAifQ==', dependencies: r.dependencies }
            : {}),
        },
      ],
    })),
    check_results: null,
  };
}

/** Terraform's JSON type description of an output value. */
function typeOf(value: unknown): unknown {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  if (Array.isArray(value)) return ['tuple', value.map(typeOf)];
  if (value && typeof value === 'object')
    return ['object', Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeOf(v)]))];
  return 'dynamic';
}
