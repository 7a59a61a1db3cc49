// Lambda entry point (handler "main.handler"): wires the handler to the real clients, once per execution environment.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { groundworkDriftEngine } from './drift-engine';
import { readSettings } from './environment';
import { createHandler } from './handler';
import { S3IacSource } from './iac-source';
import { InMemoryFingerprintStore } from './sinks/fingerprint-store';

const settings = readSettings(process.env);
const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'groundwork-drift-checker' });
const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Groundwork/Drift',
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'groundwork-drift-checker',
});
// Standard retry mode: exponential backoff with jitter on throttling and 5xx, then the error is thrown.
const clientConfig = { maxAttempts: 4, retryMode: 'standard' };
const iacSource = new S3IacSource(new S3Client(clientConfig), {
  ...settings,
  build: (iac, states) =>
    groundworkDriftEngine.createChecks(iac, states, { recordedTypes: settings.recordedTypes }),
  warn: (message, details) => logger.warn(message, details),
});

export const handler = createHandler({
  engine: groundworkDriftEngine,
  checks: (options) => iacSource.checks(options),
  config: new ConfigServiceClient(clientConfig),
  sns: new SNSClient(clientConfig),
  events: new EventBridgeClient(clientConfig),
  settings,
  fingerprints: new InMemoryFingerprintStore(settings.dedupeWindowSeconds * 1000),
  logger,
  metrics,
});
