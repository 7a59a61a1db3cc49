import { GuardFinding } from '../model';
import { summarize } from '../summary';
import { ScannedStack } from './text';

/** The machine-readable report: every finding (suppressed ones with their reason) and the counts. */
export function formatJson(findings: readonly GuardFinding[], stacks: readonly ScannedStack[]): string {
  return `${JSON.stringify({ stacks, summary: summarize(findings), findings }, null, 2)}\n`;
}
