import { cloudControlItem, engineFor } from '../fixtures/harness';
import { parseLive } from '../live/parse-live';

const ruleArn = 'arn:aws:events:us-east-1:111122223333:rule/global-calls';
const busArn = 'arn:aws:events:eu-west-1:111122223333:event-bus/default';
const roleArn = 'arn:aws:iam::111122223333:role/forward-to-home';
const pattern = {
  'detail-type': ['AWS API Call via CloudTrail'],
  detail: { eventSource: ['iam.amazonaws.com'] },
};

// `aws cloudcontrol get-resource --type-name AWS::Events::Rule --identifier <arn>`: the read handler's model
// (DescribeRule, ListTargetsByRule, ListTagsForResource) as a JSON string, EventPattern an object in it.
const getResource = (properties: Record<string, unknown>) => ({
  TypeName: 'AWS::Events::Rule',
  ResourceDescription: {
    Identifier: ruleArn,
    Properties: JSON.stringify({
      Arn: ruleArn,
      Name: 'global-calls',
      Description: 'forwarded home',
      EventBusName: 'default',
      EventPattern: pattern,
      State: 'ENABLED',
      Targets: [{ Id: 'home', Arn: busArn, RoleArn: roleArn }],
      Tags: [{ Key: 'team', Value: 'platform' }],
      ...properties,
    }),
  },
});
const item = (properties: Record<string, unknown> = {}) =>
  parseLive(getResource(properties), 'get-resource.json', { accountId: '111122223333', region: 'us-east-1' })
    .items[0]!;

const engine = engineFor({
  drift: {
    account: '111122223333',
    region: 'us-east-1',
    resources: {
      aws_cloudwatch_event_rule: {
        global: {
          name: 'global-calls',
          description: 'forwarded home',
          event_pattern: JSON.stringify(pattern),
          tags: { team: 'platform' },
        },
      },
      aws_cloudwatch_event_target: {
        home: { rule: '${aws_cloudwatch_event_rule.global.name}', arn: busArn, role_arn: roleArn },
      },
    },
    state: { 'aws_cloudwatch_event_rule.global': { id: 'global-calls', name: 'global-calls', arn: ruleArn } },
  },
});

describe('AWS::Events::Rule adapter (Cloud Control fallback)', () => {
  it('reads a GetResource output as a Cloud Control item identified by the rule ARN', () => {
    expect(item()).toMatchObject({
      source: 'cloudcontrol',
      resourceType: 'AWS::Events::Rule',
      resourceId: ruleArn,
    });
  });

  it('is IN_SYNC with its target folded, the pattern an object (or a string, as older schemas allow)', () => {
    expect(engine.checkItem(item())).toMatchObject({
      status: 'IN_SYNC',
      source: 'cloudcontrol',
      addresses: ['aws_cloudwatch_event_rule.global', 'aws_cloudwatch_event_target.home'],
    });
    expect(engine.checkItem(item({ EventPattern: JSON.stringify(pattern) })).status).toBe('IN_SYNC');
  });

  it('reports the rule disabled, its pattern widened, its target removed and a tag changed', () => {
    const changed = item({
      State: 'DISABLED',
      EventPattern: { 'detail-type': ['AWS API Call via CloudTrail'] },
      Targets: [],
      Tags: [{ Key: 'team', Value: 'other' }],
    });
    expect(engine.checkItem(changed).differences.map((d) => [d.path, d.type])).toEqual([
      ['event_pattern', 'NOT_EQUAL'],
      ['state', 'NOT_EQUAL'],
      ['targets', 'REMOVE'],
      ['tags.team', 'NOT_EQUAL'],
    ]);
  });

  it('compares no tags when the read returns none (schemas before tagging)', () => {
    expect(engine.checkItem(item({ Tags: undefined })).status).toBe('IN_SYNC');
  });

  it('compares nothing of a ListResources summary, which holds the ARN only', () => {
    expect(engine.checkItem(cloudControlItem('AWS::Events::Rule', ruleArn, { Arn: ruleArn })).status).toBe(
      'IN_SYNC',
    );
  });
});
