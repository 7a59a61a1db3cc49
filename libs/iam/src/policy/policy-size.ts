/**
 * Where a policy is used decides its size quota. AWS counts characters without whitespace, so the count here
 * is the length of the minified JSON (no whitespace between tokens).
 */
export type PolicyKind = 'managed' | 'inlineRole' | 'inlineUser' | 'inlineGroup' | 'scp' | 'trust';

/** Size quotas in characters, whitespace excluded. `inlineRole` is the total of all a role's inline policies. */
export const POLICY_SIZE_LIMITS: Readonly<Record<PolicyKind, number>> = {
  managed: 6144,
  inlineRole: 10240,
  inlineUser: 2048,
  inlineGroup: 5120,
  scp: 5120,
  // The default quota for a role trust policy; it can be raised to 4,096 through Service Quotas.
  trust: 2048,
};

// cdktf encodes unresolved values as `${TfToken[TOKEN.n]}` inside strings.
const TOKEN_MARKER = /\$\{TfToken\[[^\]]*\]\}/g;

/**
 * The size AWS measures for a policy: characters of the JSON with whitespace outside string values removed.
 * Whitespace inside values is counted, so the figure can only err on the high side. Unresolved Terraform tokens
 * count as zero characters because their final length is unknown at synth time: with tokens, the figure is a
 * lower bound.
 */
export function policySize(policyJson: unknown): number {
  return JSON.stringify(policyJson).replace(TOKEN_MARKER, '').length;
}
