export {
  sweepDefinition,
  SWEEP_STATES,
  THROTTLING_ERRORS,
  TRANSIENT_LAMBDA_ERRORS,
  type SweepDefinitionProps,
} from './sweep-definition';
