import { Expression } from './expression';

/**
 * An argument value read from Terraform JSON: JSON values with literal strings decoded (template escapes
 * resolved), and an {@link Expression} wherever the value is computed by Terraform.
 */
export type TerraformValue =
  null | boolean | number | string | Expression | readonly TerraformValue[] | TerraformObject;

export interface TerraformObject {
  readonly [key: string]: TerraformValue;
}

/** A value Terraform computes, unknown to a static scan. */
export function isUnknown(value: unknown): value is Expression {
  return value instanceof Expression;
}

/** An object value (a map or a nested block body), not a list and not an expression. */
export function isObjectValue(value: unknown): value is TerraformObject {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Expression)
  );
}

/** Does a value hold no expression anywhere? */
export function isKnown(value: TerraformValue | undefined): boolean {
  if (value instanceof Expression) return false;
  if (Array.isArray(value)) return value.every(isKnown);
  if (isObjectValue(value)) return Object.values(value).every(isKnown);
  return true;
}
