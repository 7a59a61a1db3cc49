import { GuardFinding } from './model';

export interface FindingSummary {
  readonly errors: number;
  readonly warnings: number;
  /** Findings the rules could not decide (values Terraform computes); they never fail a scan. */
  readonly notes: number;
  readonly suppressed: number;
}

/** Counts unsuppressed errors, warnings and notes, and suppressed findings of any level. */
export function summarize(findings: readonly GuardFinding[]): FindingSummary {
  const active = findings.filter((f) => !f.suppressed);
  return {
    errors: active.filter((f) => f.severity === 'error').length,
    warnings: active.filter((f) => f.severity === 'warning').length,
    notes: active.filter((f) => f.severity === 'note').length,
    suppressed: findings.length - active.length,
  };
}

/** Does this finding fail a scan: unsuppressed and an error, or a warning when `strict`? Notes never do. */
export function failsScan(finding: GuardFinding, strict = false): boolean {
  return !finding.suppressed && (finding.severity === 'error' || (strict && finding.severity === 'warning'));
}

/** Fails on unsuppressed errors; with `strict`, on unsuppressed warnings too. Notes never fail. */
export function isFailing(findings: readonly GuardFinding[], strict = false): boolean {
  return findings.some((f) => failsScan(f, strict));
}
