// Lambda entry point (handler "main.handler"): wires the handler to the real clients, once per execution environment.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { CloudControlClient } from '@aws-sdk/client-cloudcontrol';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { ORGANIZATIONS_REGION } from '@groundwork/aws-read';
import {
  DRIFT_CHECKER_RUNTIME_ENV as RUNTIME_ENV,
  DRIFT_CHECKER_SERVICE_NAME,
  DRIFT_METRICS_NAMESPACE,
} from '@groundwork/drift';
import { groundworkDriftEngine } from './drift-engine';
import { readSettings } from './environment';
import { createHandler } from './handler';
import { S3IacSource } from './iac-source';
import { InMemoryFingerprintStore } from './sinks/fingerprint-store';

const settings = readSettings(process.env);
const serviceName = process.env[RUNTIME_ENV.serviceName] ?? DRIFT_CHECKER_SERVICE_NAME;
const logger = new Logger({ serviceName });
const metrics = new Metrics({
  namespace: process.env[RUNTIME_ENV.metricsNamespace] ?? DRIFT_METRICS_NAMESPACE,
  serviceName,
});
// Standard retry mode: exponential backoff with jitter on throttling and 5xx, 4 attempts, then the error is thrown
// and Lambda's async retries take over. Keys BatchGetResourceConfig leaves unprocessed follow the same strategy.
const clientConfig = { maxAttempts: 4, retryMode: 'standard' };
// Lambda sets AWS_REGION; the function reads its own region, and Organizations in its only one.
const region = process.env['AWS_REGION'] ?? 'us-east-1';
const config = new ConfigServiceClient(clientConfig);
const cloudControl = new Map<string, CloudControlClient>();
const cloudControlFor = (at: string): CloudControlClient => {
  let client = cloudControl.get(at);
  if (!client) cloudControl.set(at, (client = new CloudControlClient({ ...clientConfig, region: at })));
  return client;
};
const s3 = new S3Client(clientConfig);
const iacSource = new S3IacSource(s3, {
  ...settings,
  build: (iac, states) =>
    groundworkDriftEngine.createChecks(iac, states, { recordedTypes: settings.recordedTypes }),
  warn: (message, details) => logger.warn(message, details),
});

export const handler = createHandler({
  engine: groundworkDriftEngine,
  checks: (options) => iacSource.checks(options),
  config,
  live: {
    config,
    cloudControlFor,
    iam: new IAMClient(clientConfig),
    organizations: new OrganizationsClient({ ...clientConfig, region: ORGANIZATIONS_REGION }),
  },
  region,
  sns: new SNSClient(clientConfig),
  events: new EventBridgeClient(clientConfig),
  s3,
  settings,
  fingerprints: new InMemoryFingerprintStore(settings.dedupeWindowSeconds * 1000),
  logger,
  metrics,
});
