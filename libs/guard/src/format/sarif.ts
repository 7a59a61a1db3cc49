import { formatSarifLog, sarifLog, sarifRuleName } from '@groundwork/core';
import { GuardFinding, GuardRule } from '../model';
import { ALL_RULES } from '../rules';

export { SARIF_SCHEMA_URI } from '@groundwork/core';
export const TOOL_NAME = 'groundwork-guard';

export interface SarifOptions {
  /** The rules described in the log. @default ALL_RULES */
  readonly rules?: readonly GuardRule[];
  /** The tool version. @default '0.1.0' */
  readonly version?: string;
}

/**
 * A SARIF 2.1.0 log for GitHub code scanning. Each result's physical location is the synthesized file (with the
 * line of the resource when known) and its logical location is the construct path. What a rule could not decide
 * is a result of level `note`. Suppressed findings carry an `inSource` suppression with the reason, which GitHub
 * shows as dismissed.
 */
export function formatSarif(findings: readonly GuardFinding[], options: SarifOptions = {}): string {
  const rules = options.rules ?? ALL_RULES;
  return formatSarifLog(
    sarifLog({
      tool: {
        name: TOOL_NAME,
        version: options.version ?? '0.1.0',
        rules: rules.map((r) => ({
          id: r.id,
          name: sarifRuleName(r.title),
          shortDescription: r.title,
          fullDescription: r.why,
          help: { text: `${r.why}\n\nFix: ${r.fix}`, markdown: `${r.why}\n\n**Fix:** ${r.fix}` },
          level: r.severity,
          properties: {
            tags: ['security', 'terraform'],
            'security-severity': r.severity === 'error' ? '8.0' : '5.0',
            checkov: [...r.checkov],
            trivy: [...r.trivy],
          },
        })),
      },
      results: findings.map((f) => ({
        ruleId: f.ruleId,
        level: f.severity,
        message: `${f.message} (${f.address}). Fix: ${f.fix}`,
        location: {
          ...(f.file ? { file: f.file, startLine: f.line ?? 1 } : {}),
          logical: { name: f.address, fullyQualifiedName: f.constructPath, kind: 'resource' },
        },
        fingerprints: { 'groundworkGuard/v1': `${f.ruleId}|${f.stack}|${f.address}` },
        ...(f.suppressed ? { suppressedInSource: { justification: f.suppressed.reason } } : {}),
      })),
    }),
  );
}
