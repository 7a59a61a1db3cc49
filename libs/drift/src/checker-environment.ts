// The drift-checker Lambda's environment: what the DriftChecker construct (@groundwork/governance) sets and the
// function reads. Written once here, the library both sides already share, so that a renamed variable cannot leave
// one side behind; apps/drift-checker tests the construct's output against the function's reader.

/** The variables of the function's own settings, by setting. */
export const DRIFT_CHECKER_ENV = {
  iacBucket: 'IAC_BUCKET',
  iacPrefix: 'IAC_PREFIX',
  stateBucket: 'STATE_BUCKET',
  statePrefix: 'STATE_PREFIX',
  cacheTtlSeconds: 'CACHE_TTL_SECONDS',
  dedupeWindowSeconds: 'DEDUPE_WINDOW_SECONDS',
  topicArn: 'TOPIC_ARN',
  eventBusName: 'EVENT_BUS_NAME',
  recordedResourceTypes: 'RECORDED_RESOURCE_TYPES',
  sweepResourceTypes: 'SWEEP_RESOURCE_TYPES',
  reportBucket: 'REPORT_BUCKET',
  reportPrefix: 'REPORT_PREFIX',
  reportKmsKeyArn: 'REPORT_KMS_KEY_ARN',
} as const;

/** The variables Powertools and Node read on their own. */
export const DRIFT_CHECKER_RUNTIME_ENV = {
  serviceName: 'POWERTOOLS_SERVICE_NAME',
  metricsNamespace: 'POWERTOOLS_METRICS_NAMESPACE',
  logLevel: 'POWERTOOLS_LOG_LEVEL',
  nodeOptions: 'NODE_OPTIONS',
} as const;

/** Powertools service name of the function's logs and metrics. */
export const DRIFT_CHECKER_SERVICE_NAME = 'groundwork-drift-checker';

/** CloudWatch namespace of the function's metrics (ItemsEvaluated, DriftDetected, Errors). */
export const DRIFT_METRICS_NAMESPACE = 'Groundwork/Drift';
