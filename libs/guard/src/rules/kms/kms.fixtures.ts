import { RuleFixtures, tf } from '../../testing/rule-fixtures';
import { publicPolicyFixtures } from '../factories/public-policy.fixtures';

const key = (extra: Record<string, unknown>) => ({ aws_kms_key: { k: { description: 'data', ...extra } } });

export const KMS_FIXTURES: Record<string, RuleFixtures> = {
  'GW-KMS-001': {
    passes: [
      { name: 'rotation on', json: tf(key({ enable_key_rotation: true })) },
      { name: 'a signing key (KMS cannot rotate it)', json: tf(key({ key_usage: 'SIGN_VERIFY' })) },
      {
        name: 'rotation on with a valid period',
        json: tf(key({ enable_key_rotation: true, rotation_period_in_days: 90 })),
      },
      {
        name: 'an asymmetric signing key (cannot rotate)',
        json: tf(key({ customer_master_key_spec: 'ECC_NIST_P256', key_usage: 'SIGN_VERIFY' })),
      },
      {
        name: 'an HMAC key (cannot rotate)',
        json: tf(key({ customer_master_key_spec: 'HMAC_256', key_usage: 'GENERATE_VERIFY_MAC' })),
      },
    ],
    fails: [
      { name: 'rotation unset (off)', json: tf(key({})), at: 'aws_kms_key.k' },
      {
        name: 'rotation off on a symmetric key',
        json: tf(key({ customer_master_key_spec: 'SYMMETRIC_DEFAULT', enable_key_rotation: false })),
        at: 'aws_kms_key.k',
      },
      {
        name: 'a period KMS rejects',
        json: tf(key({ enable_key_rotation: true, rotation_period_in_days: 30 })),
        at: 'aws_kms_key.k',
      },
    ],
    undecided: [
      {
        name: 'computed rotation',
        json: tf(key({ enable_key_rotation: '${var.rotate}' })),
        at: 'aws_kms_key.k',
      },
      {
        name: 'a computed key usage',
        json: tf(key({ key_usage: '${var.usage}' })),
        at: 'aws_kms_key.k',
      },
      {
        name: 'a computed key spec',
        json: tf(key({ customer_master_key_spec: '${var.spec}' })),
        at: 'aws_kms_key.k',
      },
    ],
  },
  'GW-KMS-002': withKeyPolicyCases(
    publicPolicyFixtures((policy) => key({ enable_key_rotation: true, policy }), 'aws_kms_key.k'),
  ),
};

/** KMS's own caller condition: a key policy admits "*" of one account with kms:CallerAccount. */
function withKeyPolicyCases(base: RuleFixtures): RuleFixtures {
  const policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'OneAccount',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'kms:*',
        Resource: '*',
        Condition: { StringEquals: { 'kms:CallerAccount': '111122223333' } },
      },
    ],
  });
  return {
    ...base,
    passes: [
      ...base.passes,
      { name: '"*" narrowed by kms:CallerAccount', json: tf(key({ enable_key_rotation: true, policy })) },
    ],
  };
}
