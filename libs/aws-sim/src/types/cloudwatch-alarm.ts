// AWS::CloudWatch::Alarm, as Config records it (SDK-v1 names: the OK actions under `okactions`, dimensions as a
// list of `{name, value}`, the threshold a float).
import { configItem, CREATED_AT, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const cloudWatchAlarm: SimulatedType = {
  awsType: 'AWS::CloudWatch::Alarm',
  terraformTypes: {
    aws_cloudwatch_metric_alarm: {
      taggable: true,
      computed: (v, ctx) => ({
        id: v.alarm_name,
        arn: arn(ctx, 'cloudwatch', `alarm:${String(v.alarm_name)}`),
        actions_enabled: v.actions_enabled ?? true,
        treat_missing_data: v.treat_missing_data ?? 'missing',
        alarm_actions: v.alarm_actions ?? [],
        ok_actions: v.ok_actions ?? [],
        insufficient_data_actions: v.insufficient_data_actions ?? [],
      }),
      record: ({ attrs: a }, _lookup, ctx) =>
        configItem(ctx, {
          resourceType: 'AWS::CloudWatch::Alarm',
          resourceId: String(a.alarm_name),
          resourceName: String(a.alarm_name),
          arn: String(a.arn),
          tags: tagsOf(a),
          configuration: {
            alarmName: a.alarm_name,
            alarmArn: a.arn,
            ...(a.alarm_description ? { alarmDescription: a.alarm_description } : {}),
            alarmConfigurationUpdatedTimestamp: CREATED_AT,
            actionsEnabled: a.actions_enabled,
            okactions: a.ok_actions,
            alarmActions: a.alarm_actions,
            insufficientDataActions: a.insufficient_data_actions,
            metricName: a.metric_name,
            namespace: a.namespace,
            ...(a.statistic ? { statistic: a.statistic } : {}),
            ...(a.extended_statistic ? { extendedStatistic: a.extended_statistic } : {}),
            dimensions: Object.entries((a.dimensions as Record<string, string> | undefined) ?? {}).map(
              ([name, value]) => ({ name, value }),
            ),
            period: a.period,
            ...(a.unit ? { unit: a.unit } : {}),
            evaluationPeriods: a.evaluation_periods,
            ...(a.datapoints_to_alarm !== undefined ? { datapointsToAlarm: a.datapoints_to_alarm } : {}),
            threshold: Number(a.threshold),
            comparisonOperator: a.comparison_operator,
            treatMissingData: a.treat_missing_data,
          },
        }),
    },
  },
};
