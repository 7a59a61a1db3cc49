import { Token } from 'cdktf';

/**
 * Returns the value when it is a whole number within [min, max]; throws naming the construct, the prop, the
 * range and the value otherwise. Tokens pass unchecked (they resolve only at apply time).
 */
export function requireWholeNumber(
  where: string,
  prop: string,
  value: number,
  min: number,
  max?: number,
): number {
  if (Token.isUnresolved(value)) return value;
  const inRange = Number.isInteger(value) && value >= min && (max === undefined || value <= max);
  if (!inRange) {
    const range =
      max === undefined ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`;
    throw new Error(`${where}: ${prop} must be ${range}, got ${value}`);
  }
  return value;
}
