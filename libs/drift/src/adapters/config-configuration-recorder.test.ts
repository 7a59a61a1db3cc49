import { configItem, engineFor } from '../fixtures/harness';
import { pathsMissingFromInventory } from '../fixtures/property-inventory';

const role = 'arn:aws:iam::111122223333:role/config-recorder';
// The recorder as Config records it: the CloudFormation-registry shape, `Recording` the recorder's status.
const recorder = {
  Id: 'default',
  Name: 'default',
  RoleARN: role,
  Recording: true,
  RecordingGroup: {
    AllSupported: true,
    IncludeGlobalResourceTypes: true,
    ResourceTypes: [],
    ExclusionByResourceTypes: { ResourceTypes: [] },
    RecordingStrategy: { UseOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' },
  },
  RecordingMode: { RecordingFrequency: 'CONTINUOUS', RecordingModeOverrides: [] },
};
const item = (c: Record<string, unknown>) => configItem('AWS::Config::ConfigurationRecorder', 'default', c);

describe('AWS::Config::ConfigurationRecorder adapter', () => {
  const engine = engineFor({
    drift: {
      resources: {
        aws_config_configuration_recorder: {
          rec: {
            name: 'default',
            role_arn: '${aws_iam_role.recorder.arn}',
            recording_group: { all_supported: true, include_global_resource_types: true },
          },
        },
        aws_config_configuration_recorder_status: {
          on: { name: '${aws_config_configuration_recorder.rec.name}', is_enabled: true },
        },
      },
      state: {
        'aws_config_configuration_recorder.rec': { id: 'default', name: 'default' },
        'aws_iam_role.recorder': { id: 'config-recorder', arn: role },
      },
    },
  });

  it('builds on an item that uses the field inventory’s names', () => {
    expect(pathsMissingFromInventory('AWS::Config::ConfigurationRecorder', recorder)).toEqual([]);
  });

  it('folds the recorder status and is IN_SYNC', () => {
    expect(engine.checkItem(item(recorder))).toMatchObject({
      status: 'IN_SYNC',
      addresses: ['aws_config_configuration_recorder.rec', 'aws_config_configuration_recorder_status.on'],
    });
  });

  it('reports the recorder stopped and global types no longer recorded', () => {
    const stopped = {
      ...recorder,
      Recording: false,
      RecordingGroup: { ...recorder.RecordingGroup, IncludeGlobalResourceTypes: false },
    };
    expect(engine.checkItem(item(stopped)).differences.map((d) => d.path)).toEqual([
      'recording_group.include_global_resource_types',
      'is_enabled',
    ]);
  });
});
