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

function checkRange(name: string, value: number, min: number, max: number, allowZero: boolean): void {
  const ok = Number.isInteger(value) && ((value >= min && value <= max) || (allowZero && value === 0));
  if (!ok) {
    const zero = allowZero ? ' (or 0 to turn it off)' : '';
    throw new Error(`passwordPolicy.${name} must be an integer from ${min} to ${max}${zero}, got ${value}`);
  }
}

export function resolvePasswordPolicy(props: PasswordPolicyProps = {}): ResolvedPasswordPolicy {
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
  checkRange('minimumLength', resolved.minimumLength, 6, 128, false);
  checkRange('maxAgeDays', resolved.maxAgeDays, 1, 1095, true);
  checkRange('reusePrevention', resolved.reusePrevention, 1, 24, true);
  return resolved;
}
