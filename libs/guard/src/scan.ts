import { GuardFinding, GuardRule } from './model';
import { ALL_RULES } from './rules';
import { resourceLines } from './source-lines';
import { TerraformConfig } from './terraform/terraform-config';

export { GuardInputError } from './guard-input-error';

export interface ScanOptions {
  /** The stack name shown in findings. @default 'terraform' */
  readonly stack?: string;
  /** The file the JSON came from, for locations. */
  readonly file?: string;
  /** The file's text, to give each finding the line of its resource block. */
  readonly sourceText?: string;
  /** The rules to run. @default ALL_RULES */
  readonly rules?: readonly GuardRule[];
}

/**
 * Runs the rule pack over one Terraform JSON configuration, in any form Terraform accepts; findings are ordered by
 * address, then rule id. What a rule cannot decide is a finding of severity `note`. Malformed input throws
 * {@link GuardInputError} naming the field.
 */
export function scanTerraform(json: unknown, options: ScanOptions = {}): GuardFinding[] {
  const config = new TerraformConfig(json);
  const rules = options.rules ?? ALL_RULES;
  const stack = options.stack ?? 'terraform';
  const findings: GuardFinding[] = [];
  let lines: Map<string, number> | undefined;
  const lineOf = (blockAddress: string) => {
    if (options.sourceText === undefined) return undefined;
    lines ??= resourceLines(options.sourceText);
    return lines.get(blockAddress);
  };
  const rulesByType = new Map<string, GuardRule[]>();
  for (const rule of rules) {
    for (const type of rule.resourceTypes) rulesByType.set(type, [...(rulesByType.get(type) ?? []), rule]);
  }
  for (const resource of config.resources) {
    for (const rule of rulesByType.get(resource.type) ?? []) {
      const results = rule.check(resource, config);
      if (results.length === 0) continue;
      const suppression = resource.suppressions.find((s) => s.ruleId === rule.id);
      const line = lineOf(resource.blockAddress);
      for (const result of results) {
        const undecided = typeof result !== 'string';
        findings.push({
          ruleId: rule.id,
          severity: undecided ? 'note' : rule.severity,
          title: rule.title,
          stack,
          ...(options.file !== undefined ? { file: options.file } : {}),
          ...(line !== undefined ? { line } : {}),
          address: resource.address,
          constructPath: resource.constructPath,
          message: undecided ? result.undecided : result,
          fix: rule.fix,
          ...(suppression ? { suppressed: { reason: suppression.reason } } : {}),
        });
      }
    }
  }
  return findings.sort((a, b) => compare(a.address, b.address) || compare(a.ruleId, b.ruleId));
}

// Code-point order: stable across locales, unlike localeCompare.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
