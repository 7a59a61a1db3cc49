// asl-validator, typed: it ships no declarations. Validates an Amazon States Language definition against the
// language's JSON schemas and checks its paths.
import { createRequire } from 'node:module';

export interface AslValidation {
  readonly isValid: boolean;
  readonly errors: readonly { readonly message?: string }[];
  errorsText(separator?: string): string;
}

const aslValidator = createRequire(__filename)('asl-validator') as (definition: unknown) => AslValidation;

export function validateAsl(definition: unknown): AslValidation {
  return aslValidator(definition);
}
