import { cloudControlItem, engineFor } from '../fixtures/harness';

const TOPIC = 'arn:aws:sns:eu-west-1:111122223333:groundwork-dev-drift-alerts';
const ARN = `${TOPIC}:6b0e71bd-7e97-4d97-80ce-4a0994e55286`;

const drift = {
  resources: {
    aws_sns_topic_subscription: {
      email: { topic_arn: TOPIC, protocol: 'email', endpoint: 'platform-alerts@example.com' },
    },
  },
  state: { 'aws_sns_topic_subscription.email': { id: ARN, arn: ARN } },
};

const read = (properties: Record<string, unknown> = {}) =>
  cloudControlItem('AWS::SNS::Subscription', ARN, {
    Arn: ARN,
    TopicArn: TOPIC,
    Protocol: 'email',
    Endpoint: 'platform-alerts@example.com',
    RawMessageDelivery: false,
    ...properties,
  });

describe('AWS::SNS::Subscription adapter (Cloud Control)', () => {
  const engine = engineFor({ drift });

  it('is in sync, and reports the alerts redirected to another address', () => {
    expect(engine.checkItem(read()).status).toBe('IN_SYNC');
    expect(engine.checkItem(read({ Endpoint: 'someone@example.net' })).differences).toEqual([
      {
        path: 'endpoint',
        expected: 'platform-alerts@example.com',
        actual: 'someone@example.net',
        type: 'NOT_EQUAL',
      },
    ]);
  });

  it('reports a filter policy added by hand, which silences alerts', () => {
    const filtered = read({ FilterPolicy: { severity: ['none'] }, FilterPolicyScope: 'MessageAttributes' });
    expect(engine.checkItem(filtered).differences.map((d) => [d.path, d.type])).toEqual([
      ['filter_policy', 'NOT_EQUAL'],
    ]);
  });
});
