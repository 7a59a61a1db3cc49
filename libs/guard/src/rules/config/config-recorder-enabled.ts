import { companions, withoutCompanion } from '../../inspect/companions';
import { GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';

export const configRecorderEnabled: GuardRule = {
  id: 'GW-CFG-002',
  severity: 'error',
  title: 'AWS Config recorder must be turned on',
  why: 'A configuration recorder records nothing until an aws_config_configuration_recorder_status turns it on; until then there is no history and no change event.',
  fix: 'Add an aws_config_configuration_recorder_status with name = the recorder name and is_enabled = true (after the delivery channel).',
  checkov: ['CKV2_AWS_45'],
  trivy: [],
  resourceTypes: ['aws_config_configuration_recorder'],
  check(recorder, config) {
    const found = companions(config, 'aws_config_configuration_recorder_status', 'name', recorder);
    const enabled = found.matched.map((s) => s.body.bool('is_enabled'));
    if (enabled.includes(true)) return [];
    const unknown = enabled.find((e): e is Expression => e instanceof Expression);
    if (unknown) return [computed('is_enabled', unknown, 'whether the recorder is on')];
    if (found.matched.length > 0) return ['the recorder status has is_enabled = false'];
    return withoutCompanion(
      found,
      'the recorder has no aws_config_configuration_recorder_status turning it on',
    );
  },
};
