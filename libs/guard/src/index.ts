export type {
  GuardFinding,
  GuardRule,
  Severity,
  Suppression,
  TerraformConfigView,
  TerraformJson,
  TerraformResource,
} from './model';
export { ALL_RULES } from './rules';
export { GuardInputError, scanTerraform } from './scan';
export { resourceLines } from './source-lines';
export type { ScanOptions } from './scan';
export { summarize, isFailing } from './summary';
export type { FindingSummary } from './summary';
export { SUPPRESSIONS_METADATA_PATH, readSuppressions } from './suppressions';
export { isUnresolved } from './values';
export { formatText } from './format/text';
export type { ScannedStack } from './format/text';
export { formatJson } from './format/json';
export { formatSarif, SARIF_SCHEMA_URI, TOOL_NAME } from './format/sarif';
export type { SarifOptions } from './format/sarif';
