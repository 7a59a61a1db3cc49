import { requireWholeNumber } from '@groundwork/core';

/** The account password policy. Defaults follow CIS AWS Foundations guidance. */
export interface PasswordPolicyProps {
  /** 6 to 128. @default 14 */
  readonly minimumLength?: number;
  /** @default true */
  readonly requireLowercase?: boolean;
  /** @default true */
  readonly requireUppercase?: boolean;
  /** @default true */
  readonly requireNumbers?: boolean;
  /** @default true */
  readonly requireSymbols?: boolean;
  /** Days until a password expires, 1 to 1095; 0 for never. @default 90 */
  readonly maxAgeDays?: number;
  /** How many previous passwords may not be reused, 1 to 24; 0 to allow reuse. @default 24 */
  readonly reusePrevention?: number;
  /** Whether expired passwords can only be reset by an administrator. @default false */
  readonly hardExpiry?: boolean;
}

export interface ResolvedPasswordPolicy {
  readonly minimumLength: number;
  readonly requireLowercase: boolean;
  readonly requireUppercase: boolean;
  readonly requireNumbers: boolean;
  readonly requireSymbols: boolean;
  readonly maxAgeDays: number;
  readonly reusePrevention: number;
  readonly hardExpiry: boolean;
}

const OFF = { value: 0, meaning: 'to turn it off' } as const;

/** The policy with its defaults filled in; `where` names the caller in errors. */
export function resolvePasswordPolicy(
  props: PasswordPolicyProps = {},
  where = 'IdentityBaseline',
): ResolvedPasswordPolicy {
  const resolved: ResolvedPasswordPolicy = {
    minimumLength: props.minimumLength ?? 14,
    requireLowercase: props.requireLowercase ?? true,
    requireUppercase: props.requireUppercase ?? true,
    requireNumbers: props.requireNumbers ?? true,
    requireSymbols: props.requireSymbols ?? true,
    maxAgeDays: props.maxAgeDays ?? 90,
    reusePrevention: props.reusePrevention ?? 24,
    hardExpiry: props.hardExpiry ?? false,
  };
  requireWholeNumber(where, 'passwordPolicy.minimumLength', resolved.minimumLength, { min: 6, max: 128 });
  requireWholeNumber(where, 'passwordPolicy.maxAgeDays', resolved.maxAgeDays, { min: 1, max: 1095, or: OFF });
  requireWholeNumber(where, 'passwordPolicy.reusePrevention', resolved.reusePrevention, {
    min: 1,
    max: 24,
    or: OFF,
  });
  return resolved;
}
