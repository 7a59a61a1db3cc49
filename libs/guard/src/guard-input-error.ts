/** Bad Terraform JSON: names the field and what to do. */
export class GuardInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'GuardInputError';
  }
}
