import { isAccountId, isRecord, parseArn } from '@groundwork/core';

/** The account and region an AWS provider block pins, where it says so with literal values. */
export interface ProviderScope {
  readonly account: string | null;
  readonly region: string | null;
}

/** A literal string: Terraform expressions (`${var.region}`) are resolved only at plan time, so they say nothing. */
function literal(value: unknown): string | null {
  return typeof value === 'string' && value !== '' && !value.includes('${') ? value : null;
}

/** Blocks arrive as an object or a one-element list in Terraform JSON. */
function firstBlock(value: unknown): Record<string, unknown> | undefined {
  const block = Array.isArray(value) ? value[0] : value;
  return isRecord(block) ? block : undefined;
}

/**
 * The account of a provider block: `allowed_account_ids` when it lists exactly one id (the provider refuses any
 * other), else the account of `assume_role.role_arn` (the role lives in the account the provider works in).
 */
function accountOf(block: Record<string, unknown>): string | null {
  const allowed = block['allowed_account_ids'];
  if (Array.isArray(allowed)) {
    // Several allowed accounts: the IaC does not say which one the stack is applied to.
    if (allowed.length > 1) return null;
    if (isAccountId(allowed[0])) return allowed[0];
  }
  const role = parseArn(literal(firstBlock(block['assume_role'])?.['role_arn']));
  return role && isAccountId(role.account) ? role.account : null;
}

export function providerScope(block: Record<string, unknown>): ProviderScope {
  return { account: accountOf(block), region: literal(block['region']) };
}
