import { GuardRule } from '@groundwork/guard';

/** `groundwork guard rules`: one line per rule. */
export function formatRulesTable(rules: readonly GuardRule[]): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map(
    (r) =>
      `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.title}\n${' '.repeat(idWidth + 11)}checkov: ${r.checkov.join(', ') || '-'}  trivy: ${r.trivy.join(', ') || '-'}`,
  );
  const errors = rules.filter((r) => r.severity === 'error').length;
  return `${lines.join('\n')}\n\n${rules.length} rules: ${errors} errors, ${rules.length - errors} warnings\n`;
}
