// zod schemas for the fields of the configuration files. Each carries what it expects as its error message ("a
// 12-digit AWS account id"), which `configProblems` turns into "accountId: expected …, got …".
import { describeWholeNumber, isWholeNumberIn, type WholeNumberRange } from '@groundwork/core';
import * as z from 'zod/mini';

/** A string that passes `test`, e.g. `text('a 12-digit AWS account id', (v) => ACCOUNT_ID.test(v))`. */
export function text(expected: string, test: (value: string) => boolean = () => true) {
  return z.string({ error: expected }).check(z.refine(test, { error: expected, abort: true }));
}

/** A whole number in the range, worded as everywhere else ("a whole number from 2 to 6"). */
export function wholeNumber(range: WholeNumberRange) {
  const expected = describeWholeNumber(range);
  return z.number({ error: expected }).check(z.refine((v) => isWholeNumberIn(v, range), { error: expected }));
}

/** One of a few literal strings. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `one of ${values.map((v) => `"${v}"`).join(', ')}` });
}

export function flag() {
  return z.boolean({ error: 'true or false' });
}

/** A list of at least `minItems` entries, each checked by `item` and named by `expected` ("email address"). */
export function list<T extends z.ZodMiniType>(expected: string, item: T, minItems = 0) {
  const whole = `a list of at least ${minItems} ${expected}`;
  return z.array(item, { error: whole }).check(z.minLength(minItems, { error: whole }));
}

/** An object that refuses fields it does not know (almost always a typo), naming the ones it knows. */
export function record<T extends z.core.$ZodLooseShape>(expected: string, shape: T) {
  const known = `unknown field (known: ${Object.keys(shape).join(', ')})`;
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? known : expected),
  });
}
