import { NormMap } from '../normalize/norm-values';
import { withoutAwsTags } from '../normalize/tags';
import type { Adapter } from './adapter';
import { UNKNOWN, block, blocks, conf, defined, foldedOf, keys, lower, stringSet } from './helpers';

export const autoScalingGroupAdapter: Adapter = {
  configType: 'AWS::AutoScaling::AutoScalingGroup',
  terraformTypes: ['aws_autoscaling_group'],
  folds: [{ type: 'aws_autoscaling_attachment', parentAttributes: ['autoscaling_group_name'] }],
  compared: [
    'name',
    'min_size',
    'max_size',
    'desired_capacity (only with compareDesiredCapacity)',
    'health_check_type',
    'health_check_grace_period',
    'vpc_zone_identifier (set)',
    'target_group_arns (set)',
    'launch_template (id, name, version)',
    'tag blocks',
  ],
  joinKey: 'group name (or ARN)',
  desiredKeys: (v, s) => keys(s?.['id'], s?.['name'], s?.['arn'], v['name']),
  liveKeys: (item) => keys(item.resourceName, conf(item)['autoScalingGroupName'], item.arn, item.resourceId),
  expected: (input) => {
    const v = input.values;
    const lt = block(v['launch_template']);
    const attached = foldedOf(input, 'aws_autoscaling_attachment')
      .map((a) => a['lb_target_group_arn'])
      .filter((x) => x !== undefined);
    const tgs =
      v['target_group_arns'] === UNKNOWN
        ? UNKNOWN
        : [...((v['target_group_arns'] as unknown[] | undefined) ?? []), ...attached];
    const tagBlocks = blocks(v['tag']);
    return defined({
      name: v['name'],
      min_size: v['min_size'],
      max_size: v['max_size'],
      // Scaling policies and people move desired capacity on purpose: compared only when asked.
      desired_capacity: input.options.compareDesiredCapacity ? v['desired_capacity'] : undefined,
      health_check_type: lower(v['health_check_type']),
      health_check_grace_period: v['health_check_grace_period'],
      vpc_zone_identifier: stringSet(v['vpc_zone_identifier']),
      target_group_arns:
        v['target_group_arns'] === undefined && attached.length === 0
          ? undefined
          : stringSet(tgs, input.ownsResource && v['target_group_arns'] !== undefined),
      launch_template: lt ? defined({ id: lt['id'], name: lt['name'], version: lt['version'] }) : undefined,
      // The AWS provider does not apply default_tags to auto scaling groups: only `tag` blocks count.
      tags:
        tagBlocks.length > 0
          ? new NormMap(Object.fromEntries(tagBlocks.map((t) => [String(t['key']), t['value']])))
          : undefined,
    });
  },
  actual: (item) => {
    const c = conf(item);
    const lt = (c['launchTemplate'] ?? {}) as Record<string, unknown>;
    return {
      name: c['autoScalingGroupName'],
      min_size: c['minSize'],
      max_size: c['maxSize'],
      desired_capacity: c['desiredCapacity'],
      health_check_type: lower(c['healthCheckType']),
      health_check_grace_period: c['healthCheckGracePeriod'],
      vpc_zone_identifier: stringSet(c['vpczoneIdentifier'] ?? c['vpcZoneIdentifier']),
      target_group_arns: stringSet(c['targetGroupARNs'] ?? []),
      launch_template: { id: lt['launchTemplateId'], name: lt['launchTemplateName'], version: lt['version'] },
      tags: item.tagsRecorded === false ? UNKNOWN : new NormMap(withoutAwsTags(item.tags)),
    };
  },
};
