// The alarms on the checker's own health, to the alert topic: the function failed, or events wait in the DLQ.
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import type { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import type { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import type { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import type { Construct } from 'constructs';

export interface CheckerAlarmsProps {
  readonly namePrefix: string;
  readonly function: LambdaFunction;
  readonly deadLetterQueue: SqsQueue;
  readonly topic: SnsTopic;
}

export class CheckerAlarms {
  constructor(scope: Construct, props: CheckerAlarmsProps) {
    const { namePrefix: name, topic } = props;
    // Above zero in any five minutes alarms; the OK action says when it is over.
    const whenAboveZero = {
      period: 300,
      evaluationPeriods: 1,
      threshold: 0,
      comparisonOperator: 'GreaterThanThreshold',
      treatMissingData: 'notBreaching',
      alarmActions: [topic.arn],
      okActions: [topic.arn],
    };
    new CloudwatchMetricAlarm(scope, 'errors-alarm', {
      ...whenAboveZero,
      alarmName: `${name}-checker-errors`,
      alarmDescription: 'The drift checker failed; failed events are retried, then kept in the DLQ',
      namespace: 'AWS/Lambda',
      metricName: 'Errors',
      dimensions: { FunctionName: props.function.functionName },
      statistic: 'Sum',
    });
    new CloudwatchMetricAlarm(scope, 'dlq-alarm', {
      ...whenAboveZero,
      alarmName: `${name}-dlq-not-empty`,
      alarmDescription: 'Config events the drift checker could not handle are waiting in the DLQ',
      namespace: 'AWS/SQS',
      metricName: 'ApproximateNumberOfMessagesVisible',
      dimensions: { QueueName: props.deadLetterQueue.name },
      statistic: 'Maximum',
    });
  }
}
