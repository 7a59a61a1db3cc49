import { launchesFromTemplate } from '../../inspect/ec2-instance';
import { CheckResult, GuardRule } from '../../model';
import { Body } from '../../terraform/body';
import { Expression } from '../../terraform/expression';
import { computed, undecided } from '../../values';
import { ebsEncryptedByDefault } from './ebs-volume-encryption';

export const blockDeviceEncryption: GuardRule = {
  id: 'GW-EC2-004',
  severity: 'error',
  title: 'Instance and launch template volumes must be encrypted',
  why: 'Root and data volumes hold application data and often secrets; unencrypted, they leak through snapshots and AMIs.',
  fix: 'Set encrypted = true on root_block_device and every ebs_block_device (launch templates: block_device_mappings { ebs { encrypted = "true" } }), or enable aws_ebs_encryption_by_default.',
  checkov: ['CKV_AWS_8'],
  trivy: ['aws-ec2-enable-at-rest-encryption'],
  differences: [
    'Launch templates are checked too (their block_device_mappings; without any, the volumes come from the AMI, unencrypted unless it says otherwise); CKV_AWS_8 checks instances and launch configurations only.',
    'A volume restored from a snapshot without encrypted = true is undecided (a note), as the snapshot may be encrypted; checkov passes it.',
  ],
  resourceTypes: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'],
  check(resource, config) {
    const byDefault = ebsEncryptedByDefault(config);
    if (byDefault === true) return [];
    const results = volumeResults(resource.type, resource.body, launchesFromTemplate(resource));
    if (byDefault instanceof Expression && results.length > 0) {
      return [
        computed('aws_ebs_encryption_by_default.enabled', byDefault, 'whether new volumes are encrypted'),
      ];
    }
    return results;
  },
};

function encryption(device: Body, name: string): CheckResult[] {
  const encrypted = device.bool('encrypted');
  if (encrypted === true) return [];
  if (encrypted instanceof Expression) {
    return [computed(`${name} encrypted`, encrypted, 'whether it is encrypted')];
  }
  // A volume restored from a snapshot is encrypted when the snapshot is, which the configuration does not say.
  if (encrypted === undefined && device.has('snapshot_id')) {
    return [
      undecided(
        `${name} is restored from a snapshot without encrypted = true: encrypted only if the snapshot is`,
      ),
    ];
  }
  return [`${name} is not encrypted`];
}

function deviceName(device: Body): string {
  const name = device.string('device_name');
  return name === undefined ? '?' : String(name);
}

function volumeResults(type: string, body: Body, fromTemplate: boolean): CheckResult[] {
  if (type === 'aws_launch_template') {
    const mappings = body.blocks('block_device_mappings');
    if (mappings.length === 0) return ['no block_device_mappings declare encrypted volumes'];
    return mappings.flatMap((m) =>
      m.blocks('ebs').flatMap((e) => encryption(e, `block device ${deviceName(m)}`)),
    );
  }
  const roots = body.blocks('root_block_device');
  const out: CheckResult[] = [];
  // Without a root_block_device of its own, an instance launched from a template gets the template's mappings,
  // which this rule checks on the template.
  if (roots.length === 0 && !fromTemplate) out.push('root_block_device is not encrypted');
  for (const root of roots) out.push(...encryption(root, 'root_block_device'));
  for (const device of body.blocks('ebs_block_device')) {
    out.push(...encryption(device, `ebs_block_device ${deviceName(device)}`));
  }
  return out;
}
