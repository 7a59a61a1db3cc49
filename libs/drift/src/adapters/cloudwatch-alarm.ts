import { NormMap } from '../normalize/norm-values';
import type { Adapter } from './adapter';
import {
  UNKNOWN,
  blocks,
  bool,
  conf,
  defined,
  keys,
  liveTags,
  lower,
  orDefault,
  stringSet,
  tagsOf,
} from './helpers';

function liveDimensions(list: unknown): NormMap {
  return new NormMap(Object.fromEntries(blocks(list).map((d) => [String(d['name']), d['value']])));
}

export const cloudWatchAlarmAdapter: Adapter = {
  configType: 'AWS::CloudWatch::Alarm',
  terraformTypes: ['aws_cloudwatch_metric_alarm'],
  folds: [],
  compared: [
    'alarm_name',
    'alarm_description',
    'actions_enabled',
    'alarm_actions (set)',
    'ok_actions (set)',
    'insufficient_data_actions (set)',
    'namespace',
    'metric_name',
    'dimensions',
    'statistic',
    'extended_statistic',
    'period',
    'unit',
    'evaluation_periods',
    'datapoints_to_alarm',
    'threshold',
    'threshold_metric_id',
    'comparison_operator',
    'treat_missing_data',
    'evaluate_low_sample_count_percentiles',
    'tags',
  ],
  joinKey: 'alarm name (or ARN)',
  desiredKeys: (v, s) => keys(s?.['alarm_name'], s?.['id'], s?.['arn'], v['alarm_name']),
  liveKeys: (item) =>
    keys(item.resourceId, item.resourceName, item.arn, conf(item)['alarmName'], conf(item)['alarmArn']),
  expected: (input) => {
    const v = input.values;
    const dims = v['dimensions'];
    return defined({
      alarm_name: v['alarm_name'],
      alarm_description: v['alarm_description'],
      // The provider's defaults, always sent on create.
      actions_enabled: bool(orDefault(input, 'actions_enabled', true)),
      alarm_actions: stringSet(orDefault(input, 'alarm_actions', [])),
      ok_actions: stringSet(orDefault(input, 'ok_actions', [])),
      insufficient_data_actions: stringSet(orDefault(input, 'insufficient_data_actions', [])),
      namespace: v['namespace'],
      metric_name: v['metric_name'],
      dimensions:
        dims === UNKNOWN
          ? UNKNOWN
          : dims && typeof dims === 'object'
            ? new NormMap(dims as Record<string, unknown>)
            : undefined,
      statistic: lower(v['statistic']),
      extended_statistic: v['extended_statistic'],
      period: v['period'],
      unit: v['unit'],
      evaluation_periods: v['evaluation_periods'],
      datapoints_to_alarm: v['datapoints_to_alarm'],
      threshold: v['threshold'],
      threshold_metric_id: v['threshold_metric_id'],
      comparison_operator: lower(v['comparison_operator']),
      treat_missing_data: lower(orDefault(input, 'treat_missing_data', 'missing')),
      evaluate_low_sample_count_percentiles: lower(v['evaluate_low_sample_count_percentiles']),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    // SDK-v1 names: the OK actions are recorded as `okactions`.
    const c = conf(item);
    return {
      alarm_name: c['alarmName'],
      alarm_description: c['alarmDescription'],
      actions_enabled: bool(c['actionsEnabled']),
      alarm_actions: stringSet(c['alarmActions'] ?? []),
      ok_actions: stringSet(c['okactions'] ?? c['okActions'] ?? []),
      insufficient_data_actions: stringSet(c['insufficientDataActions'] ?? []),
      namespace: c['namespace'],
      metric_name: c['metricName'],
      dimensions: liveDimensions(c['dimensions']),
      statistic: lower(c['statistic']),
      extended_statistic: c['extendedStatistic'],
      period: c['period'],
      unit: c['unit'],
      evaluation_periods: c['evaluationPeriods'],
      datapoints_to_alarm: c['datapointsToAlarm'],
      threshold: c['threshold'],
      threshold_metric_id: c['thresholdMetricId'],
      comparison_operator: lower(c['comparisonOperator']),
      treat_missing_data: lower(c['treatMissingData']),
      evaluate_low_sample_count_percentiles: lower(c['evaluateLowSampleCountPercentile']),
      tags: liveTags(item),
    };
  },
  createdByService: (item) => {
    const c = conf(item);
    const name = String(c['alarmName'] ?? item.resourceId);
    const actions = [c['alarmActions'], c['okactions'], c['okActions']].flatMap((l) =>
      Array.isArray(l) ? l : [],
    );
    return name.startsWith('TargetTracking-') && actions.some((a) => String(a).includes(':scalingPolicy:'))
      ? 'an alarm Auto Scaling created for a target-tracking policy'
      : undefined;
  },
};
