// AWS::Config::ConfigurationRecorder, in the CloudFormation-registry shape Config records it (PascalCase), with the
// recorder's status (aws_config_configuration_recorder_status) as `Recording`.
import type { Attrs } from '../apply/applied-resource';
import { configItem } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

export const configConfigurationRecorder: SimulatedType = {
  awsType: 'AWS::Config::ConfigurationRecorder',
  terraformTypes: {
    aws_config_configuration_recorder: {
      computed: (v, ctx) => {
        const name = String(v.name ?? 'default');
        const group = (v.recording_group as Attrs[] | undefined)?.[0] ?? {};
        return {
          id: name,
          name,
          arn: arn(ctx, 'config', `configuration-recorder/${name}/${ctx.ids.hex(16)}`),
          recording_group: [
            {
              all_supported: group.all_supported ?? true,
              include_global_resource_types: group.include_global_resource_types ?? false,
              resource_types: group.resource_types ?? [],
              exclusion_by_resource_types: group.exclusion_by_resource_types ?? [],
              recording_strategy: group.recording_strategy ?? [{ use_only: 'ALL_SUPPORTED_RESOURCE_TYPES' }],
            },
          ],
          recording_mode: v.recording_mode ?? [
            { recording_frequency: 'CONTINUOUS', recording_mode_override: [] },
          ],
        };
      },
      record: ({ attrs: a }, lookup, ctx) => {
        const group = (a.recording_group as Attrs[])[0];
        const mode = (a.recording_mode as Attrs[])[0];
        const status = lookup('aws_config_configuration_recorder_status', (s) => s.name === a.name)[0];
        const exclusion = (group.exclusion_by_resource_types as Attrs[])[0];
        return configItem(ctx, {
          resourceType: 'AWS::Config::ConfigurationRecorder',
          resourceId: String(a.name),
          resourceName: String(a.name),
          arn: String(a.arn),
          configuration: {
            Id: a.name,
            Name: a.name,
            RoleARN: a.role_arn,
            Recording: status?.attrs.is_enabled === true,
            RecordingGroup: {
              AllSupported: group.all_supported,
              IncludeGlobalResourceTypes: group.include_global_resource_types,
              ResourceTypes: group.resource_types,
              ExclusionByResourceTypes: { ResourceTypes: exclusion?.resource_types ?? [] },
              RecordingStrategy: { UseOnly: (group.recording_strategy as Attrs[])[0]?.use_only },
            },
            RecordingMode: { RecordingFrequency: mode.recording_frequency, RecordingModeOverrides: [] },
          },
        });
      },
    },
    aws_config_configuration_recorder_status: {
      computed: (v) => ({ id: v.name }),
    },
  },
};
