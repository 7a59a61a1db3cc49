import { NormMap, NormSet } from '../normalize/norm-values';
import type { Adapter } from './adapter';
import { UNKNOWN, block, blocks, bool, conf, defined, get, keys, lower, orDefault, text } from './helpers';

/** Policy names are unique per group, not per account: the key names both. */
function groupAndName(group: unknown, name: unknown): string | undefined {
  const g = text(group);
  const n = text(name);
  return g && n ? `${g}/${n}` : undefined;
}

function dimensions(list: unknown, nameKey: string, valueKey: string): unknown {
  const entries = blocks(list).map((d) => [String(d[nameKey]), d[valueKey]] as const);
  if (entries.some(([, value]) => value === UNKNOWN)) return UNKNOWN;
  return new NormMap(Object.fromEntries(entries));
}

/** A bound or adjustment as a number: the provider keeps bounds as strings, Config as floats. */
function num(v: unknown): number | undefined {
  return v === undefined || v === null || v === '' ? undefined : Number(v);
}

/** Steps as one set of `{lower, upper, adjustment}`; UNKNOWN when a value is a reference not yet resolved. */
function steps(list: unknown, lower: string, upper: string, adjustment: string): unknown {
  const all = blocks(list);
  if (all.some((s) => [s[lower], s[upper], s[adjustment]].includes(UNKNOWN))) return UNKNOWN;
  return new NormSet(
    all.map((s) => defined({ lower: num(s[lower]), upper: num(s[upper]), adjustment: num(s[adjustment]) })),
  );
}

export const autoScalingScalingPolicyAdapter: Adapter = {
  configType: 'AWS::AutoScaling::ScalingPolicy',
  terraformTypes: ['aws_autoscaling_policy'],
  folds: [],
  compared: [
    'autoscaling_group_name',
    'policy_type',
    'enabled',
    'adjustment_type',
    'scaling_adjustment',
    'cooldown',
    'min_adjustment_magnitude',
    'metric_aggregation_type',
    'estimated_instance_warmup',
    'step_adjustment (set)',
    'target_tracking_configuration (metric, dimensions, target value, disable scale-in)',
  ],
  joinKey: 'policy ARN, or group and policy name',
  desiredKeys: (v, s) =>
    keys(
      s?.['arn'],
      groupAndName(s?.['autoscaling_group_name'], s?.['name']),
      groupAndName(v['autoscaling_group_name'], v['name']),
    ),
  liveKeys: (item) => {
    const c = conf(item);
    return keys(
      item.resourceId,
      item.arn,
      c['policyARN'],
      groupAndName(c['autoScalingGroupName'], c['policyName']),
    );
  },
  expected: (input) => {
    const v = input.values;
    const tt = block(v['target_tracking_configuration']);
    const predefined = tt ? block(tt['predefined_metric_specification']) : undefined;
    const customized = tt ? block(tt['customized_metric_specification']) : undefined;
    return defined({
      autoscaling_group_name: v['autoscaling_group_name'],
      // The provider's defaults, always sent on create.
      policy_type: lower(orDefault(input, 'policy_type', 'SimpleScaling')),
      enabled: bool(orDefault(input, 'enabled', true)),
      adjustment_type: lower(v['adjustment_type']),
      scaling_adjustment: v['scaling_adjustment'],
      cooldown: v['cooldown'],
      min_adjustment_magnitude: v['min_adjustment_magnitude'],
      metric_aggregation_type: lower(v['metric_aggregation_type']),
      estimated_instance_warmup: v['estimated_instance_warmup'],
      step_adjustment:
        v['step_adjustment'] !== undefined
          ? steps(
              v['step_adjustment'],
              'metric_interval_lower_bound',
              'metric_interval_upper_bound',
              'scaling_adjustment',
            )
          : undefined,
      target_tracking_configuration: tt
        ? defined({
            predefined_metric_type: lower(predefined?.['predefined_metric_type']),
            resource_label: predefined?.['resource_label'],
            metric_name: customized?.['metric_name'],
            namespace: customized?.['namespace'],
            statistic: lower(customized?.['statistic']),
            unit: customized?.['unit'],
            dimensions: customized ? dimensions(customized['metric_dimension'], 'name', 'value') : undefined,
            target_value: tt['target_value'],
            // The provider's default, always sent.
            disable_scale_in: bool(orDefault(input, 'disable_scale_in', false, tt)),
          })
        : undefined,
    });
  },
  actual: (item) => {
    const c = conf(item);
    const tt = 'targetTrackingConfiguration';
    return {
      autoscaling_group_name: c['autoScalingGroupName'],
      policy_type: lower(c['policyType']),
      enabled: bool(c['enabled']),
      adjustment_type: lower(c['adjustmentType']),
      scaling_adjustment: c['scalingAdjustment'],
      cooldown: c['cooldown'],
      min_adjustment_magnitude: c['minAdjustmentMagnitude'],
      metric_aggregation_type: lower(c['metricAggregationType']),
      estimated_instance_warmup: c['estimatedInstanceWarmup'],
      step_adjustment: steps(
        c['stepAdjustments'],
        'metricIntervalLowerBound',
        'metricIntervalUpperBound',
        'scalingAdjustment',
      ),
      target_tracking_configuration: {
        predefined_metric_type: lower(get(c, `${tt}.predefinedMetricSpecification.predefinedMetricType`)),
        resource_label: get(c, `${tt}.predefinedMetricSpecification.resourceLabel`),
        metric_name: get(c, `${tt}.customizedMetricSpecification.metricName`),
        namespace: get(c, `${tt}.customizedMetricSpecification.namespace`),
        statistic: lower(get(c, `${tt}.customizedMetricSpecification.statistic`)),
        unit: get(c, `${tt}.customizedMetricSpecification.unit`),
        dimensions: dimensions(get(c, `${tt}.customizedMetricSpecification.dimensions`), 'name', 'value'),
        target_value: get(c, `${tt}.targetValue`),
        disable_scale_in: bool(get(c, `${tt}.disableScaleIn`)),
      },
    };
  },
};
