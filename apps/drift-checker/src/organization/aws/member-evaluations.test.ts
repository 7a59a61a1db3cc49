// The delivery's AWS calls, with the SDK mocked: the member account's role assumed, PutEvaluations in pages of 100
// with that role's credentials in the rule's region, and the pending objects deleted from S3 in batches.
import { ConfigServiceClient, PutEvaluationsCommand } from '@aws-sdk/client-config-service';
import { DeleteObjectsCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import type { SweepEvaluation } from '../sweep-ports';
import { AssumedRoleMemberEvaluations } from './member-evaluations';
import { S3SweepStore } from './s3-sweep-store';

const stsMock = mockClient(STSClient);
const configMock = mockClient(ConfigServiceClient);
const s3Mock = mockClient(S3Client);

beforeEach(() => {
  stsMock.reset();
  configMock.reset();
  s3Mock.reset();
  stsMock.on(AssumeRoleCommand).resolves({
    Credentials: {
      AccessKeyId: 'ASIAMEMBER',
      SecretAccessKey: 'secret',
      SessionToken: 'session',
      Expiration: new Date('2026-12-03T07:00:00Z'),
    },
  });
  configMock.on(PutEvaluationsCommand).resolves({ FailedEvaluations: [] });
});

const evaluations = (n: number): SweepEvaluation[] =>
  Array.from({ length: n }, (_, i) => ({
    resourceType: 'AWS::EC2::SecurityGroup',
    resourceId: `sg-${i}`,
    compliance: i % 2 ? 'NON_COMPLIANT' : 'COMPLIANT',
    annotation: 'checked by the organization sweep',
    orderingTimestamp: '2026-12-03T05:17:00.000Z',
  }));
const target = { partition: 'aws', accountId: '111111111111', region: 'us-east-1', resultToken: 'token-1' };

describe('AssumedRoleMemberEvaluations', () => {
  it("assumes the member account's delivery role and puts 250 evaluations in calls of 100, 100 and 50", async () => {
    const members = new AssumedRoleMemberEvaluations(
      new STSClient({ region: 'eu-west-1' }),
      'groundwork-drift-deliver',
    );
    await expect(members.put(target, evaluations(250))).resolves.toEqual({ calls: 3, failed: 0 });
    expect(stsMock.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input.RoleArn)).toEqual([
      'arn:aws:iam::111111111111:role/groundwork-drift-deliver',
    ]);
    const calls = configMock.commandCalls(PutEvaluationsCommand);
    expect(calls.map((c) => c.args[0].input.Evaluations!.length)).toEqual([100, 100, 50]);
    expect(calls.every((c) => c.args[0].input.ResultToken === 'token-1')).toBe(true);
    expect(calls[0]!.args[0].input.Evaluations![1]).toEqual({
      ComplianceResourceType: 'AWS::EC2::SecurityGroup',
      ComplianceResourceId: 'sg-1',
      ComplianceType: 'NON_COMPLIANT',
      Annotation: 'checked by the organization sweep',
      OrderingTimestamp: new Date('2026-12-03T05:17:00.000Z'),
    });
    // The client that put them is the member account's, in the rule's region.
    const client = calls[0]!.thisValue as ConfigServiceClient;
    expect(await client.config.region()).toBe('us-east-1');
    expect(await client.config.credentials()).toMatchObject({
      accessKeyId: 'ASIAMEMBER',
      sessionToken: 'session',
    });
  });

  it('counts evaluations Config refuses instead of throwing', async () => {
    configMock.on(PutEvaluationsCommand).resolves({
      FailedEvaluations: [
        {
          ComplianceResourceType: 'AWS::EC2::SecurityGroup',
          ComplianceResourceId: 'sg-0',
          ComplianceType: 'COMPLIANT',
          OrderingTimestamp: new Date(),
        },
      ],
    });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const members = new AssumedRoleMemberEvaluations(new STSClient({ region: 'eu-west-1' }), 'deliver');
    await expect(members.put(target, evaluations(3))).resolves.toEqual({ calls: 1, failed: 1 });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"resourceId":"sg-0"'));
    warn.mockRestore();
  });

  it('throws when the role cannot be assumed, before any PutEvaluations', async () => {
    stsMock
      .on(AssumeRoleCommand)
      .rejects(
        Object.assign(new Error('not authorized to perform sts:AssumeRole'), { name: 'AccessDenied' }),
      );
    const members = new AssumedRoleMemberEvaluations(new STSClient({ region: 'eu-west-1' }), 'deliver');
    await expect(members.put(target, evaluations(1))).rejects.toThrow('sts:AssumeRole');
    expect(configMock.commandCalls(PutEvaluationsCommand)).toHaveLength(0);
  });
});

describe('S3SweepStore.remove', () => {
  it('deletes in batches of 1,000 and throws on a key S3 could not delete', async () => {
    s3Mock.on(DeleteObjectsCommand).resolves({});
    const store = new S3SweepStore(new S3Client({ region: 'eu-west-1' }), 'sweeps');
    const keys = Array.from({ length: 1500 }, (_, i) => `evaluations/111111111111/us-east-1/s1/${i}.json`);
    await store.remove(keys);
    expect(
      s3Mock.commandCalls(DeleteObjectsCommand).map((c) => c.args[0].input.Delete!.Objects!.length),
    ).toEqual([1000, 500]);

    s3Mock.on(DeleteObjectsCommand).resolves({ Errors: [{ Key: keys[0], Code: 'AccessDenied' }] });
    await expect(store.remove(keys.slice(0, 1))).rejects.toThrow(
      `could not delete 1 object(s) from s3://sweeps: ${keys[0]} (AccessDenied)`,
    );
  });
});
