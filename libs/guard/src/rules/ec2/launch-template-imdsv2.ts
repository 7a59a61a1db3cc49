import { GuardRule } from '../../model';
import { imdsV2Violations } from '../factories/imds-rule';

export const launchTemplateImdsV2: GuardRule = {
  id: 'GW-EC2-002',
  severity: 'error',
  title: 'Launch template must require IMDSv2',
  why: 'Every instance an auto scaling group starts from the template inherits IMDSv1, and with it the SSRF-to-credentials path.',
  fix: 'Set metadata_options { http_tokens = "required", http_endpoint = "enabled" } on the launch template.',
  checkov: ['CKV_AWS_79'],
  trivy: ['aws-ec2-enforce-launch-config-http-token-imds'],
  resourceTypes: ['aws_launch_template', 'aws_launch_configuration'],
  check: (template) => imdsV2Violations(template.body),
};
