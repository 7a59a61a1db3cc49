export { isAccountId, parseArn, type Arn } from './arn';
export { IAC_ADDRESS_TAG, IAC_STACK_TAG } from './iac-tags';
export { Ipv4Cidr } from './ipv4-cidr';
export { asList, blocks, isRecord } from './json-value';
export { describeWholeNumber, isWholeNumberIn, requireWholeNumber, wholeNumberProblem } from './whole-number';
export type { WholeNumberRange } from './whole-number';
export { PolicyDocumentError, parsePolicyDocument, readPolicyJson, renderPolicyDocument } from './iam-policy';
export type {
  PolicyCondition,
  PolicyDocument,
  PolicyPrincipal,
  PolicyStatement,
  RenderedPolicyDocument,
  ResolveArgument,
} from './iam-policy';
export {
  SARIF_SCHEMA_URI,
  formatSarifLog,
  sarifJsonSchema,
  sarifLog,
  sarifRuleName,
  sarifUri,
} from './sarif';
export type { SarifLevel, SarifLocationSpec, SarifLogSpec, SarifResultSpec, SarifRuleSpec } from './sarif';
