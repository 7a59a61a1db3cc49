import type { Adapter } from './adapter';
import {
  UNKNOWN,
  block,
  bool,
  conf,
  defined,
  foldedOf,
  get,
  keys,
  lower,
  orDefault,
  stringSet,
} from './helpers';

export const configConfigurationRecorderAdapter: Adapter = {
  configType: 'AWS::Config::ConfigurationRecorder',
  terraformTypes: ['aws_config_configuration_recorder'],
  folds: [{ type: 'aws_config_configuration_recorder_status', parentAttributes: ['name'] }],
  compared: [
    'name',
    'role_arn',
    'recording_group (all_supported, include_global_resource_types, resource_types, exclusions, strategy)',
    'recording_mode.recording_frequency',
    'is_enabled (from aws_config_configuration_recorder_status)',
  ],
  joinKey: 'recorder name',
  desiredKeys: (v, s) => keys(s?.['name'], s?.['id'], v['name'] ?? 'default'),
  liveKeys: (item) => keys(item.resourceId, item.resourceName, conf(item)['Name'], conf(item)['Id']),
  expected: (input) => {
    const v = input.values;
    const group = block(v['recording_group']);
    const exclusion = group ? block(group['exclusion_by_resource_types']) : undefined;
    const strategy = group ? block(group['recording_strategy']) : undefined;
    const mode = block(v['recording_mode']);
    const status = foldedOf(input, 'aws_config_configuration_recorder_status')[0];
    return defined({
      name: orDefault(input, 'name', 'default'),
      role_arn: v['role_arn'],
      recording_group: group
        ? defined({
            all_supported: bool(group['all_supported']),
            include_global_resource_types: bool(group['include_global_resource_types']),
            resource_types: stringSet(group['resource_types']),
            exclusions: exclusion ? stringSet(exclusion['resource_types']) : undefined,
            use_only: lower(strategy?.['use_only']),
          })
        : undefined,
      recording_mode: mode ? defined({ recording_frequency: lower(mode['recording_frequency']) }) : undefined,
      is_enabled: status ? bool(status['is_enabled']) : undefined,
    });
  },
  actual: (item) => {
    // The CloudFormation-registry shape: PascalCase, `Recording` is the recorder's status.
    const c = conf(item);
    return {
      name: c['Name'] ?? item.resourceName,
      role_arn: c['RoleARN'],
      recording_group: {
        all_supported: bool(get(c, 'RecordingGroup.AllSupported')),
        include_global_resource_types: bool(get(c, 'RecordingGroup.IncludeGlobalResourceTypes')),
        resource_types: stringSet(get(c, 'RecordingGroup.ResourceTypes') ?? []),
        exclusions: stringSet(get(c, 'RecordingGroup.ExclusionByResourceTypes.ResourceTypes') ?? []),
        use_only: lower(get(c, 'RecordingGroup.RecordingStrategy.UseOnly')),
      },
      recording_mode: { recording_frequency: lower(get(c, 'RecordingMode.RecordingFrequency')) },
      is_enabled: c['Recording'] === undefined ? UNKNOWN : bool(c['Recording']),
    };
  },
};
