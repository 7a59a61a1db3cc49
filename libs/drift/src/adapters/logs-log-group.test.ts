import { cloudControlItem, engineFor } from '../fixtures/harness';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

const network = {
  resources: {
    aws_cloudwatch_log_group: {
      flow: {
        name: '/vpc/groundwork-dev/flow-logs',
        retention_in_days: 365,
        kms_key_id: KEY,
        tags: { Name: 'flow-logs' },
      },
      scratch: { name: '/scratch' },
    },
  },
};

/** A ListResources / GetResource model: both handlers call DescribeLogGroups and ListTagsForResource. */
const logGroup = (name: string, properties: Record<string, unknown> = {}) =>
  cloudControlItem('AWS::Logs::LogGroup', name, {
    LogGroupName: name,
    Arn: `arn:aws:logs:eu-west-1:111122223333:log-group:${name}:*`,
    ...properties,
  });

describe('AWS::Logs::LogGroup adapter (Cloud Control)', () => {
  const engine = engineFor({ network });
  const flow = logGroup('/vpc/groundwork-dev/flow-logs', {
    RetentionInDays: 365,
    KmsKeyId: KEY,
    LogGroupClass: 'STANDARD',
    Tags: [{ Key: 'Name', Value: 'flow-logs' }],
  });

  it('is in sync, joined by name', () => {
    expect(engine.checkItem(flow)).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_cloudwatch_log_group.flow',
    });
  });

  it('reports the retention shortened, and removed (never expire) on a group the IaC keeps forever', () => {
    expect(
      engine.checkItem({ ...flow, configuration: { ...flow.configuration, RetentionInDays: 1 } }).differences,
    ).toEqual([{ path: 'retention_in_days', expected: 365, actual: 1, type: 'NOT_EQUAL' }]);
    expect(engine.checkItem(logGroup('/scratch')).status).toBe('IN_SYNC');
    expect(engine.checkItem(logGroup('/scratch', { RetentionInDays: 7 })).differences).toEqual([
      { path: 'retention_in_days', expected: 0, actual: 7, type: 'NOT_EQUAL' },
    ]);
  });

  it('reports the KMS key taken away and a tag changed', () => {
    const { KmsKeyId: _gone, ...withoutKey } = flow.configuration as Record<string, unknown>;
    const result = engine.checkItem({
      ...flow,
      configuration: { ...withoutKey, Tags: [{ Key: 'Name', Value: 'x' }] },
    });
    expect(result.differences.map((d) => [d.path, d.type])).toEqual([
      ['kms_key_id', 'REMOVE'],
      ['tags.Name', 'NOT_EQUAL'],
    ]);
  });
});
