import { RuleFixtures, tf } from '../../testing/rule-fixtures';
import { publicPolicyFixtures } from '../factories/public-policy.fixtures';

export const SNS_FIXTURES: Record<string, RuleFixtures> = {
  'GW-SNS-001': {
    passes: [
      { name: 'a KMS key', json: tf({ aws_sns_topic: { t: { kms_master_key_id: 'alias/aws/sns' } } }) },
      {
        name: 'a referenced key',
        json: tf({ aws_sns_topic: { t: { kms_master_key_id: '${aws_kms_key.k.arn}' } } }),
      },
    ],
    fails: [
      { name: 'no key', json: tf({ aws_sns_topic: { t: { name: 'alerts' } } }), at: 'aws_sns_topic.t' },
      {
        name: 'an empty key',
        json: tf({ aws_sns_topic: { t: { kms_master_key_id: '' } } }),
        at: 'aws_sns_topic.t',
      },
    ],
  },
  'GW-SNS-002': publicPolicyFixtures(
    (policy) => ({
      aws_sns_topic: { t: { name: 'alerts' } },
      aws_sns_topic_policy: { p: { arn: '${aws_sns_topic.t.arn}', policy } },
    }),
    'aws_sns_topic_policy.p',
  ),
};
