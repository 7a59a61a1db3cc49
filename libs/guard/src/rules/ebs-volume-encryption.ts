import { GuardRule, TerraformConfigView } from '../model';
import { isTrue, isUnresolved } from '../values';

/** An account-level `aws_ebs_encryption_by_default` that is on encrypts every new volume. */
export function ebsEncryptedByDefault(config: TerraformConfigView): boolean {
  return config
    .ofType('aws_ebs_encryption_by_default')
    .some(
      (r) => r.values.enabled === undefined || isTrue(r.values.enabled) || isUnresolved(r.values.enabled),
    );
}

export const ebsVolumeEncryption: GuardRule = {
  id: 'GW-EC2-003',
  severity: 'error',
  title: 'EBS volume must be encrypted',
  why: 'An unencrypted volume, and every snapshot of it, can be read by anyone who gets the snapshot shared or copied.',
  fix: 'Set encrypted = true (and kms_key_id for a customer key), or enable aws_ebs_encryption_by_default.',
  checkov: ['CKV_AWS_3'],
  trivy: ['aws-ec2-enable-volume-encryption'],
  resourceTypes: ['aws_ebs_volume'],
  check(volume, config) {
    const encrypted = volume.values.encrypted;
    if (isTrue(encrypted) || isUnresolved(encrypted) || ebsEncryptedByDefault(config)) return [];
    return ['encrypted is not true'];
  },
};
