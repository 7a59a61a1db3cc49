// What the handler is built from: the engine, the IaC it compares with, the AWS clients, the settings and the
// Powertools objects. main.ts wires the real ones; tests pass fakes.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { LiveReadClients } from '@groundwork/aws-read';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { DriftChecks, DriftEnginePort } from '../engine-port';
import type { DriftCheckerSettings } from '../environment';
import type { FingerprintStore } from '../sinks/fingerprint-store';

export interface HandlerDependencies {
  readonly engine: DriftEnginePort;
  /**
   * The comparison for the current IaC and state (S3IacSource.checks in production); `fresh` asks for the
   * published objects to be re-checked now rather than taken from the cache.
   */
  readonly checks: (options?: { readonly fresh?: boolean }) => Promise<DriftChecks>;
  /** Reads live items (oversized items, the sweep) and takes the evaluations; its retry mode paces the sweep. */
  readonly config: ConfigServiceClient;
  /**
   * The clients of the other live sources (Cloud Control, IAM, Organizations; `config` is the client above): the
   * sweep lists them, the CloudTrail fast path re-reads one resource through them.
   */
  readonly live: LiveReadClients;
  /** The function's region: where regional types are read. */
  readonly region: string;
  readonly sns: SNSClient;
  readonly events: EventBridgeClient;
  /** Writes the sweep's HTML report (when a report bucket is set). */
  readonly s3: S3Client;
  readonly settings: Pick<
    DriftCheckerSettings,
    'topicArn' | 'eventBusName' | 'sweepTypes' | 'reportBucket' | 'reportPrefix' | 'reportKmsKeyArn'
  >;
  readonly fingerprints: FingerprintStore;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly now?: () => number;
}
