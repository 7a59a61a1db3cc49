import { launchesFromTemplate } from '../inspect/ec2-instance';
import { GuardRule } from '../model';
import { blocks, isTrue, isUnresolved } from '../values';
import { ebsEncryptedByDefault } from './ebs-volume-encryption';

const encryptedOrUnknown = (v: unknown) => isTrue(v) || isUnresolved(v);

export const blockDeviceEncryption: GuardRule = {
  id: 'GW-EC2-004',
  severity: 'error',
  title: 'Instance and launch template volumes must be encrypted',
  why: 'Root and data volumes hold application data and often secrets; unencrypted, they leak through snapshots and AMIs.',
  fix: 'Set encrypted = true on root_block_device and every ebs_block_device (launch templates: block_device_mappings { ebs { encrypted = "true" } }), or enable aws_ebs_encryption_by_default.',
  checkov: ['CKV_AWS_8'],
  trivy: ['aws-ec2-enable-at-rest-encryption'],
  resourceTypes: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'],
  check(resource, config) {
    if (ebsEncryptedByDefault(config)) return [];
    const v = resource.values;
    if (resource.type === 'aws_launch_template') {
      const mappings = blocks(v.block_device_mappings);
      if (mappings.length === 0) return ['no block_device_mappings declare encrypted volumes'];
      return mappings
        .filter((m) => blocks(m.ebs).some((e) => !encryptedOrUnknown(e.encrypted)))
        .map((m) => `block device ${String(m.device_name ?? '?')} is not encrypted`);
    }
    const roots = blocks(v.root_block_device);
    const out: string[] = [];
    // Without a root_block_device of its own, an instance launched from a template gets the template's
    // mappings, which this rule checks on the template.
    const rootFromTemplate = roots.length === 0 && launchesFromTemplate(resource);
    if (!rootFromTemplate && (roots.length === 0 || roots.some((r) => !encryptedOrUnknown(r.encrypted)))) {
      out.push('root_block_device is not encrypted');
    }
    for (const device of blocks(v.ebs_block_device)) {
      if (!encryptedOrUnknown(device.encrypted)) {
        out.push(`ebs_block_device ${String(device.device_name ?? '?')} is not encrypted`);
      }
    }
    return out;
  },
};
