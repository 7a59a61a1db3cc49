// 10,000 malformed or odd events through the handler on the real engine: none may escape as an exception.
// AWS calls all succeed here, so any rejection would be the handler failing on its input.
import {
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  GetResourceConfigHistoryCommand,
  ListDiscoveredResourcesCommand,
  PutEvaluationsCommand,
} from '@aws-sdk/client-config-service';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { groundworkDriftEngine } from './drift-engine';
import {
  EVENTBRIDGE_SQS,
  RULE_CHANGE_EC2,
  RULE_CHANGE_ELB,
  RULE_CHANGE_SG,
  RULE_OVERSIZED,
  RULE_SCHEDULED,
  fixture,
} from './test-support/fixtures';
import { emptyLiveSources } from './test-support/empty-live-sources';
import { harness } from './test-support/handler-harness';
import { sampleFiles } from './test-support/sample-iac';

const config = mockClient(ConfigServiceClient);
const sns = mockClient(SNSClient);
const events = mockClient(EventBridgeClient);

const SEEDS = [
  RULE_CHANGE_SG,
  RULE_CHANGE_EC2,
  RULE_CHANGE_ELB,
  RULE_OVERSIZED,
  RULE_SCHEDULED,
  EVENTBRIDGE_SQS,
].map((f) => fixture(f));

/** Sets `value` at a random path of a JSON value (descending into JSON strings too, as invokingEvent is one). */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [step, ...rest] = path;
  if (typeof value === 'string' && (value.startsWith('{') || value.startsWith('['))) {
    try {
      return JSON.stringify(mutate(JSON.parse(value), path, replacement));
    } catch {
      return replacement;
    }
  }
  if (Array.isArray(value)) {
    if (!value.length) return [replacement];
    const i = step % value.length;
    return value.map((v, j) => (j === i ? mutate(v, rest, replacement) : v));
  }
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (!keys.length) return { odd: replacement };
    const key = keys[step % keys.length];
    return {
      ...(value as Record<string, unknown>),
      [key]: mutate((value as Record<string, unknown>)[key], rest, replacement),
    };
  }
  return replacement;
}

const odd = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    null,
    '',
    'null',
    '{',
    '[]',
    '{}',
    -1,
    1e309,
    '2016-02-30T99:99:99Z',
    'ResourceDeleted',
    'x'.repeat(1000),
  ),
  fc.string(),
  fc.json(),
);

const mutatedSeed = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(fc.nat(50), { maxLength: 5 }), odd)
  .map(([seed, path, value]) => mutate(seed, path, value));

const mutatedItem = fc
  .tuple(
    fc.constantFrom(RULE_CHANGE_SG, RULE_CHANGE_EC2, RULE_CHANGE_ELB).map((f) => fixture(f)),
    fc.dictionary(fc.string(), odd, { maxKeys: 4 }),
    odd,
  )
  .map(([seed, extra, configuration]) => {
    const invoking = JSON.parse(seed.invokingEvent as string) as {
      configurationItem: Record<string, unknown>;
    };
    Object.assign(invoking.configurationItem, extra, { configuration });
    return { ...seed, invokingEvent: JSON.stringify(invoking) };
  });

const eventBridgeLike = fc.record(
  {
    'detail-type': fc.constantFrom('Config Configuration Item Change', 'Other'),
    source: fc.constantFrom('aws.config', 'aws.ec2'),
    detail: fc.oneof(
      fc.anything(),
      fc.record({
        messageType: fc.constantFrom(
          'ConfigurationItemChangeNotification',
          'OversizedConfigurationItemChangeNotification',
        ),
        configurationItem: fc.anything(),
        configurationItemSummary: fc.anything(),
      }),
    ),
  },
  { requiredKeys: [] },
);

const ruleLike = fc.record(
  {
    invokingEvent: fc.oneof(fc.json(), fc.string(), fc.anything()),
    resultToken: fc.oneof(fc.string(), fc.anything()),
    eventLeftScope: fc.oneof(fc.boolean(), fc.anything()),
  },
  { requiredKeys: [] },
);

beforeEach(() => {
  config.reset();
  sns.reset();
  events.reset();
  emptyLiveSources(config);
  config.on(PutEvaluationsCommand).resolves({ FailedEvaluations: [] });
  config.on(ListDiscoveredResourcesCommand).resolves({ resourceIdentifiers: [] });
  config.on(BatchGetResourceConfigCommand).resolves({ baseConfigurationItems: [] });
  // Oversized fetches return an odd item too, to exercise the API-form path.
  config.on(GetResourceConfigHistoryCommand).resolves({
    configurationItems: [
      {
        resourceType: 'AWS::EC2::SecurityGroup',
        resourceId: 'sg-e2fb6999',
        configuration: '{"groupName": 7, "ipPermissions": "nope"}',
      },
    ],
  });
  sns.on(PublishCommand).resolves({ MessageId: 'm' });
  events.on(PutEventsCommand).resolves({ FailedEntryCount: 0 });
});
afterEach(() => jest.restoreAllMocks());

it('handles 10,000 malformed or odd events without an unhandled exception', async () => {
  const { iac, states } = sampleFiles();
  const checks = groundworkDriftEngine.createChecks(iac, states, { recordedTypes: [] });
  const h = harness(
    [],
    {
      config: new ConfigServiceClient({ region: 'eu-west-1' }),
      sns: new SNSClient({ region: 'eu-west-1' }),
      events: new EventBridgeClient({ region: 'eu-west-1' }),
    },
    {},
    { engine: groundworkDriftEngine, checks: async () => checks },
  );
  const outcomes = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(mutatedSeed, mutatedItem, eventBridgeLike, ruleLike, fc.anything()),
      async (event) => {
        const outcome = await h.handler(event);
        expect(['checked', 'ignored']).toContain(outcome.outcome);
        outcomes.set(outcome.outcome, (outcomes.get(outcome.outcome) ?? 0) + 1);
      },
    ),
    { numRuns: 10_000, seed: 20_261_127 },
  );
  // Both paths were exercised, so the generator is not just producing garbage the classifier rejects.
  expect(outcomes.get('checked')).toBeGreaterThan(500);
  expect(outcomes.get('ignored')).toBeGreaterThan(500);
}, 120_000);
