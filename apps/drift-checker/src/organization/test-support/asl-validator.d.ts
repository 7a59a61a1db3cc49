// asl-validator ships no type declarations: the one call the tests make.
declare module 'asl-validator' {
  interface AslValidation {
    readonly isValid: boolean;
    readonly errors: readonly { readonly message?: string }[];
    errorsText(separator?: string): string;
  }
  export default function validateAsl(definition: unknown): AslValidation;
}
