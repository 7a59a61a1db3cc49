export * from './drift-checker';
export { configChangePattern } from './event-pattern';
export {
  DEFAULT_DRIFT_CHECKER_RUNTIME,
  DRIFT_CHECKER_RUNTIMES,
  type DriftCheckerRuntime,
} from './lambda-runtime';
