// The generated state machine, validated with asl-validator and run in-process with aws-local-stepfunctions, its
// task states bound to the real planner, shard and reducer over a simulated organization. What the local run
// substitutes for the Distributed Map's ItemReader, ResultWriter and ToleratedFailurePercentage is said in
// test-support/local-distributed-map.ts.
import { validateAsl } from '@groundwork/testing';
import './test-support/promise-with-resolvers';
import { StateMachine } from 'aws-local-stepfunctions';
import { SWEEP_STATES, sweepDefinition, THROTTLING_ERRORS } from '@groundwork/governance';
import { MemberRoleCredentials, sweepSessionName } from './aws/member-credentials';
import { MemberReads } from './aws/member-reads';
import { SWEPT_MEMBER_READ_TYPES } from './member-read-types';
import { MemorySweepStore } from './memory-sweep-store';
import { sweepKeys } from './sweep-keys';
import { OrganizationIac } from './organization-iac';
import { planSweep, type PlannerInput } from './sweep-planner';
import { reduceSweep, type ReducerInput, type ReducerOutput } from './sweep-reducer';
import { runShard, type ShardInput } from './sweep-shard';
import { shardSource, type SweepShard } from './sweep-shard-plan';
import {
  checkTolerance,
  EXCEEDED_TOLERANCE,
  LOCAL_STATES,
  localDefinition,
} from './test-support/local-distributed-map';
import { SimulatedMemberApis } from './test-support/simulated-member-apis';
import { simulateOrganization } from './test-support/simulated-organization';
import {
  RecordingEvaluationSink,
  RecordingNotifier,
  SimulatedAggregator,
} from './test-support/simulated-sweep-ports';
import { sweepSettings } from './test-support/sweep-scenarios';

const arn = (name: string) => `arn:aws:lambda:eu-west-1:123456789012:function:${name}`;
const DEFINITION = sweepDefinition({
  plannerFunctionArn: arn('sweep-planner'),
  shardFunctionArn: arn('sweep-shard'),
  reducerFunctionArn: arn('sweep-reducer'),
  bucketName: 'org-sweeps',
  maxConcurrency: 8,
  toleratedFailurePercentage: 10,
  throttleRetries: 6,
});

const PLACES = ['111111111111', '222222222222', '333333333333'].flatMap((account) =>
  ['eu-west-1', 'us-east-1'].map((region) => ({ account, region })),
);
// Config's types through the aggregator, and the Cloud Control and direct types read in the member accounts.
const SETTINGS = {
  ...sweepSettings('org-sweeps', ['eu-west-1', 'us-east-1'], 3),
  memberReadTypes: SWEPT_MEMBER_READ_TYPES,
};

describe('the sweep state machine', () => {
  it('is valid Amazon States Language, with a Distributed Map over the shard list in S3', () => {
    const { isValid, errorsText } = validateAsl(DEFINITION);
    expect(errorsText('\n')).toBe('');
    expect(isValid).toBe(true);
    const map = (DEFINITION.States as Record<string, Record<string, unknown>>)[SWEEP_STATES.shards];
    expect(map).toMatchObject({
      ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON' } },
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED' } },
      MaxConcurrency: 8,
      ToleratedFailurePercentage: 10,
    });
    const shardRetry = (map.ItemProcessor as { States: Record<string, { Retry: unknown[] }> }).States[
      SWEEP_STATES.shard
    ].Retry;
    expect(shardRetry[0]).toMatchObject({
      ErrorEquals: [...THROTTLING_ERRORS],
      BackoffRate: 2,
      JitterStrategy: 'FULL',
    });
  });

  it('asl-validator refuses a broken definition (the check can fail)', () => {
    const broken = structuredClone(DEFINITION) as { States: Record<string, Record<string, unknown>> };
    delete broken.States[SWEEP_STATES.reduce]['Resource'];
    expect(validateAsl(broken).isValid).toBe(false);
  });

  let member: SimulatedMemberApis | undefined;
  afterEach(() => member?.restore());

  function harness() {
    const org = simulateOrganization(PLACES, 'state-machine');
    const aggregator = new SimulatedAggregator(() => org.items);
    member = new SimulatedMemberApis(org);
    const roles = new MemberRoleCredentials(member.sts, {
      partition: 'aws',
      roleName: 'groundwork-drift-read',
    });
    const store = new MemorySweepStore();
    const sink = new RecordingEvaluationSink();
    const notifier = new RecordingNotifier();
    const iac = new OrganizationIac(org.desired, org.state);
    const local = localDefinition(DEFINITION);
    const machine = new StateMachine(local.definition as never, { validationOptions: { checkArn: false } });
    const run = async (sweepId: string): Promise<ReducerOutput> => {
      const execution = machine.run(
        {},
        {
          context: { Execution: { Name: sweepId, StartTime: '2026-12-03T06:00:00.000Z' } } as never,
          overrides: {
            taskResourceLocalHandlers: {
              [SWEEP_STATES.plan]: async (input) =>
                (await planSweep(input as unknown as PlannerInput, SETTINGS, {
                  directory: aggregator,
                  store,
                })) as never,
              [LOCAL_STATES.readShardList]: async (input) => {
                const { key } = input as { key: string };
                return JSON.parse((await store.get(key))!);
              },
              [SWEEP_STATES.shard]: async (input) =>
                (await runShard(input as unknown as ShardInput, {
                  iac: async () => iac,
                  // The shard item as the map hands it over: its source says who reads it.
                  reader:
                    shardSource((input as unknown as ShardInput).shard) === 'config'
                      ? aggregator
                      : new MemberReads(roles, sweepSessionName(sweepId)),
                  store,
                  evaluations: sink,
                })) as never,
              [LOCAL_STATES.checkTolerance]: (input) => {
                checkTolerance(
                  (input as { results: { failed?: boolean }[] }).results,
                  local.toleratedFailurePercentage,
                );
                return {};
              },
              [SWEEP_STATES.reduce]: async (input) =>
                (await reduceSweep(input as unknown as ReducerInput, { store, notifier })) as never,
            },
            retryIntervalOverrides: {
              [SWEEP_STATES.shard]: 0,
              [SWEEP_STATES.plan]: 0,
              [SWEEP_STATES.reduce]: 0,
            },
          },
        },
      );
      return (await execution.result) as unknown as ReducerOutput;
    };
    return { org, aggregator, member: member!, store, sink, notifier, run };
  }

  it('runs end to end, retries a throttled shard, survives a failed one within the tolerance, one report', async () => {
    const { aggregator, member, store, notifier, sink, run } = harness();
    // The shard ids are known before the run: the plan is deterministic.
    const planned = await planSweep({ sweepId: 'probe', startedAt: '' }, SETTINGS, {
      directory: aggregator,
      store,
    });
    const shards = JSON.parse((await store.get(planned.shardListKey))!) as SweepShard[];
    expect(shards.length).toBeGreaterThanOrEqual(10);
    const memberShards = shards.filter((s) => s.source !== 'config');
    expect(memberShards.length).toBeGreaterThan(0);
    const throttled = shards[1].id;
    const failing = shards[2].id;
    aggregator.throttles.set(throttled, 2);
    aggregator.failures.add(failing);

    const result = await run('sweep-1');

    expect(aggregator.reads.filter((id) => id === throttled)).toHaveLength(3);
    expect(result.failedShards).toEqual([failing]);
    expect(result.shards).toBe(shards.length);
    expect(notifier.messages).toHaveLength(1);
    expect(notifier.messages[0].message).toContain(`Failed shards: ${failing}`);
    const report = JSON.parse((await store.get(result.reportKeys.json))!);
    expect(report.schemaVersion).toBe(1);
    expect(report.summary.inSync).toBeGreaterThan(0);
    expect(await store.get(result.reportKeys.sarif)).toBeDefined();
    expect(sink.total).toBe(result.evaluationsPut);
    // The member-read shards ran in the map too, each with its account's read role.
    for (const s of memberShards) expect(await store.get(sweepKeys.result('sweep-1', s.id))).toBeDefined();
    expect(new Set(member.assumed.map((a) => a.roleArn))).toEqual(
      new Set(PLACES.map((p) => `arn:aws:iam::${p.account}:role/groundwork-drift-read`)),
    );
  });

  it('puts no evaluation on an unchanged second run', async () => {
    const { sink, run } = harness();
    const first = await run('sweep-1');
    expect(first.evaluationsPut).toBeGreaterThan(0);
    const second = await run('sweep-2');
    expect(second.failedShards).toEqual([]);
    expect(second.evaluationsPut).toBe(0);
    expect(sink.total).toBe(first.evaluationsPut);
  });

  it('fails the execution when more shards fail than tolerated', async () => {
    const { aggregator, store, notifier, run } = harness();
    const planned = await planSweep({ sweepId: 'probe', startedAt: '' }, SETTINGS, {
      directory: aggregator,
      store,
    });
    const shards = JSON.parse((await store.get(planned.shardListKey))!) as SweepShard[];
    // The simulated aggregator fails them: Config shards, a fifth of all shards.
    const failing = shards.filter((s) => s.source === 'config').slice(0, Math.ceil(shards.length * 0.2));
    expect(failing.length).toBe(Math.ceil(shards.length * 0.2));
    for (const s of failing) aggregator.failures.add(s.id);
    // aws-local-stepfunctions wraps the state's error in an ExecutionError.
    await expect(run('sweep-1')).rejects.toMatchObject({ cause: { name: EXCEEDED_TOLERANCE } });
    expect(notifier.messages).toEqual([]);
  });
});
