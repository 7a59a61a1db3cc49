/**
 * IAM condition operators: the base operators, each with the `IfExists` suffix (except `Null`), and the
 * `ForAllValues:` / `ForAnyValue:` set prefixes for multivalued keys.
 */
export const BASE_CONDITION_OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
] as const;

export type BaseConditionOperator = (typeof BASE_CONDITION_OPERATORS)[number];

type SingleValuedOperator = BaseConditionOperator | `${BaseConditionOperator}IfExists`;

/** Every condition operator IAM accepts. `Null` takes no `IfExists` suffix and no set prefix. */
export type ConditionOperator =
  | SingleValuedOperator
  | `ForAllValues:${SingleValuedOperator}`
  | `ForAnyValue:${SingleValuedOperator}`
  | 'Null';

const BASE = new Set<string>(BASE_CONDITION_OPERATORS);

/** True when `operator` is one IAM accepts (the check is case-sensitive, as IAM's is). */
export function isConditionOperator(operator: string): operator is ConditionOperator {
  if (operator === 'Null') return true;
  const unprefixed = operator.replace(/^(ForAllValues|ForAnyValue):/, '');
  const base = unprefixed.endsWith('IfExists') ? unprefixed.slice(0, -'IfExists'.length) : unprefixed;
  return BASE.has(base);
}
