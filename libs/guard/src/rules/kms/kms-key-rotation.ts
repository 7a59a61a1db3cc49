import { GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed, requireTrue } from '../../values';

/** The rotation periods KMS accepts, in days. */
export const KMS_ROTATION_DAYS = { min: 90, max: 2560 } as const;

export const kmsKeyRotation: GuardRule = {
  id: 'GW-KMS-001',
  severity: 'error',
  title: 'KMS key must rotate automatically',
  why: 'A key that never rotates keeps encrypting new data with the same material for its whole life, so one leak of it exposes everything it ever protected.',
  fix: `Set enable_key_rotation = true (and rotation_period_in_days between ${KMS_ROTATION_DAYS.min} and ${KMS_ROTATION_DAYS.max}, default 365).`,
  checkov: ['CKV_AWS_7'],
  trivy: ['aws-kms-auto-rotate-keys'],
  differences: [
    'Keys that KMS cannot rotate (asymmetric and HMAC keys, by key spec or by a signing or MAC key_usage, keys with imported material) are exempt; checkov still checks HMAC keys.',
    `A rotation period KMS rejects (outside ${KMS_ROTATION_DAYS.min}-${KMS_ROTATION_DAYS.max} days) is reported; checkov does not look at it.`,
  ],
  resourceTypes: ['aws_kms_key'],
  check(key) {
    const spec = key.body.string('customer_master_key_spec');
    if (spec instanceof Expression)
      return [computed('customer_master_key_spec', spec, 'whether the key can rotate')];
    if (spec !== undefined && spec !== 'SYMMETRIC_DEFAULT') return [];
    // Signing (SIGN_VERIFY) and MAC (GENERATE_VERIFY_MAC) keys are asymmetric or HMAC keys, whatever the spec says.
    const usage = key.body.string('key_usage');
    if (usage instanceof Expression) return [computed('key_usage', usage, 'whether the key can rotate')];
    if (usage !== undefined && usage !== 'ENCRYPT_DECRYPT') return [];
    const results = requireTrue(key.body, 'enable_key_rotation');
    const period = key.body.number('rotation_period_in_days');
    if (
      typeof period === 'number' &&
      (!Number.isInteger(period) || period < KMS_ROTATION_DAYS.min || period > KMS_ROTATION_DAYS.max)
    ) {
      results.push(
        `rotation_period_in_days ${period} is not one KMS accepts (a whole number of days from ${KMS_ROTATION_DAYS.min} to ${KMS_ROTATION_DAYS.max})`,
      );
    }
    return results;
  },
};
