// The real SDK clients against a local server that speaks Config's JSON protocol (and SNS's query protocol):
// what goes over the wire, retries included.
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SNSClient } from '@aws-sdk/client-sns';
import { MAX_ANNOTATION } from './sinks/drift-summary';
import { MAX_EVALUATIONS_PER_CALL } from './sinks/config-evaluations';
import { AwsWireServer, json, jsonError, queryError } from './test-support/aws-wire-server';
import { FakeDesired } from './test-support/fake-engine';
import { RULE_SCHEDULED, fixture } from './test-support/fixtures';
import { harness } from './test-support/handler-harness';

const credentials = { accessKeyId: 'AKIDWIRETEST', secretAccessKey: 'wire-test-secret' };
const CAPTURED = 1_588_510_800.123; // epoch seconds, as the JSON protocol sends timestamps
const ids = Array.from({ length: 230 }, (_, i) => `bucket-${String(i).padStart(3, '0')}`);
const longValue = 'x'.repeat(300);
const desired: FakeDesired[] = ids.map((id, i) => ({
  resourceType: 'AWS::S3::Bucket',
  resourceId: id,
  stack: 'data-dev',
  address: `aws_s3_bucket.b${i}`,
  // Every tenth bucket drifted, with values long enough to need cutting.
  expected: { versioning: i % 10 === 0 ? longValue : 'Enabled', ['a'.repeat(120)]: 'y' },
}));

function configRoutes(overrides: Record<string, (nth: number) => ReturnType<typeof json> | undefined> = {}) {
  return {
    'StarlingDoveService.ListDiscoveredResources': (req: { body: string }) => {
      const input = JSON.parse(req.body) as { resourceType: string; nextToken?: string };
      if (input.resourceType !== 'AWS::S3::Bucket') return json({ resourceIdentifiers: [] });
      const page = input.nextToken ? ids.slice(100) : ids.slice(0, 100);
      return json({
        resourceIdentifiers: page.map((resourceId) => ({
          resourceType: 'AWS::S3::Bucket',
          resourceId,
          resourceName: resourceId,
        })),
        ...(input.nextToken ? {} : { nextToken: 'page-2' }),
      });
    },
    'StarlingDoveService.BatchGetResourceConfig': (req: { body: string }) => {
      const input = JSON.parse(req.body) as { resourceKeys: { resourceType: string; resourceId: string }[] };
      return json({
        baseConfigurationItems: input.resourceKeys.map((k) => ({
          version: '1.3',
          accountId: '644160558196',
          configurationItemCaptureTime: CAPTURED,
          configurationItemStatus: 'OK',
          configurationStateId: '1588510800123',
          resourceType: k.resourceType,
          resourceId: k.resourceId,
          resourceName: k.resourceId,
          awsRegion: 'us-east-1',
          configuration: JSON.stringify({ versioning: 'Enabled', ['a'.repeat(120)]: 'y' }),
          supplementaryConfiguration: {},
        })),
        unprocessedResourceKeys: [],
      });
    },
    'StarlingDoveService.PutEvaluations': (_req: unknown, nth: number) =>
      overrides.PutEvaluations?.(nth) ?? json({ FailedEvaluations: [] }),
    'AWSEvents.PutEvents': () => json({ FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] }),
  };
}

async function withServer(
  routes: ConstructorParameters<typeof AwsWireServer>[0],
  run: (server: AwsWireServer, endpoint: string) => Promise<void>,
) {
  const server = new AwsWireServer(routes);
  const endpoint = await server.start();
  try {
    await run(server, endpoint);
  } finally {
    await server.stop();
  }
}

function clients(endpoint: string) {
  const common = { endpoint, region: 'us-east-1', credentials, maxAttempts: 3 };
  return {
    config: new ConfigServiceClient(common),
    sns: new SNSClient(common),
    events: new EventBridgeClient(common),
  };
}

afterEach(() => jest.restoreAllMocks());

describe('PutEvaluations on the wire', () => {
  it('sends signed JSON-protocol requests of at most 100 evaluations with short annotations', async () => {
    await withServer(
      {
        ...configRoutes(),
        Publish: () => ({
          status: 200,
          contentType: 'text/xml',
          body: '<PublishResponse><PublishResult><MessageId>m-1</MessageId></PublishResult></PublishResponse>',
        }),
      },
      async (server, endpoint) => {
        const h = harness(desired, clients(endpoint), {
          sweepTypes: ['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup'],
        });
        const event = fixture(RULE_SCHEDULED);
        const outcome = await h.handler(event);
        expect(outcome).toMatchObject({ itemsEvaluated: 230, drifted: 23, evaluationsSent: 230 });

        const puts = server.of('StarlingDoveService.PutEvaluations');
        expect(
          puts.map((p) => (JSON.parse(p.body) as { Evaluations: unknown[] }).Evaluations.length),
        ).toEqual([100, 100, 30]);
        for (const put of puts) {
          expect(put.headers['content-type']).toBe('application/x-amz-json-1.1');
          expect(put.headers.authorization).toMatch(
            /^AWS4-HMAC-SHA256 Credential=AKIDWIRETEST\/\d{8}\/us-east-1\/config\/aws4_request, /,
          );
          const body = JSON.parse(put.body) as {
            ResultToken: string;
            Evaluations: {
              ComplianceResourceType: string;
              ComplianceResourceId: string;
              ComplianceType: string;
              Annotation: string;
              OrderingTimestamp: number;
            }[];
          };
          expect(body.ResultToken).toBe(event.resultToken);
          expect(body.Evaluations.length).toBeLessThanOrEqual(MAX_EVALUATIONS_PER_CALL);
          for (const e of body.Evaluations) {
            expect(Object.keys(e).sort()).toEqual([
              'Annotation',
              'ComplianceResourceId',
              'ComplianceResourceType',
              'ComplianceType',
              'OrderingTimestamp',
            ]);
            expect(e.ComplianceResourceType).toBe('AWS::S3::Bucket');
            expect(e.OrderingTimestamp).toBe(CAPTURED);
            expect(e.Annotation.length).toBeLessThanOrEqual(MAX_ANNOTATION);
          }
        }
        const all = puts.flatMap(
          (p) =>
            (
              JSON.parse(p.body) as {
                Evaluations: { ComplianceResourceId: string; ComplianceType: string; Annotation: string }[];
              }
            ).Evaluations,
        );
        const drifted = all.filter((e) => e.ComplianceType === 'NON_COMPLIANT');
        expect(drifted.map((e) => e.ComplianceResourceId)).toEqual(ids.filter((_, i) => i % 10 === 0));
        expect(drifted[0].Annotation).toMatch(
          /^1 drifted \(data-dev\/aws_s3_bucket\.b0\): versioning: "x+… → "Enabled"$/,
        );
        expect(all.filter((e) => e.ComplianceType === 'COMPLIANT')).toHaveLength(207);
        const entries = server.of('AWSEvents.PutEvents').map(
          (r) =>
            (
              JSON.parse(r.body) as {
                Entries: { DetailType: string; Source: string; EventBusName: string }[];
              }
            ).Entries,
        );
        expect(entries.map((e) => e.length)).toEqual([10, 10, 3]);
        for (const e of entries.flat())
          expect(e).toMatchObject({
            DetailType: 'Groundwork Drift Detected',
            Source: 'groundwork.drift',
            EventBusName: 'groundwork-drift',
          });
        // Each drift was alerted once, before the first evaluation went out.
        expect(server.of('Publish')).toHaveLength(23);
        expect(
          server.requests.findIndex((r) => r.operation === 'StarlingDoveService.PutEvaluations'),
        ).toBeGreaterThan(server.requests.map((r) => r.operation).lastIndexOf('Publish'));
      },
    );
  });

  it('retries a throttled PutEvaluations with backoff and succeeds', async () => {
    const routes = configRoutes({
      PutEvaluations: (nth) => (nth === 1 ? jsonError('ThrottlingException', 'Rate exceeded') : undefined),
    });
    await withServer(routes, async (server, endpoint) => {
      const h = harness(
        desired.slice(0, 5).map((d) => ({ ...d, expected: {} })),
        clients(endpoint),
        { sweepTypes: ['AWS::S3::Bucket'], topicArn: null },
      );
      await expect(h.handler(fixture(RULE_SCHEDULED))).resolves.toMatchObject({ outcome: 'checked' });
      const puts = server.of('StarlingDoveService.PutEvaluations');
      expect(puts.length).toBe(4); // 230 evaluations: three calls, the first one sent twice
      expect(puts[0].body).toBe(puts[1].body);
    });
  });
});

describe('reading AWS Config on the wire', () => {
  it('retries a throttled list, and the keys Config left unprocessed through the same strategy, then sweeps all', async () => {
    const routes = configRoutes();
    const list = routes['StarlingDoveService.ListDiscoveredResources'];
    const batchGet = routes['StarlingDoveService.BatchGetResourceConfig'];
    await withServer(
      {
        ...routes,
        'StarlingDoveService.ListDiscoveredResources': (req, nth) =>
          nth === 1 ? jsonError('ThrottlingException', 'Rate exceeded') : list(req),
        // The first batch comes back with its last two keys unprocessed, as Config does under load.
        'StarlingDoveService.BatchGetResourceConfig': (req, nth) => {
          if (nth !== 1) return batchGet(req);
          const keys = (JSON.parse(req.body) as { resourceKeys: unknown[] }).resourceKeys;
          const answer = JSON.parse(
            batchGet({ body: JSON.stringify({ resourceKeys: keys.slice(0, -2) }) }).body,
          );
          return json({ ...answer, unprocessedResourceKeys: keys.slice(-2) });
        },
      },
      async (server, endpoint) => {
        const h = harness(
          desired.map((d) => ({ ...d, expected: {} })),
          clients(endpoint),
          { sweepTypes: ['AWS::S3::Bucket'], topicArn: null },
        );
        await expect(h.handler(fixture(RULE_SCHEDULED))).resolves.toMatchObject({
          outcome: 'checked',
          itemsEvaluated: 230,
          evaluationsSent: 230,
        });
        const lists = server.of('StarlingDoveService.ListDiscoveredResources');
        expect(lists.map((r) => JSON.parse(r.body))).toEqual([
          { resourceType: 'AWS::S3::Bucket', limit: 100 },
          { resourceType: 'AWS::S3::Bucket', limit: 100 },
          { resourceType: 'AWS::S3::Bucket', limit: 100, nextToken: 'page-2' },
        ]);
        const batches = server
          .of('StarlingDoveService.BatchGetResourceConfig')
          .map((r) => (JSON.parse(r.body) as { resourceKeys: unknown[] }).resourceKeys.length);
        expect(batches).toEqual([100, 2, 100, 30]);
      },
    );
  });
});

describe('a failing SNS call', () => {
  it('is retried by the SDK, then thrown, and the sweep is not acknowledged', async () => {
    await withServer(
      { ...configRoutes(), Publish: () => queryError('InternalError', 'SNS is having a bad day') },
      async (server, endpoint) => {
        const h = harness(desired, clients(endpoint), { sweepTypes: ['AWS::S3::Bucket'] });
        await expect(h.handler(fixture(RULE_SCHEDULED))).rejects.toMatchObject({
          name: 'InternalErrorException',
          message: 'SNS is having a bad day',
          $metadata: { httpStatusCode: 500, attempts: 3 },
        });
        expect(server.of('Publish')).toHaveLength(3);
        expect(server.of('StarlingDoveService.PutEvaluations')).toHaveLength(0);
        expect(h.fingerprints.size).toBe(0);
        expect(h.metrics.get('Errors')).toBe(1);
      },
    );
  });
});
