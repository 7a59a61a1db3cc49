import { RuleFixtures, tf } from '../../testing/rule-fixtures';

const recorder = (extra: Record<string, unknown>) => ({
  aws_config_configuration_recorder: {
    r: { name: 'default', role_arn: '${aws_iam_role.config.arn}', ...extra },
  },
});
const status = (extra: Record<string, unknown>) => ({
  aws_config_configuration_recorder_status: {
    s: { name: '${aws_config_configuration_recorder.r.name}', is_enabled: true, ...extra },
  },
});

export const CONFIG_FIXTURES: Record<string, RuleFixtures> = {
  'GW-CFG-001': {
    passes: [
      { name: 'no recording_group (all supported by default)', json: tf(recorder({})) },
      {
        name: 'all supported with global types',
        json: tf(recorder({ recording_group: { all_supported: true, include_global_resource_types: true } })),
      },
      {
        name: 'all supported without global types (another region records them)',
        json: tf(recorder({ recording_group: { all_supported: true } })),
      },
    ],
    fails: [
      {
        name: 'only listed types',
        json: tf(
          recorder({ recording_group: { all_supported: false, resource_types: ['AWS::EC2::Instance'] } }),
        ),
        at: 'aws_config_configuration_recorder.r',
      },
      {
        name: 'an exclusion strategy',
        json: tf(
          recorder({
            recording_group: {
              all_supported: false,
              exclusion_by_resource_types: { resource_types: ['AWS::EC2::Instance'] },
              recording_strategy: { use_only: 'EXCLUSION_BY_RESOURCE_TYPES' },
            },
          }),
        ),
        at: 'aws_config_configuration_recorder.r',
      },
    ],
    undecided: [
      {
        name: 'computed',
        json: tf(recorder({ recording_group: { all_supported: '${var.all}' } })),
        at: 'aws_config_configuration_recorder.r',
      },
    ],
  },
  'GW-CFG-002': {
    passes: [
      { name: 'a status turning it on', json: tf({ ...recorder({}), ...status({}) }) },
      { name: 'a status naming it literally', json: tf({ ...recorder({}), ...status({ name: 'default' }) }) },
    ],
    fails: [
      { name: 'no status', json: tf(recorder({})), at: 'aws_config_configuration_recorder.r' },
      {
        name: 'a status turning it off',
        json: tf({ ...recorder({}), ...status({ is_enabled: false }) }),
        at: 'aws_config_configuration_recorder.r',
      },
    ],
    undecided: [
      {
        name: 'a computed status',
        json: tf({ ...recorder({}), ...status({ is_enabled: '${var.on}' }) }),
        at: 'aws_config_configuration_recorder.r',
      },
      {
        name: 'a status for a recorder named by a variable',
        json: tf({ ...recorder({}), ...status({ name: '${var.recorder}' }) }),
        at: 'aws_config_configuration_recorder.r',
      },
    ],
  },
};
