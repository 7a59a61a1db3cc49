import { configItem, engineFor } from '../fixtures/harness';

describe('AWS::SecretsManager::Secret adapter', () => {
  it('reports rotation turned off on a secret', () => {
    const arn = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCd';
    const engine = engineFor({
      db: {
        resources: {
          aws_secretsmanager_secret: { s: { name: 'db', kms_key_id: 'k-1' } },
          aws_secretsmanager_secret_rotation: {
            r: {
              secret_id: '${aws_secretsmanager_secret.s.id}',
              rotation_lambda_arn: 'arn:fn',
              rotation_rules: { automatically_after_days: 30 },
            },
          },
        },
        state: { 'aws_secretsmanager_secret.s': { id: arn, arn } },
      },
    });
    const item = configItem(
      'AWS::SecretsManager::Secret',
      arn,
      {
        ARN: arn,
        Name: 'db',
        KMSKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k-1',
        RotationEnabled: false,
      },
      { ARN: arn },
    );
    expect(engine.checkItem(item).differences.map((d) => d.path)).toEqual([
      'rotation.enabled',
      'rotation.lambda_arn',
      'rotation.automatically_after_days',
    ]);
  });

  it('leaves the secret RDS owns for a managed master password out of UNMANAGED', () => {
    const arn = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:rds!db-1-AbCd';
    const item = configItem(
      'AWS::SecretsManager::Secret',
      arn,
      { Name: 'rds!db-1' },
      { tags: { 'aws:secretsmanager:owningService': 'rds' } },
    );
    expect(engineFor({ db: { resources: {} } }).checkItem(item)).toMatchObject({
      status: 'NOT_CHECKED',
      reason: 'not managed directly: owned by the rds service',
    });
    expect(engineFor({ db: { resources: {} } }).check([item]).resources).toEqual([]);
  });
});
