import { GuardFinding } from '../model';
import { FindingSummary, summarize } from '../summary';

export interface ScannedStack {
  readonly stack: string;
  readonly file?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `3 errors, 1 warning, 2 suppressed`, with `N notes` only when there are notes. */
function counts(c: FindingSummary): string {
  const notes = c.notes > 0 ? `, ${plural(c.notes, 'note')}` : '';
  return `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}${notes}, ${c.suppressed} suppressed`;
}

/**
 * Findings for people: grouped by stack, then construct path, each with its message and fix. Notes (what a rule
 * could not decide) are listed as `note`; suppressed findings with their reason. Every scanned stack is named,
 * also the clean ones.
 */
export function formatText(findings: readonly GuardFinding[], stacks: readonly ScannedStack[]): string {
  const out: string[] = [];
  for (const { stack, file } of stacks) {
    const own = findings.filter((f) => f.stack === stack);
    out.push(`${stack}${file ? ` (${file})` : ''}: ${counts(summarize(own))}`);
    const paths = [...new Set(own.map((f) => f.constructPath))];
    for (const path of paths) {
      const atPath = own.filter((f) => f.constructPath === path);
      out.push('', `  ${path}  [${[...new Set(atPath.map((f) => f.address))].join(', ')}]`);
      for (const f of atPath) {
        const label = f.suppressed ? 'suppressed' : f.severity;
        out.push(`    ${label.padEnd(10)} ${f.ruleId}  ${f.title}`);
        out.push(`               ${f.message}`);
        if (f.suppressed) out.push(`               reason: ${f.suppressed.reason}`);
        else if (f.severity !== 'note') out.push(`               fix: ${f.fix}`);
      }
    }
    out.push('');
  }
  out.push(`${counts(summarize(findings))} in ${plural(stacks.length, 'stack')}`);
  return `${out.join('\n')}\n`;
}
