import { RuleFixtures, tf } from '../../testing/rule-fixtures';

export const SECRETS_MANAGER_FIXTURES: Record<string, RuleFixtures> = {
  'GW-SM-001': {
    passes: [
      {
        name: 'a rotation',
        json: tf({
          aws_secretsmanager_secret: { s: { name: 'db' } },
          aws_secretsmanager_secret_rotation: {
            r: {
              secret_id: '${aws_secretsmanager_secret.s.id}',
              rotation_rules: { automatically_after_days: 30 },
            },
          },
        }),
      },
      {
        name: 'a rotation naming the secret by its name',
        json: tf({
          aws_secretsmanager_secret: { s: { name: 'db' } },
          aws_secretsmanager_secret_rotation: {
            r: { secret_id: 'db', rotation_rules: { automatically_after_days: 30 } },
          },
        }),
      },
    ],
    fails: [
      {
        name: 'no rotation',
        json: tf({ aws_secretsmanager_secret: { s: { name: 'db' } } }),
        at: 'aws_secretsmanager_secret.s',
      },
    ],
    undecided: [
      {
        name: 'a rotation of a secret given by a variable',
        json: tf({
          aws_secretsmanager_secret: { s: { name: 'db' } },
          aws_secretsmanager_secret_rotation: {
            r: { secret_id: '${var.secret_arn}', rotation_rules: { automatically_after_days: 30 } },
          },
        }),
        at: 'aws_secretsmanager_secret.s',
      },
    ],
  },
};
