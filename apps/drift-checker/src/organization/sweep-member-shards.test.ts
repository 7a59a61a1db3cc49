// The sweep's shards read in the member accounts (Cloud Control and direct types) over a simulated organization: the
// real member reader (aws/member-reads.ts) with the member accounts' APIs simulated, through the planner, the shards
// and the reducer.
import { MemberRoleCredentials, sweepSessionName } from './aws/member-credentials';
import { MemberReads } from './aws/member-reads';
import { MemorySweepStore } from './memory-sweep-store';
import { SWEPT_MEMBER_READ_TYPES } from './member-read-types';
import { OrganizationIac } from './organization-iac';
import type { ShardResult } from './shard-result';
import { sweepKeys } from './sweep-keys';
import { planSweep } from './sweep-planner';
import { reduceSweep } from './sweep-reducer';
import { runShard } from './sweep-shard';
import { shardSource, type SweepShard } from './sweep-shard-plan';
import { SimulatedMemberApis } from './test-support/simulated-member-apis';
import { simulateOrganization, stackName } from './test-support/simulated-organization';
import {
  RecordingEvaluationSink,
  RecordingNotifier,
  SimulatedAggregator,
} from './test-support/simulated-sweep-ports';
import { sweepSettings, TWO_ACCOUNTS_TWO_REGIONS as PLACES } from './test-support/sweep-scenarios';

const SETTINGS = {
  ...sweepSettings('sweeps', ['eu-west-1', 'us-east-1'], 50),
  memberReadTypes: SWEPT_MEMBER_READ_TYPES,
};
const LOG_GROUP = 'AWS::Logs::LogGroup';
const PASSWORD_POLICY = 'AWS::IAM::AccountPasswordPolicy';

interface ReportResource {
  status: string;
  stack: string | null;
  resourceType: string | null;
  account?: string;
  region?: string;
  reason: string | null;
  differences: { path: string; expected: unknown; actual: unknown }[];
}

let apis: SimulatedMemberApis | undefined;
afterEach(() => apis?.restore());

function setup() {
  const org = simulateOrganization(PLACES, 'member-reads');
  apis = new SimulatedMemberApis(org);
  const member = apis;
  const aggregator = new SimulatedAggregator(() => org.items);
  const roles = new MemberRoleCredentials(member.sts, {
    partition: 'aws',
    roleName: 'groundwork-drift-read',
  });
  const store = new MemorySweepStore();
  const sink = new RecordingEvaluationSink();
  const iac = new OrganizationIac(org.desired, org.state);
  const sweep = async (sweepId: string) => {
    const startedAt = '2026-12-03T06:00:00.000Z';
    const plan = await planSweep({ sweepId, startedAt }, SETTINGS, { directory: aggregator, store });
    const shards = JSON.parse((await store.get(plan.shardListKey))!) as SweepShard[];
    const memberReads = new MemberReads(roles, sweepSessionName(sweepId));
    for (const shard of shards)
      await runShard(
        { sweepId, startedAt, shard },
        {
          iac: async () => iac,
          reader: shardSource(shard) === 'config' ? aggregator : memberReads,
          store,
          evaluations: sink,
        },
      );
    const notifier = new RecordingNotifier();
    const reduced = await reduceSweep({ sweepId, bucket: 'sweeps' }, { store, notifier });
    // The report lists what needs a person; in-sync resources are counted in each shard's result.
    const report = JSON.parse((await store.get(reduced.reportKeys.json))!) as { resources: ReportResource[] };
    const result = async (shardId: string) =>
      JSON.parse((await store.get(sweepKeys.result(sweepId, shardId)))!) as ShardResult;
    const markdown = (await store.get(reduced.reportKeys.markdown))!;
    return { shards, reduced, report, result, digest: notifier.messages[0]!.message, markdown };
  };
  return { org, member, store, sink, sweep };
}

const of = (report: { resources: ReportResource[] }, type: string) =>
  report.resources
    .filter((r) => r.resourceType === type)
    .map((r) => ({ status: r.status, stack: r.stack, reason: r.reason }));

describe('organization sweep: the types read in the member accounts', () => {
  it("compares each account's log groups and password policy with its own stacks, read with its read role", async () => {
    const { org, member, sweep } = setup();
    const drifted = org.cloudControl.find(
      (r) => r.account === '222222222222' && r.region === 'us-east-1' && r.typeName === LOG_GROUP,
    )!;
    drifted.properties['RetentionInDays'] = 7;
    const { reduced, report, result } = await sweep('sweep-1');
    expect(reduced.failedShards).toEqual([]);

    const modified = report.resources.filter((r) => r.status === 'MODIFIED');
    expect(modified).toEqual([
      expect.objectContaining({
        resourceType: LOG_GROUP,
        stack: stackName({ account: '222222222222', region: 'us-east-1' }),
        account: '222222222222',
        region: 'us-east-1',
        differences: [expect.objectContaining({ path: 'retention_in_days', expected: 30, actual: 7 })],
      }),
    ]);
    // One log group per stack, one password policy per account (in its first region's stack): all compared.
    for (const p of PLACES) {
      const logs = await result(`${p.account}/${p.region}/cloudcontrol/logs`);
      expect(logs).toMatchObject({ managed: 1, checked: 1, resourceTypes: [LOG_GROUP] });
    }
    for (const account of ['111111111111', '222222222222'])
      expect(await result(`${account}/global/direct/iam`)).toMatchObject({
        managed: 1,
        checked: 1,
        summary: { inSync: 1 },
      });
    expect(of(report, PASSWORD_POLICY)).toEqual([]);

    // The role of each account, assumed once per account for the sweep, in a session that names it.
    expect([...new Set(member.assumed.map((a) => `${a.roleArn} ${a.sessionName}`))].sort()).toEqual([
      'arn:aws:iam::111111111111:role/groundwork-drift-read groundwork-sweep-sweep-1',
      'arn:aws:iam::222222222222:role/groundwork-drift-read groundwork-sweep-sweep-1',
    ]);
    expect(member.assumed).toHaveLength(2);
    // Regional types in their region, global ones in us-east-1, each with the credentials of its own account.
    expect(member.calls).toContain(`222222222222 us-east-1 ${LOG_GROUP}`);
    expect(member.calls).toContain(`222222222222 eu-west-1 ${LOG_GROUP}`);
    expect(member.calls).toContain(`111111111111 us-east-1 ${PASSWORD_POLICY}`);
    expect(member.calls).toContain('111111111111 eu-west-1 AWS::Config::DeliveryChannel');
    expect(member.calls.filter((c) => c.endsWith(PASSWORD_POLICY))).toHaveLength(2);
    const organizations = member.calls.filter((c) => c.includes(' AWS::Organizations::'));
    expect(organizations.length).toBeGreaterThan(0);
    expect(organizations.filter((c) => c.split(' ')[1] !== 'us-east-1')).toEqual([]);
  });

  it('reports a log group deleted in one account as DELETED there only: the listing is complete', async () => {
    const { org, sweep } = setup();
    org.cloudControl.splice(
      org.cloudControl.findIndex(
        (r) => r.account === '111111111111' && r.region === 'eu-west-1' && r.typeName === LOG_GROUP,
      ),
      1,
    );
    const { report } = await sweep('sweep-1');
    expect(
      report.resources.filter((r) => r.status === 'DELETED').map((r) => `${r.resourceType} ${r.stack}`),
    ).toEqual([`${LOG_GROUP} ${stackName(PLACES[0]!)}`]);
  });

  it('gives NOT_CHECKED with the reason, never DELETED, for a type one account refuses', async () => {
    const { member, sweep } = setup();
    member.refusals.add(`111111111111 ${LOG_GROUP}`);
    const { report, result, reduced, digest, markdown } = await sweep('sweep-1');

    const logGroups = of(report, LOG_GROUP);
    expect(logGroups.filter((r) => r.status === 'DELETED')).toEqual([]);
    const refused = logGroups.filter((r) => r.stack?.includes('111111111111'));
    expect(refused).toHaveLength(2);
    for (const r of refused) {
      expect(r.status).toBe('NOT_CHECKED');
      expect(r.reason).toMatch(
        /^AWS::Logs::LogGroup could not be read in full in account 111111111111 \((eu-west-1|us-east-1)\): AccessDeniedException: User is not authorized/,
      );
    }
    // The other account's log groups are read and compared as before.
    expect(logGroups.filter((r) => r.stack?.includes('222222222222'))).toEqual([]);
    expect(await result('222222222222/eu-west-1/cloudcontrol/logs')).toMatchObject({
      checked: 1,
      summary: { inSync: 1 },
    });
    // The shard's result says which type it could not read, and the organization report and digest name it.
    expect((await result('111111111111/eu-west-1/cloudcontrol/logs')).incomplete).toEqual([
      { resourceType: LOG_GROUP, reason: expect.stringContaining('AccessDenied') },
    ]);
    // Organizations' types are unread in every member account (only the management account reads them): the
    // report lists them, the digest names only the types that left managed resources unchecked.
    expect(reduced.unreadTypes).toBe(4);
    expect(digest).toMatch(
      /^Not read in full: 4 types in shards, 2 of them leaving managed resources NOT_CHECKED: /m,
    );
    for (const region of ['eu-west-1', 'us-east-1']) {
      expect(markdown).toContain(`- ${LOG_GROUP} in 111111111111 (${region}): AccessDenied`);
      expect(digest).toContain(`${LOG_GROUP} in 111111111111 (${region}): AccessDenied`);
    }
    expect(markdown).toContain('- AWS::Organizations::Organization in 111111111111 (global): ');
    expect(digest).not.toContain('AWS::Organizations::Organization');
  });

  it('gives NOT_CHECKED for every member-read type of an account without the read role', async () => {
    const { member, sweep } = setup();
    member.withoutRole.add('222222222222');
    const { reduced, report, result } = await sweep('sweep-1');
    expect(reduced.failedShards).toEqual([]);
    const account2 = report.resources.filter(
      (r) =>
        r.stack?.includes('222222222222') &&
        (r.resourceType === LOG_GROUP || r.resourceType === PASSWORD_POLICY),
    );
    expect(account2).toHaveLength(3);
    for (const r of account2) {
      expect(r.status).toBe('NOT_CHECKED');
      expect(r.reason).toContain(
        'arn:aws:iam::222222222222:role/groundwork-drift-read could not be assumed: AccessDenied',
      );
    }
    // Its Config types are read through the aggregator, not the role: still compared.
    expect(await result('222222222222/eu-west-1/ec2')).toMatchObject({ managed: 3, checked: 3 });
  });

  it('puts evaluations of the member-read types once: an unchanged second sweep puts none', async () => {
    const { sink, sweep } = setup();
    const first = await sweep('sweep-1');
    const memberTypes = sink.calls.flatMap((c) => c.evaluations.map((e) => e.resourceType));
    expect(memberTypes).toContain(LOG_GROUP);
    expect(memberTypes).toContain(PASSWORD_POLICY);
    expect(first.reduced.evaluationsPut).toBe(sink.total);
    const second = await sweep('sweep-2');
    expect(second.reduced.evaluationsPut).toBe(0);
  });
});
