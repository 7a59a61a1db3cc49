import { GuardFinding, GuardRule, TerraformJson } from './model';
import { ALL_RULES } from './rules';
import { resourceLines } from './source-lines';
import { TerraformConfig } from './terraform-config';
import { isRecord } from '@groundwork/core';

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

/** Bad Terraform JSON: names the field and what to do. */
export class GuardInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'GuardInputError';
  }
}

/** Runs the rule pack over one Terraform JSON configuration; findings are ordered by address, then rule id. */
export function scanTerraform(json: unknown, options: ScanOptions = {}): GuardFinding[] {
  assertTerraformJson(json);
  const config = new TerraformConfig(json);
  const rules = options.rules ?? ALL_RULES;
  const stack = options.stack ?? 'terraform';
  const findings: GuardFinding[] = [];
  let lines: Map<string, number> | undefined;
  const lineOf = (address: string) => {
    if (options.sourceText === undefined) return undefined;
    lines ??= resourceLines(options.sourceText);
    return lines.get(address);
  };
  for (const resource of config.resources) {
    for (const rule of rules) {
      if (!rule.resourceTypes.includes(resource.type)) continue;
      const suppression = resource.suppressions.find((s) => s.ruleId === rule.id);
      const messages = rule.check(resource, config);
      const line = messages.length > 0 ? lineOf(resource.address) : undefined;
      for (const message of messages) {
        findings.push({
          ruleId: rule.id,
          severity: rule.severity,
          title: rule.title,
          stack,
          ...(options.file !== undefined ? { file: options.file } : {}),
          ...(line !== undefined ? { line } : {}),
          address: resource.address,
          constructPath: resource.constructPath,
          message,
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

function assertTerraformJson(json: unknown): asserts json is TerraformJson {
  if (!isRecord(json)) {
    throw new GuardInputError('(root)', 'expected a Terraform JSON object at the top level');
  }
  for (const section of ['resource', 'data'] as const) {
    const value = json[section];
    if (value === undefined) continue;
    if (!isRecord(value)) {
      throw new GuardInputError(
        section,
        `"${section}" must be an object of resource types, got ${kind(value)}`,
      );
    }
    for (const [type, byName] of Object.entries(value)) {
      if (!isRecord(byName)) {
        throw new GuardInputError(
          `${section}.${type}`,
          `"${section}.${type}" must be an object of named blocks, got ${kind(byName)}`,
        );
      }
    }
  }
}

function kind(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
}
