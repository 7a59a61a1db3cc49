export { SARIF_SCHEMA_URI, formatSarifLog, sarifLog, sarifRuleName, sarifUri } from './sarif-log';
export type {
  SarifLevel,
  SarifLocationSpec,
  SarifLogSpec,
  SarifResultSpec,
  SarifRuleSpec,
} from './sarif-log';
export { sarifJsonSchema } from './sarif-schema';
