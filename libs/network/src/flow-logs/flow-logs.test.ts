import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { VpcFlowLogs } from './flow-logs';
import { Vpc } from '../vpc/vpc';

const ref = SynthesizedStack.ref;

interface Statement {
  effect: string;
  actions: string[];
  resources?: string[];
  principals?: { type: string; identifiers: string[] }[];
  condition?: { test: string; variable: string; values: string[] }[];
}
const statements = (stack: SynthesizedStack, name: string) =>
  stack.dataSources('aws_iam_policy_document').find((d) => d.name.includes(name))!.values
    .statement as Statement[];

describe('flow logs', () => {
  describe('to CloudWatch Logs (the default)', () => {
    const stack = synthConstruct((s) => new Vpc(s, 'main', { name: 'prod' }));
    const logGroup = stack.resource('aws_cloudwatch_log_group');
    const role = stack.resource('aws_iam_role');

    it('writes to a log group with a retention', () => {
      expect(logGroup.values).toMatchObject({ name: '/vpc/prod/flow-logs', retention_in_days: 365 });
      expect(stack.resource('aws_flow_log').values).toMatchObject({
        log_destination: ref(logGroup, 'arn'),
        max_aggregation_interval: 600,
      });
    });

    it('lets only the flow logs service of this account assume the role', () => {
      const trust = statements(stack, 'trust-policy');
      expect(trust).toHaveLength(1);
      expect(trust[0].actions).toEqual(['sts:AssumeRole']);
      expect(trust[0].principals).toEqual([
        { type: 'Service', identifiers: ['vpc-flow-logs.amazonaws.com'] },
      ]);
      expect(trust[0].condition?.map((c) => c.variable).sort()).toEqual([
        'aws:SourceAccount',
        'aws:SourceArn',
      ]);
      expect(role.values.assume_role_policy).toBe(
        ref(
          stack.dataSources('aws_iam_policy_document').find((d) => d.name.includes('trust'))!,
          'json',
        ),
      );
    });

    it('lets the role write to that one log group and nothing else', () => {
      const write = statements(stack, 'write-policy');
      expect(write).toEqual([
        {
          effect: 'Allow',
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
          resources: [`${ref(logGroup, 'arn')}:*`],
        },
      ]);
      for (const s of write) {
        for (const a of s.actions) expect(a).not.toMatch(/\*/);
      }
      const policy = stack.resource('aws_iam_role_policy');
      expect(policy.values.role).toBe(ref(role, 'id'));
      expect(stack.resources('aws_iam_role_policy_attachment')).toHaveLength(0);
    });
  });

  it('takes a retention, traffic type, interval and KMS key', () => {
    const stack = synthConstruct(
      (s) =>
        new VpcFlowLogs(s, 'logs', {
          vpcId: 'vpc-0123456789abcdef0',
          name: 'x',
          trafficType: 'REJECT',
          maxAggregationIntervalSeconds: 60,
          destination: {
            type: 'cloudWatchLogs',
            retentionDays: 30,
            kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/abc',
          },
        }),
    );
    expect(stack.resource('aws_cloudwatch_log_group').values).toMatchObject({
      retention_in_days: 30,
      kms_key_id: 'arn:aws:kms:us-east-1:123456789012:key/abc',
    });
    expect(stack.resource('aws_flow_log').values).toMatchObject({
      vpc_id: 'vpc-0123456789abcdef0',
      traffic_type: 'REJECT',
      max_aggregation_interval: 60,
    });
  });

  it('goes to S3 without a role or log group', () => {
    const stack = synthConstruct(
      (s) =>
        new Vpc(s, 'main', {
          flowLogs: { destination: { type: 's3', bucketArn: 'arn:aws:s3:::logs/vpc/' } },
        }),
    );
    expect(stack.resource('aws_flow_log').values).toMatchObject({
      log_destination_type: 's3',
      log_destination: 'arn:aws:s3:::logs/vpc/',
      traffic_type: 'ALL',
    });
    expect(stack.resource('aws_flow_log').values).not.toHaveProperty('iam_role_arn');
    expect(stack.resources('aws_iam_role')).toHaveLength(0);
    expect(stack.resources('aws_cloudwatch_log_group')).toHaveLength(0);
  });

  it('is off only when turned off', () => {
    const stack = synthConstruct((s) => new Vpc(s, 'main', { flowLogs: false }));
    expect(stack.resources('aws_flow_log')).toHaveLength(0);
  });

  it('fails when VpcFlowLogs gets a bad retention on its own', () => {
    expect(() =>
      synthConstruct(
        (s) =>
          new VpcFlowLogs(s, 'logs', {
            vpcId: 'vpc-1',
            name: 'x',
            destination: { type: 'cloudWatchLogs', retentionDays: 2 },
          }),
      ),
    ).toThrow('VpcFlowLogs test/logs: flowLogs.destination.retentionDays must be one of');
  });
});
