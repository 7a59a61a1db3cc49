// The provider class property that sets a Terraform argument, when there is one: an accepted value is written as an
// assignment the compiler checks (`instance.instanceType = 't3.large'`) rather than an untyped override. Found in
// @cdktf/provider-aws itself: the class of the module named after the type (`aws_db_instance` → lib/db-instance),
// recognized by its `tfResourceType`, with a setter named after the argument.

import { propertyName } from '../code/property-name';

/** Where the generated code imports the class from, and the property it assigns. */
export interface ProviderProperty {
  readonly className: string;
  /** The module under `@cdktf/provider-aws/lib/`. */
  readonly module: string;
  readonly property: string;
}

/** The property of `terraformType`'s provider class that sets the top-level `argument`, else undefined. */
export function providerProperty(terraformType: string, argument: string): ProviderProperty | undefined {
  if (!terraformType.startsWith('aws_') || argument.includes('.')) return undefined;
  const module = terraformType.slice(4).replace(/_/g, '-');
  let exports: Record<string, unknown>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    exports = require(`@cdktf/provider-aws/lib/${module}`) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const property = propertyName(argument);
  for (const [className, value] of Object.entries(exports)) {
    if (typeof value !== 'function') continue;
    const cls = value as { tfResourceType?: unknown; prototype: object };
    if (cls.tfResourceType !== terraformType) continue;
    return Object.getOwnPropertyDescriptor(cls.prototype, property)?.set
      ? { className, module, property }
      : undefined;
  }
  return undefined;
}
