// Builds a handler with mocked AWS clients, a fake engine and real Powertools objects whose output is captured.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { CloudControlClient } from '@aws-sdk/client-cloudcontrol';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { createHandler } from '../handler';
import type { HandlerDependencies } from '../invocation/dependencies';
import { InMemoryFingerprintStore } from '../sinks/fingerprint-store';
import { FakeChecks, FakeDesired, FakeEngine } from './fake-engine';

export interface Harness {
  readonly handler: ReturnType<typeof createHandler>;
  readonly engine: FakeEngine;
  readonly checks: FakeChecks;
  readonly fingerprints: InMemoryFingerprintStore;
  readonly metrics: Map<string, number>;
  readonly logs: { level: string; message: string; extra: unknown[] }[];
  clock: number;
}

export function harness(
  desired: FakeDesired[],
  clients: {
    config?: ConfigServiceClient;
    sns?: SNSClient;
    events?: EventBridgeClient;
    cloudControl?: CloudControlClient;
    iam?: IAMClient;
    organizations?: OrganizationsClient;
    s3?: S3Client;
  } = {},
  settings: Partial<HandlerDependencies['settings']> = {},
  extra: Partial<HandlerDependencies> = {},
  liveTargets?: FakeEngine['liveTargets'],
): Harness {
  const checks = new FakeChecks(desired);
  const engine = new FakeEngine(checks, undefined, liveTargets);
  const fingerprints = new InMemoryFingerprintStore(3_600_000);
  const logger = new Logger({ serviceName: 'drift-checker-test', logLevel: 'SILENT' });
  const metrics = new Metrics({ namespace: 'GroundworkTest', serviceName: 'drift-checker-test' });
  const h: Harness = {
    handler: undefined as never,
    engine,
    checks,
    fingerprints,
    metrics: new Map(),
    logs: [],
    clock: Date.UTC(2026, 0, 1),
  };
  jest.spyOn(metrics, 'publishStoredMetrics').mockImplementation(() => metrics);
  jest.spyOn(metrics, 'addMetric').mockImplementation((name: string, _unit, value: number) => {
    h.metrics.set(name, (h.metrics.get(name) ?? 0) + value);
    return metrics;
  });
  for (const level of ['debug', 'info', 'warn', 'error'] as const)
    jest.spyOn(logger, level).mockImplementation(((message: string, ...rest: unknown[]) => {
      h.logs.push({ level, message, extra: rest });
    }) as never);
  const config = clients.config ?? new ConfigServiceClient({ region: 'eu-west-1' });
  const cloudControl = clients.cloudControl ?? new CloudControlClient({ region: 'eu-west-1' });
  const handler = createHandler({
    engine,
    checks: async () => engine.createChecks([], []),
    config,
    live: {
      config,
      cloudControlFor: () => cloudControl,
      iam: clients.iam ?? new IAMClient({ region: 'eu-west-1' }),
      organizations: clients.organizations ?? new OrganizationsClient({ region: 'us-east-1' }),
    },
    region: 'eu-west-1',
    s3: clients.s3 ?? new S3Client({ region: 'eu-west-1' }),
    sns: clients.sns ?? new SNSClient({ region: 'eu-west-1' }),
    events: clients.events ?? new EventBridgeClient({ region: 'eu-west-1' }),
    settings: {
      topicArn: 'arn:aws:sns:eu-west-1:123456789012:groundwork-drift',
      eventBusName: 'groundwork-drift',
      sweepTypes: [],
      reportBucket: null,
      reportPrefix: '',
      reportKmsKeyArn: null,
      ...settings,
    },
    fingerprints,
    logger,
    metrics,
    now: () => h.clock,
    ...extra,
  });
  return Object.assign(h, { handler });
}
