import { GuardRule, TerraformConfigView } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed, undecided } from '../../values';

/** true when an account-level `aws_ebs_encryption_by_default` is on, the expression when one computes it. */
export function ebsEncryptedByDefault(config: TerraformConfigView): boolean | Expression {
  let computedBy: Expression | undefined;
  for (const r of config.ofType('aws_ebs_encryption_by_default')) {
    const enabled = r.body.bool('enabled');
    if (enabled === undefined || enabled === true) return true;
    if (enabled instanceof Expression) computedBy ??= enabled;
  }
  return computedBy ?? false;
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
    const byDefault = ebsEncryptedByDefault(config);
    const encrypted = volume.body.bool('encrypted');
    if (encrypted === true || byDefault === true) return [];
    if (encrypted instanceof Expression)
      return [computed('encrypted', encrypted, 'whether the volume is encrypted')];
    if (encrypted === undefined && volume.body.has('snapshot_id')) {
      return [
        undecided(
          'the volume is restored from a snapshot without encrypted = true: encrypted only if the snapshot is',
        ),
      ];
    }
    if (byDefault instanceof Expression) {
      return [
        computed('aws_ebs_encryption_by_default.enabled', byDefault, 'whether new volumes are encrypted'),
      ];
    }
    return ['encrypted is not true'];
  },
};
