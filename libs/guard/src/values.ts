import { CheckResult, Undecided } from './model';
import { Body } from './terraform/body';
import { Expression } from './terraform/expression';

export { isUnknown } from './terraform/value';
export type { TerraformValue } from './terraform/value';

/** What a rule cannot decide, reported as a note. */
export function undecided(message: string): Undecided {
  return { undecided: message };
}

/** The note for an argument whose value Terraform computes: names the argument, the expression and the question. */
export function computed(argument: string, value: Expression, question: string): Undecided {
  return undecided(`${argument} is computed (${value.text}): cannot tell ${question}`);
}

/** A boolean argument that must be true: compliant when true, a note when computed, else `message`. */
export function requireTrue(
  body: Body,
  argument: string,
  message = `${argument} is not true`,
): CheckResult[] {
  const value = body.bool(argument);
  if (value === true) return [];
  if (value instanceof Expression) return [computed(argument, value, 'whether it is true')];
  return [message];
}

/** A boolean argument that must not be true: a violation when true, a note when computed. */
export function forbidTrue(body: Body, argument: string, message = `${argument} is true`): CheckResult[] {
  const value = body.bool(argument);
  if (value === true) return [message];
  if (value instanceof Expression) return [computed(argument, value, 'whether it is true')];
  return [];
}

/** A value as a message shows it: literals quoted, expressions as written. */
export function shown(value: unknown): string {
  return value instanceof Expression ? value.text : JSON.stringify(value);
}

/** A three-valued answer: what a static scan knows, or that Terraform computes what would decide it. */
export type Answer = 'yes' | 'no' | 'unknown';
