import { CheckResult, GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';

export const configRecorderAllResources: GuardRule = {
  id: 'GW-CFG-001',
  severity: 'error',
  title: 'AWS Config recorder must record every supported resource type',
  why: 'Resource types the recorder leaves out have no configuration history and no change events, so changes to them go unseen by Config rules and by drift detection.',
  fix: 'Leave recording_group out, or set recording_group { all_supported = true } with no exclusion_by_resource_types and no recording_strategy other than ALL_SUPPORTED_RESOURCE_TYPES.',
  checkov: ['CKV2_AWS_48'],
  trivy: [],
  differences: [
    'Global resource types (IAM) are not required: AWS records them in one region only, so every other recorder leaves them out by design; checkov requires include_global_resource_types everywhere.',
  ],
  resourceTypes: ['aws_config_configuration_recorder'],
  check(recorder) {
    return recorder.body.blocks('recording_group').flatMap((group): CheckResult[] => {
      const all = group.bool('all_supported');
      if (all instanceof Expression)
        return [computed('recording_group.all_supported', all, 'whether every type is recorded')];
      if (all === false)
        return ['recording_group.all_supported is false: only the listed resource types are recorded'];
      const strategies = group.blocks('recording_strategy').map((s) => s.string('use_only'));
      const strategy = strategies.find((s) => s !== undefined && s !== 'ALL_SUPPORTED_RESOURCE_TYPES');
      if (strategy instanceof Expression)
        return [computed('recording_strategy.use_only', strategy, 'whether every type is recorded')];
      if (strategy !== undefined)
        return [`recording_strategy.use_only is ${strategy}: not every type is recorded`];
      return group.blocks('exclusion_by_resource_types').length > 0
        ? ['exclusion_by_resource_types leaves resource types out']
        : [];
    });
  },
};
