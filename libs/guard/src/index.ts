export type {
  CheckResult,
  FindingLevel,
  GuardFinding,
  GuardRule,
  Severity,
  Suppression,
  TerraformConfigView,
  TerraformJson,
  TerraformResource,
  Undecided,
} from './model';
export { ALL_RULES } from './rules';
export { GuardInputError, scanTerraform } from './scan';
export { resourceLines } from './source-lines';
export type { ScanOptions } from './scan';
export { failsScan, isFailing, summarize } from './summary';
export type { FindingSummary } from './summary';
export { SUPPRESSIONS_METADATA_PATH, readSuppressions } from './suppressions';
export { Body } from './terraform/body';
export { Expression } from './terraform/expression';
export type { Reference } from './terraform/expression';
export type { TerraformValue } from './terraform/value';
export { computed, forbidTrue, isUnknown, requireTrue, undecided } from './values';
export { formatText } from './format/text';
export type { ScannedStack } from './format/text';
export { formatJson } from './format/json';
export { formatSarif, SARIF_SCHEMA_URI, TOOL_NAME } from './format/sarif';
export type { SarifOptions } from './format/sarif';
