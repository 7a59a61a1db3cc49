import { configItem, engineFor } from '../fixtures/harness';
import { pathsMissingFromInventory } from '../fixtures/property-inventory';

const ruleArn = 'arn:aws:events:eu-west-1:111122223333:rule/config-changes';
const fnArn = 'arn:aws:lambda:eu-west-1:111122223333:function:drift-checker';
const pattern = { source: ['aws.config'], 'detail-type': ['Config Configuration Item Change'] };
// A rule on the default bus as Config records it: the CloudFormation-registry shape (PascalCase), its targets inside.
const rule = {
  Arn: ruleArn,
  Name: 'config-changes',
  Description: 'Config item changes',
  EventBusName: 'default',
  EventPattern: JSON.stringify(pattern),
  State: 'ENABLED',
  Targets: [{ Id: 'terraform-20261120091407000000000001', Arn: fnArn }],
};
const item = (c: Record<string, unknown>) => configItem('AWS::Events::Rule', ruleArn, c);

const engine = engineFor({
  drift: {
    resources: {
      aws_cloudwatch_event_rule: {
        changes: {
          name: 'config-changes',
          description: 'Config item changes',
          event_pattern: JSON.stringify(pattern, null, 2),
        },
      },
      aws_cloudwatch_event_target: {
        to_fn: { rule: '${aws_cloudwatch_event_rule.changes.name}', arn: fnArn },
      },
    },
    state: {
      'aws_cloudwatch_event_rule.changes': { id: 'config-changes', name: 'config-changes', arn: ruleArn },
    },
  },
});

describe('AWS::Events::Rule adapter', () => {
  it('builds on an item that uses the field inventory’s names', () => {
    expect(pathsMissingFromInventory('AWS::Events::Rule', rule, ['EventPattern'])).toEqual([]);
  });

  it('folds its targets and is IN_SYNC with the pattern re-encoded, the bus and state defaulted', () => {
    expect(engine.checkItem(item(rule))).toMatchObject({
      status: 'IN_SYNC',
      addresses: ['aws_cloudwatch_event_rule.changes', 'aws_cloudwatch_event_target.to_fn'],
    });
  });

  it('reports a rule disabled, its pattern narrowed and a target added by hand', () => {
    const changed = {
      ...rule,
      State: 'DISABLED',
      EventPattern: JSON.stringify({ ...pattern, 'detail-type': ['Config Rules Compliance Change'] }),
      Targets: [...rule.Targets, { Id: 'exfil', Arn: 'arn:aws:sqs:eu-west-1:999988887777:copy' }],
    };
    expect(engine.checkItem(item(changed)).differences.map((d) => [d.path, d.type])).toEqual([
      ['event_pattern', 'NOT_EQUAL'],
      ['state', 'NOT_EQUAL'],
      ['targets', 'ADD'],
    ]);
  });

  it('reports the target removed', () => {
    expect(engine.checkItem(item({ ...rule, Targets: [] })).differences).toEqual([
      { path: 'targets', expected: { arn: fnArn }, actual: undefined, type: 'REMOVE' },
    ]);
  });

  it('skips the pattern when the item does not record one', () => {
    const { EventPattern: _omitted, ...withoutPattern } = rule;
    expect(engine.checkItem(item(withoutPattern)).status).toBe('IN_SYNC');
  });
});
