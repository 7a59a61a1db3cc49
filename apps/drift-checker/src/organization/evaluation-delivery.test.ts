// Delivery of the sweep's changed evaluations by the organization Config rule: the invocation read from AWS's own
// ScheduledNotification events, and sweeps of a simulated organization followed by the rule's invocations in every
// member account and region.
import { fixture, RULE_CHANGE_EC2, RULE_SCHEDULED, RULE_SCHEDULED_DOCS } from '../test-support/fixtures';
import { deliverPendingEvaluations, deliveryTargetOf, type DeliveryTarget } from './evaluation-delivery';
import { MemorySweepStore } from './memory-sweep-store';
import { OrganizationIac } from './organization-iac';
import { PendingEvaluations } from './pending-evaluations';
import { planSweep } from './sweep-planner';
import type { MemberEvaluations, SweepEvaluation } from './sweep-ports';
import { runShard } from './sweep-shard';
import type { SweepShard } from './sweep-shard-plan';
import { simulateOrganization } from './test-support/simulated-organization';
import { SimulatedAggregator } from './test-support/simulated-sweep-ports';
import {
  isGlobalType,
  setRoleTrust,
  sweepSettings,
  TWO_ACCOUNTS_TWO_REGIONS as PLACES,
} from './test-support/sweep-scenarios';

describe('deliveryTargetOf', () => {
  it('reads the member account, region and token of a real periodic invocation', () => {
    const event = fixture<Record<string, string>>(RULE_SCHEDULED);
    expect(deliveryTargetOf(event)).toEqual({
      partition: 'aws',
      accountId: '644160558196',
      region: 'us-east-1',
      resultToken: event['resultToken'],
    });
    expect(deliveryTargetOf(fixture(RULE_SCHEDULED_DOCS))).toMatchObject({
      accountId: '123456789012',
      region: 'us-east-2',
      resultToken: 'myResultToken',
    });
  });

  it('refuses a change-triggered invocation: the delivery rule is periodic only', () => {
    expect(() => deliveryTargetOf(fixture(RULE_CHANGE_EC2))).toThrow(
      /must be periodic \(ScheduledNotification\), got an invocation of kind "item-change"/,
    );
  });

  it('refuses an invocation whose rule ARN names another account, or none', () => {
    const event = fixture<Record<string, unknown>>(RULE_SCHEDULED);
    expect(() => deliveryTargetOf({ ...event, accountId: '111111111111' })).toThrow(
      'rule invocation /configRuleArn names account 644160558196, but /accountId is 111111111111',
    );
    expect(() => deliveryTargetOf({ ...event, configRuleArn: undefined })).toThrow(
      'rule invocation /configRuleArn must be a Config rule ARN, got undefined',
    );
    expect(() => deliveryTargetOf({ ...event, resultToken: undefined })).toThrow(/resultToken/);
  });
});

/** What the member accounts' Config would have received, per account and region. */
class RecordingMembers implements MemberEvaluations {
  readonly puts: { target: DeliveryTarget; evaluations: readonly SweepEvaluation[] }[] = [];
  failWith: Error | undefined;

  async put(target: DeliveryTarget, evaluations: readonly SweepEvaluation[]) {
    if (this.failWith) throw this.failWith;
    this.puts.push({ target, evaluations });
    return { calls: Math.ceil(evaluations.length / 100), failed: 0 };
  }
}

const GLOBAL_REGION = 'eu-west-1';
const settings = sweepSettings('sweeps', ['eu-west-1', 'us-east-1'], 2);

function setup() {
  const org = simulateOrganization(PLACES);
  const aggregator = new SimulatedAggregator(() => org.items);
  const store = new MemorySweepStore();
  const members = new RecordingMembers();
  const iac = new OrganizationIac(org.desired, org.state);
  /** One sweep as the deployed shards run it: changed evaluations pending in the bucket. */
  const sweep = async (sweepId: string, startedAt: string) => {
    const plan = await planSweep({ sweepId, startedAt }, settings, { directory: aggregator, store });
    const shards = JSON.parse((await store.get(plan.shardListKey))!) as SweepShard[];
    let computed = 0;
    for (const shard of shards)
      computed += (
        await runShard(
          { sweepId, startedAt, shard },
          {
            iac: async () => iac,
            reader: aggregator,
            store,
            evaluations: new PendingEvaluations(store, sweepId, shard.id),
          },
        )
      ).evaluationsPut;
    return computed;
  };
  /** The organization rule's periodic invocation in every member account and region. */
  const invokeRule = async () => {
    const outputs = [];
    for (const { account, region } of PLACES)
      outputs.push(
        await deliverPendingEvaluations(
          { partition: 'aws', accountId: account, region, resultToken: `token-${account}-${region}` },
          { store, members, globalRegion: GLOBAL_REGION },
        ),
      );
    return outputs;
  };
  return { org, store, members, sweep, invokeRule };
}

const putCount = (members: RecordingMembers) => members.puts.reduce((n, p) => n + p.evaluations.length, 0);

describe('deliverPendingEvaluations', () => {
  it("puts each account and region's changed evaluations there, global types in the global region", async () => {
    const { members, sweep, invokeRule, store } = setup();
    const computed = await sweep('s1', '2026-12-03T05:17:00.000Z');
    expect(computed).toBeGreaterThan(0);
    const outputs = await invokeRule();
    expect(putCount(members)).toBe(computed);
    expect(outputs.reduce((n, o) => n + o.evaluationsPut, 0)).toBe(computed);
    for (const { target, evaluations } of members.puts) {
      expect(target.resultToken).toBe(`token-${target.accountId}-${target.region}`);
      const iam = evaluations.filter((e) => isGlobalType(e.resourceType));
      // IAM goes once per account, with the global region's token, never with another region's.
      if (target.region !== GLOBAL_REGION) expect(iam).toEqual([]);
    }
    for (const account of ['111111111111', '222222222222'])
      expect(
        members.puts
          .filter((p) => p.target.accountId === account)
          .flatMap((p) => p.evaluations)
          .some((e) => e.resourceType === 'AWS::IAM::Role'),
      ).toBe(true);
    expect(await store.list('evaluations/')).toEqual([]);
  });

  it('puts none after an unchanged sweep, and only the one changed resource after a change', async () => {
    const { org, members, sweep, invokeRule } = setup();
    await sweep('s1', '2026-12-03T05:17:00.000Z');
    await invokeRule();
    const first = putCount(members);
    const calls = members.puts.length;

    expect(await sweep('s2', '2026-12-04T05:17:00.000Z')).toBe(0);
    const quiet = await invokeRule();
    expect(putCount(members)).toBe(first);
    expect(members.puts).toHaveLength(calls);
    expect(quiet.every((o) => o.objects === 0 && o.calls === 0)).toBe(true);

    setRoleTrust(org, '111111111111', {
      Effect: 'Allow',
      Principal: { Service: 'lambda.amazonaws.com' },
      Action: 'sts:AssumeRole',
    });
    expect(await sweep('s3', '2026-12-05T05:17:00.000Z')).toBe(1);
    await invokeRule();
    expect(members.puts.slice(calls)).toEqual([
      {
        target: expect.objectContaining({ accountId: '111111111111', region: GLOBAL_REGION }),
        evaluations: [
          expect.objectContaining({ resourceType: 'AWS::IAM::Role', compliance: 'NON_COMPLIANT' }),
        ],
      },
    ]);
  });

  it('keeps what it could not put for the next invocation, and puts the newer of two sweeps once', async () => {
    const { org, members, sweep, invokeRule, store } = setup();
    await sweep('s1', '2026-12-03T05:17:00.000Z');
    await invokeRule();
    const before = members.puts.length;
    const ec2Only = {
      Effect: 'Allow',
      Principal: { Service: 'ec2.amazonaws.com' },
      Action: 'sts:AssumeRole',
    };
    setRoleTrust(org, '222222222222', { ...ec2Only, Principal: { AWS: '*' } });
    await sweep('s2', '2026-12-04T05:17:00.000Z');

    // Config throttles past the SDK's retries: the invocation fails and nothing is marked delivered.
    members.failWith = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    await expect(invokeRule()).rejects.toThrow('Rate exceeded');
    expect(await store.list('evaluations/222222222222/global/')).toHaveLength(1);

    // Fixed again before the next delivery: both sweeps' evaluations are pending, the newer one wins.
    setRoleTrust(org, '222222222222', ec2Only);
    await sweep('s3', '2026-12-05T05:17:00.000Z');
    members.failWith = undefined;
    await invokeRule();
    const delivered = members.puts.slice(before).flatMap((p) => p.evaluations);
    expect(delivered).toEqual([
      expect.objectContaining({
        resourceType: 'AWS::IAM::Role',
        compliance: 'COMPLIANT',
        orderingTimestamp: '2026-12-05T05:17:00.000Z',
      }),
    ]);
    expect(await store.list('evaluations/')).toEqual([]);
  });
});
