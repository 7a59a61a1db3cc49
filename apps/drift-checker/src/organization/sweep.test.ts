// The sweep's three steps run in order over a simulated organization: planner → every shard → reducer.
import { MemorySweepStore } from './memory-sweep-store';
import { OrganizationIac } from './organization-iac';
import type { ShardResult } from './shard-result';
import { sweepKeys } from './sweep-keys';
import { planSweep } from './sweep-planner';
import { reduceSweep } from './sweep-reducer';
import { runShard } from './sweep-shard';
import type { SweepShard } from './sweep-shard-plan';
import { simulateOrganization, stackName } from './test-support/simulated-organization';
import {
  RecordingEvaluationSink,
  RecordingNotifier,
  SimulatedAggregator,
} from './test-support/simulated-sweep-ports';
import {
  setRoleTrust,
  sweepSettings,
  TWO_ACCOUNTS_TWO_REGIONS as PLACES,
} from './test-support/sweep-scenarios';

const settings = sweepSettings('sweeps', ['eu-west-1', 'us-east-1'], 2);

function setup() {
  const org = simulateOrganization(PLACES);
  const aggregator = new SimulatedAggregator(() => org.items);
  const store = new MemorySweepStore();
  const sink = new RecordingEvaluationSink();
  const notifier = new RecordingNotifier();
  const iac = new OrganizationIac(org.desired, org.state);
  const sweep = async (sweepId: string) => {
    const startedAt = '2026-12-03T06:00:00.000Z';
    const plan = await planSweep({ sweepId, startedAt }, settings, { directory: aggregator, store });
    const shards = JSON.parse((await store.get(plan.shardListKey))!) as SweepShard[];
    for (const shard of shards)
      await runShard(
        { sweepId, startedAt, shard },
        { iac: async () => iac, reader: aggregator, store, evaluations: sink },
      );
    return { plan, shards, reduced: await reduceSweep({ sweepId, bucket: 'sweeps' }, { store, notifier }) };
  };
  return { org, aggregator, store, sink, notifier, sweep };
}

describe('organization sweep', () => {
  it('sweeps an account its stacks deploy to that the aggregator holds nothing of: NOT_CHECKED, never DELETED or missing', async () => {
    const org = simulateOrganization(PLACES);
    const silent = '222222222222';
    // The account's recorder records nothing the aggregator holds (stopped, or not yet sharing).
    const aggregator = new SimulatedAggregator(() =>
      org.items.filter((i) => String(i.awsAccountId) !== silent),
    );
    const store = new MemorySweepStore();
    const iac = new OrganizationIac(org.desired, org.state);
    const startedAt = '2026-12-03T06:00:00.000Z';
    const plan = await planSweep({ sweepId: 's1', startedAt }, settings, {
      directory: aggregator,
      store,
      stackAccounts: async () => iac.accounts(),
    });
    const shards = JSON.parse((await store.get(plan.shardListKey))!) as SweepShard[];
    const silentShards = shards.filter((s) => s.accountId === silent);
    expect(silentShards.length).toBeGreaterThan(0);
    expect(silentShards.every((s) => s.unrecorded === true)).toBe(true);
    for (const shard of shards)
      await runShard(
        { sweepId: 's1', startedAt, shard },
        { iac: async () => iac, reader: aggregator, store, evaluations: new RecordingEvaluationSink() },
      );
    // The aggregator is never asked for the silent account: an empty answer there would prove nothing.
    expect(aggregator.reads.filter((id) => id.startsWith(`${silent}/`))).toEqual([]);
    const reduced = await reduceSweep(
      { sweepId: 's1', bucket: 'sweeps' },
      { store, notifier: new RecordingNotifier() },
    );
    const report = JSON.parse((await store.get(reduced.reportKeys.json))!) as {
      resources: { status: string; account?: string; stack: string | null; reason: string | null }[];
    };
    const ofSilent = report.resources.filter((r) => r.stack?.includes(silent));
    // Every managed resource of its two stacks is in the report, none DELETED, each saying why.
    const managed = org.desired.stacks
      .filter((st) => st.account === silent)
      .flatMap((st) => st.resources.filter((r) => r.mode === 'managed'));
    expect(ofSilent.length).toBeGreaterThan(0);
    expect(ofSilent.length).toBeLessThanOrEqual(managed.length);
    expect(ofSilent.filter((r) => r.status === 'DELETED')).toEqual([]);
    for (const r of ofSilent.filter((x) => x.status === 'NOT_CHECKED'))
      expect(r.reason).toContain(`the organization aggregator holds no AWS Config item of account ${silent}`);
    expect(ofSilent.every((r) => r.status === 'NOT_CHECKED')).toBe(true);
    // The other account is compared as before.
    expect(
      report.resources.filter((r) => r.stack?.includes('111111111111') && r.status === 'NOT_CHECKED'),
    ).toEqual([]);
    expect(reduced.unreadTypes).toBeGreaterThan(0);
  });

  it('plans account × region × type group shards no bigger than the limit, IAM once per account', async () => {
    const { sweep } = setup();
    const { shards } = await sweep('s1');
    for (const s of shards) expect(s.expectedItems! <= 2 || s.resourceTypes.length === 1).toBe(true);
    expect(new Set(shards.map((s) => s.id)).size).toBe(shards.length);
    const iam = shards.filter((s) => s.resourceTypes.includes('AWS::IAM::Role'));
    expect(iam.map((s) => `${s.accountId}/${s.region}`)).toEqual([
      '111111111111/global',
      '222222222222/global',
    ]);
    expect(new Set(shards.map((s) => s.accountId))).toEqual(new Set(['111111111111', '222222222222']));
  });

  it('compares each account and region with its own stacks and reports one organization report', async () => {
    const { org, sweep, store, notifier } = setup();
    const sg = org.items.find(
      (i) =>
        i.awsAccountId === '222222222222' &&
        i.awsRegion === 'us-east-1' &&
        i.resourceType === 'AWS::EC2::SecurityGroup' &&
        (i.configuration as { groupName?: string }).groupName === 'web',
    )!;
    (sg.configuration as { description: string }).description = 'changed in the console';
    const { reduced } = await sweep('s1');
    expect(reduced.failedShards).toEqual([]);
    const report = JSON.parse((await store.get(reduced.reportKeys.json))!);
    const modified = report.resources.filter((r: { status: string }) => r.status === 'MODIFIED');
    expect(modified).toHaveLength(1);
    expect(modified[0]).toMatchObject({
      stack: stackName({ account: '222222222222', region: 'us-east-1' }),
      account: '222222222222',
      region: 'us-east-1',
      differences: [expect.objectContaining({ path: 'description', actual: 'changed in the console' })],
    });
    // Every managed resource of the four stacks was compared, each in its own account and region.
    expect(report.summary.inSync).toBeGreaterThanOrEqual(4 * 3 + 2 - 1);
    expect(report.summary.deleted).toBe(0);
    expect(await store.get(reduced.reportKeys.markdown)).toContain('# Organization drift sweep s1');
    expect(
      JSON.parse((await store.get(reduced.reportKeys.sarif))!).runs[0].results.length,
    ).toBeGreaterThanOrEqual(1);
    expect(notifier.messages).toHaveLength(1);
    expect(notifier.messages[0].message).toContain(`s3://sweeps/${reduced.reportKeys.markdown}`);
  });

  it('puts evaluations only for changed compliance: an unchanged second sweep puts none', async () => {
    const { org, sweep, sink } = setup();
    const first = await sweep('s1');
    const firstPut = sink.total;
    expect(firstPut).toBeGreaterThan(0);
    expect(first.reduced.evaluationsPut).toBe(firstPut);

    const second = await sweep('s2');
    expect(sink.total).toBe(firstPut);
    expect(second.reduced.evaluationsPut).toBe(0);

    // Someone let Lambda assume the role too.
    setRoleTrust(org, '111111111111', {
      Effect: 'Allow',
      Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] },
      Action: 'sts:AssumeRole',
    });
    const third = await sweep('s3');
    expect(third.reduced.evaluationsPut).toBe(1);
    expect(sink.calls.at(-1)).toMatchObject({
      accountId: '111111111111',
      region: 'global',
      evaluations: [{ resourceType: 'AWS::IAM::Role', compliance: 'NON_COMPLIANT' }],
    });
  });

  it('reports a managed resource deleted in one account as DELETED there only', async () => {
    const { org, sweep, store } = setup();
    const i = org.items.findIndex(
      (x) =>
        x.awsAccountId === '111111111111' &&
        x.awsRegion === 'us-east-1' &&
        x.resourceType === 'AWS::EC2::SecurityGroup' &&
        (x.configuration as { groupName?: string }).groupName === 'app',
    );
    org.items.splice(i, 1);
    const { reduced } = await sweep('s1');
    const report = JSON.parse((await store.get(reduced.reportKeys.json))!);
    const deleted = report.resources.filter((r: { status: string }) => r.status === 'DELETED');
    expect(deleted.map((r: { account: string; region: string }) => `${r.account}/${r.region}`)).toEqual([
      '111111111111/us-east-1',
    ]);
  });

  it('names a shard without a result as failed, and still reports the rest', async () => {
    const { store, sweep } = setup();
    const { shards } = await sweep('s1');
    const victim = shards[0].id;
    await store.put(sweepKeys.shardList('s2'), JSON.stringify(shards), 'application/json');
    for (const s of shards.slice(1))
      await store.put(
        sweepKeys.result('s2', s.id),
        (await store.get(sweepKeys.result('s1', s.id)))!,
        'application/json',
      );
    const reduced = await reduceSweep(
      { sweepId: 's2', bucket: 'sweeps' },
      { store, notifier: new RecordingNotifier() },
    );
    expect(reduced.failedShards).toEqual([victim]);
    const kept = JSON.parse((await store.get(sweepKeys.result('s1', shards[1].id)))!) as ShardResult;
    expect(reduced.shards).toBe(shards.length);
    expect(kept.shardId).toBe(shards[1].id);
  });
});
