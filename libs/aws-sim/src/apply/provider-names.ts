// Names the Terraform provider generates: from `name_prefix`/`bucket_prefix`, or its own default prefix.
import type { GeneratedName } from '../types/simulated-type';
import type { ApplyContext, Attrs } from './applied-resource';

/** The UTC time in every generated name: when the simulated apply ran. */
export const UNIQUE_ID_TIME = '202611200914070000';

/** The provider's `PrefixedUniqueId`: prefix, a UTC timestamp with four fractional digits, an 8-hex counter. */
export function prefixedUniqueId(prefix: string, ctx: ApplyContext): string {
  return `${prefix}${UNIQUE_ID_TIME}${ctx.nextUniqueId().toString(16).padStart(8, '0')}`;
}

/** The generated name, as `{ name }` or `{ bucket }`, when the arguments give none; else nothing. */
export function generatedNames(spec: GeneratedName | undefined, values: Attrs, ctx: ApplyContext): Attrs {
  if (!spec) return {};
  const attribute = spec.attribute ?? 'name';
  if (values[attribute] !== undefined) return {};
  const prefix = values[`${attribute}_prefix`];
  if (prefix !== undefined && prefix !== null) return { [attribute]: prefixedUniqueId(String(prefix), ctx) };
  const name = prefixedUniqueId(spec.defaultPrefix ?? 'terraform-', ctx);
  return { [attribute]: spec.maxLength === undefined ? name : name.slice(0, spec.maxLength) };
}
