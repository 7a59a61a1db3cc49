import { RuleFixtures, tf } from '../../testing/rule-fixtures';

const group = (extra: Record<string, unknown>) => ({
  aws_cloudwatch_log_group: { g: { name: '/app/orders', ...extra } },
});

export const LOGS_FIXTURES: Record<string, RuleFixtures> = {
  'GW-LOG-001': {
    passes: [
      { name: 'a referenced key', json: tf(group({ kms_key_id: '${aws_kms_key.logs.arn}' })) },
      { name: 'a key ARN', json: tf(group({ kms_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/abc' })) },
    ],
    fails: [
      { name: 'no key', json: tf(group({ retention_in_days: 365 })), at: 'aws_cloudwatch_log_group.g' },
    ],
  },
  'GW-LOG-002': {
    passes: [
      { name: 'a year', json: tf(group({ retention_in_days: 365 })) },
      { name: 'ten years', json: tf(group({ retention_in_days: 3653 })) },
      { name: 'never expire (unset)', json: tf(group({})) },
      { name: 'never expire (0)', json: tf(group({ retention_in_days: 0 })) },
    ],
    fails: [
      { name: 'a week', json: tf(group({ retention_in_days: 7 })), at: 'aws_cloudwatch_log_group.g' },
      {
        name: 'a value CloudWatch Logs rejects',
        json: tf(group({ retention_in_days: 366 })),
        at: 'aws_cloudwatch_log_group.g',
      },
    ],
    undecided: [
      {
        name: 'computed',
        json: tf(group({ retention_in_days: '${var.days}' })),
        at: 'aws_cloudwatch_log_group.g',
      },
    ],
  },
};
