import { configItem, engineFor } from '../fixtures/harness';
import { pathsMissingFromInventory } from '../fixtures/property-inventory';

const topic = 'arn:aws:sns:eu-west-1:111122223333:drift-alerts';
// An alarm as Config records it: SDK-v1 names, the OK actions under `okactions`, the threshold a float.
const alarm = {
  alarmName: 'drift-dlq-not-empty',
  alarmArn: 'arn:aws:cloudwatch:eu-west-1:111122223333:alarm:drift-dlq-not-empty',
  alarmDescription: 'Events waiting in the DLQ',
  alarmConfigurationUpdatedTimestamp: '2026-11-20T09:14:07.000Z',
  actionsEnabled: true,
  okactions: [topic],
  alarmActions: [topic],
  insufficientDataActions: [],
  metricName: 'ApproximateNumberOfMessagesVisible',
  namespace: 'AWS/SQS',
  statistic: 'Maximum',
  dimensions: [{ name: 'QueueName', value: 'drift-dlq' }],
  period: 300,
  evaluationPeriods: 1,
  threshold: 0.0,
  comparisonOperator: 'GreaterThanThreshold',
  treatMissingData: 'notBreaching',
};
const item = (c: Record<string, unknown>) => configItem('AWS::CloudWatch::Alarm', 'drift-dlq-not-empty', c);

describe('AWS::CloudWatch::Alarm adapter', () => {
  const engine = engineFor({
    drift: {
      resources: {
        aws_cloudwatch_metric_alarm: {
          dlq: {
            alarm_name: 'drift-dlq-not-empty',
            alarm_description: 'Events waiting in the DLQ',
            alarm_actions: ['${aws_sns_topic.alerts.arn}'],
            ok_actions: ['${aws_sns_topic.alerts.arn}'],
            metric_name: 'ApproximateNumberOfMessagesVisible',
            namespace: 'AWS/SQS',
            statistic: 'Maximum',
            dimensions: { QueueName: '${aws_sqs_queue.dlq.name}' },
            period: 300,
            evaluation_periods: 1,
            threshold: 0,
            comparison_operator: 'GreaterThanThreshold',
            treat_missing_data: 'notBreaching',
          },
        },
      },
      state: {
        'aws_cloudwatch_metric_alarm.dlq': { id: 'drift-dlq-not-empty', alarm_name: 'drift-dlq-not-empty' },
        'aws_sns_topic.alerts': { id: topic, arn: topic },
        'aws_sqs_queue.dlq': {
          id: 'https://sqs.eu-west-1.amazonaws.com/111122223333/drift-dlq',
          name: 'drift-dlq',
        },
      },
    },
  });

  it('builds on an item that uses the field inventory’s names', () => {
    expect(pathsMissingFromInventory('AWS::CloudWatch::Alarm', alarm)).toEqual([]);
  });

  it('is IN_SYNC with its actions, dimensions and a float threshold', () => {
    expect(engine.checkItem(item(alarm))).toMatchObject({ status: 'IN_SYNC', differences: [] });
  });

  it('reports actions disabled, the alert topic removed from the OK actions and a threshold raised', () => {
    const silenced = { ...alarm, actionsEnabled: false, okactions: [], threshold: 100.0 };
    expect(engine.checkItem(item(silenced)).differences.map((d) => [d.path, d.type])).toEqual([
      ['actions_enabled', 'NOT_EQUAL'],
      ['ok_actions', 'REMOVE'],
      ['threshold', 'NOT_EQUAL'],
    ]);
  });

  it('reports an insufficient-data action the IaC does not declare', () => {
    const extra = { ...alarm, insufficientDataActions: ['arn:aws:sns:eu-west-1:111122223333:other'] };
    expect(engine.checkItem(item(extra)).differences.map((d) => [d.path, d.type])).toEqual([
      ['insufficient_data_actions', 'ADD'],
    ]);
  });
});
