// The handler on the real @groundwork/drift engine, with its IaC and state read from (mocked) S3 as in production.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { CloudControlClient } from '@aws-sdk/client-cloudcontrol';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { GetObjectCommand, GetObjectCommandInput, S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import type { AwsClientStub } from 'aws-sdk-client-mock';
import { groundworkDriftEngine } from '../drift-engine';
import { createHandler } from '../handler';
import { S3IacSource } from '../iac-source';
import { InMemoryFingerprintStore } from '../sinks/fingerprint-store';

export interface S3BackedHandlerOptions {
  /** The bucket objects, keyed `<bucket>/<key>`; any other key is refused as S3 refuses it. */
  readonly objects: ReadonlyMap<string, string>;
  readonly iacBucket: string;
  readonly stateBucket: string;
  readonly statePrefix: string;
  readonly topicArn: string;
  /** @default [] */
  readonly recordedTypes?: string[];
}

/** `s3` is the test's own S3 mock: it answers GetObject from `objects`. */
export function s3BackedHandler(s3: AwsClientStub<S3Client>, options: S3BackedHandlerOptions) {
  s3.on(GetObjectCommand).callsFake((input: GetObjectCommandInput) => {
    const body = options.objects.get(`${input.Bucket}/${input.Key}`);
    if (body === undefined)
      throw Object.assign(new Error('Access Denied'), {
        name: 'AccessDenied',
        $metadata: { httpStatusCode: 403 },
      });
    return { ETag: '"1"', Body: { transformToString: async () => body } };
  });
  const source = new S3IacSource(new S3Client({ region: 'eu-west-1' }), {
    iacBucket: options.iacBucket,
    iacPrefix: 'cdktf.out/',
    stateBucket: options.stateBucket,
    statePrefix: options.statePrefix,
    cacheTtlSeconds: 60,
    build: (iac, states) =>
      groundworkDriftEngine.createChecks(iac, states, { recordedTypes: options.recordedTypes ?? [] }),
    warn: () => undefined,
  });
  const metrics = new Metrics({ namespace: 'GroundworkTest' });
  jest.spyOn(metrics, 'publishStoredMetrics').mockImplementation(() => metrics);
  const configClient = new ConfigServiceClient({ region: 'eu-west-1' });
  return createHandler({
    engine: groundworkDriftEngine,
    checks: () => source.checks(),
    config: configClient,
    live: {
      config: configClient,
      cloudControlFor: (region) => new CloudControlClient({ region }),
      iam: new IAMClient({ region: 'eu-west-1' }),
      organizations: new OrganizationsClient({ region: 'us-east-1' }),
    },
    region: 'eu-west-1',
    sns: new SNSClient({ region: 'eu-west-1' }),
    events: new EventBridgeClient({ region: 'eu-west-1' }),
    s3: new S3Client({ region: 'eu-west-1' }),
    settings: {
      topicArn: options.topicArn,
      eventBusName: 'drift',
      sweepTypes: [],
      reportBucket: null,
      reportPrefix: '',
      reportKmsKeyArn: null,
    },
    fingerprints: new InMemoryFingerprintStore(60_000),
    logger: new Logger({ logLevel: 'SILENT' }),
    metrics,
  });
}
