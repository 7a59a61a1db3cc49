import { GuardFinding } from '../model';
import { summarize } from '../summary';

export interface ScannedStack {
  readonly stack: string;
  readonly file?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Findings for people: grouped by stack, then construct path, each with its message and fix. Suppressed findings
 * are listed with their reason. Every scanned stack is named, also the clean ones.
 */
export function formatText(findings: readonly GuardFinding[], stacks: readonly ScannedStack[]): string {
  const out: string[] = [];
  for (const { stack, file } of stacks) {
    const own = findings.filter((f) => f.stack === stack);
    const counts = summarize(own);
    out.push(
      `${stack}${file ? ` (${file})` : ''}: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${counts.suppressed} suppressed`,
    );
    const paths = [...new Set(own.map((f) => f.constructPath))];
    for (const path of paths) {
      const atPath = own.filter((f) => f.constructPath === path);
      out.push('', `  ${path}  [${[...new Set(atPath.map((f) => f.address))].join(', ')}]`);
      for (const f of atPath) {
        const label = f.suppressed ? 'suppressed' : f.severity;
        out.push(`    ${label.padEnd(10)} ${f.ruleId}  ${f.title}`);
        out.push(`               ${f.message}`);
        if (f.suppressed) out.push(`               reason: ${f.suppressed.reason}`);
        else out.push(`               fix: ${f.fix}`);
      }
    }
    out.push('');
  }
  const total = summarize(findings);
  out.push(
    `${plural(total.errors, 'error')}, ${plural(total.warnings, 'warning')}, ${total.suppressed} suppressed in ${plural(stacks.length, 'stack')}`,
  );
  return `${out.join('\n')}\n`;
}
