/** The whole numbers a field accepts: `min` to `max` (open-ended without `max`), plus one optional special value. */
export interface WholeNumberRange {
  readonly min: number;
  /** @default no upper bound */
  readonly max?: number;
  /**
   * One more accepted value outside the range and what it means, e.g. `{ value: 0, meaning: 'to turn it off' }`.
   * @default none
   */
  readonly or?: { readonly value: number; readonly meaning: string };
}

/** How the range reads in a message: "a whole number from 1 to 64", "a whole number of at least 1", with ", or 0 to …". */
export function describeWholeNumber(range: WholeNumberRange): string {
  const span =
    range.max === undefined
      ? `a whole number of at least ${range.min}`
      : `a whole number from ${range.min} to ${range.max}`;
  return range.or === undefined ? span : `${span}, or ${range.or.value} ${range.or.meaning}`;
}

/** True when the value is a whole number in the range (or the range's special value). */
export function isWholeNumberIn(value: unknown, range: WholeNumberRange): value is number {
  if (typeof value !== 'number' || !Number.isInteger(value)) return false;
  if (range.or !== undefined && value === range.or.value) return true;
  return value >= range.min && (range.max === undefined || value <= range.max);
}

/** The one wording for a number outside its range, `<field> must be <range>, got <value>`; undefined when it fits. */
export function wholeNumberProblem(
  field: string,
  value: number,
  range: WholeNumberRange,
): string | undefined {
  return isWholeNumberIn(value, range)
    ? undefined
    : `${field} must be ${describeWholeNumber(range)}, got ${value}`;
}

/**
 * Returns the value when it lies in the range; otherwise throws `<where>: <field> must be <range>, got <value>`.
 * Callers that accept Terraform tokens skip tokens before calling this.
 */
export function requireWholeNumber(
  where: string,
  field: string,
  value: number,
  range: WholeNumberRange,
): number {
  const problem = wholeNumberProblem(field, value, range);
  if (problem !== undefined) throw new Error(`${where}: ${problem}`);
  return value;
}
