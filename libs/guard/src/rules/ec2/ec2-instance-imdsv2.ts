import { launchesFromTemplate } from '../../inspect/ec2-instance';
import { GuardRule } from '../../model';
import { imdsV2Violations } from '../factories/imds-rule';

export const ec2InstanceImdsV2: GuardRule = {
  id: 'GW-EC2-001',
  severity: 'error',
  title: 'EC2 instance must require IMDSv2',
  why: 'IMDSv1 answers any request from the instance, so one SSRF bug in the application leaks the instance role credentials.',
  fix: 'Set metadata_options { http_tokens = "required", http_endpoint = "enabled" }.',
  checkov: ['CKV_AWS_79'],
  trivy: ['aws-ec2-enforce-http-token-imds'],
  differences: [
    'An instance launched from a launch template without metadata_options of its own is left to GW-EC2-002 on the template; checkov reports the instance.',
  ],
  resourceTypes: ['aws_instance'],
  check(instance) {
    // Launched from a launch template without its own metadata_options, the instance takes the template's,
    // which GW-EC2-002 checks (or which lie outside this configuration and cannot be known).
    if (launchesFromTemplate(instance) && instance.body.blocks('metadata_options').length === 0) return [];
    return imdsV2Violations(instance.body);
  },
};
