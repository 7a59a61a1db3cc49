import { GuardRule } from './model';

/** One markdown table row for a rule: id, severity, title, resource types, checkov ids, trivy ids. */
export function ruleTableRow(rule: GuardRule): string {
  const list = (ids: readonly string[]) => (ids.length > 0 ? ids.map((id) => `\`${id}\``).join(', ') : '—');
  // Markdown would read * and _ as emphasis and | as a cell break.
  const title = rule.title.replace(/[*_|]/g, '\\$&');
  return `| ${rule.id} | ${rule.severity} | ${title} | ${list(rule.resourceTypes)} | ${list(rule.checkov)} | ${list(rule.trivy)} |`;
}

/** One README list line for a deliberate difference of a rule from the peer tools (`*` escaped for markdown). */
export function differenceLine(ruleId: string, difference: string): string {
  return `- **${ruleId}**: ${difference.replace(/\*/g, '\\*')}`;
}
