export {
  sweepDefinition,
  SWEEP_STATES,
  THROTTLING_ERRORS,
  TRANSIENT_LAMBDA_ERRORS,
  type SweepDefinitionProps,
} from './sweep-definition';
export type { EvaluationDeliveryFrequency } from './evaluation-rule';
export {
  DEFAULT_MEMBER_DELIVERY_ROLE_NAME,
  DEFAULT_MEMBER_READ_ROLE_NAME,
  OrganizationDriftChecker,
  type OrganizationDriftCheckerProps,
} from './organization-drift-checker';
export { MEMBER_READ_ACTIONS } from './member-read-actions';
