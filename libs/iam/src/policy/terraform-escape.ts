/**
 * Terraform treats `${...}` and `%{...}` in strings as templates. IAM policy variables such as
 * `${aws:username}` (and the escapes `${*}`, `${?}`, `${$}`) must reach AWS literally, so they are written
 * as `$${...}`. cdktf's own token markers (`${TfToken[...]}`) are left alone so cdktf can resolve them.
 */
const POLICY_VARIABLE = /\$\{(?=(?:[A-Za-z0-9._-]+:[^}]*|\*|\?|\$)\})/g;
const TEMPLATE_DIRECTIVE = /%\{/g;

export function escapeForTerraform(text: string): string {
  return text.replace(POLICY_VARIABLE, () => '$${').replace(TEMPLATE_DIRECTIVE, () => '%%{');
}

/** The inverse of `escapeForTerraform`: what AWS receives once Terraform has rendered the string. */
export function unescapeTerraform(text: string): string {
  return text.replace(/\$\$\{/g, () => '${').replace(/%%\{/g, () => '%{');
}
