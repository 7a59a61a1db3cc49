import { GuardFinding } from './model';

export interface FindingSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly suppressed: number;
}

/** Counts unsuppressed errors and warnings, and suppressed findings of either severity. */
export function summarize(findings: readonly GuardFinding[]): FindingSummary {
  const active = findings.filter((f) => !f.suppressed);
  return {
    errors: active.filter((f) => f.severity === 'error').length,
    warnings: active.filter((f) => f.severity === 'warning').length,
    suppressed: findings.length - active.length,
  };
}

/** Fails on unsuppressed errors; with `strict`, on unsuppressed warnings too. */
export function isFailing(findings: readonly GuardFinding[], strict = false): boolean {
  const { errors, warnings } = summarize(findings);
  return errors > 0 || (strict && warnings > 0);
}
