import { configItem, engineFor } from '../fixtures/harness';

describe('AWS::KMS::Key adapter', () => {
  it('reports key rotation disabled and a key scheduled for deletion; AWS managed keys are defaults', () => {
    const engine = engineFor({
      sec: {
        resources: { aws_kms_key: { k: { description: 'data', enable_key_rotation: true } } },
        state: { 'aws_kms_key.k': { id: 'k-1', key_id: 'k-1' } },
      },
    });
    const item = configItem(
      'AWS::KMS::Key',
      'k-1',
      { keyId: 'k-1', description: 'data', keyState: 'PendingDeletion', keyManager: 'CUSTOMER' },
      { supplementaryConfiguration: { KeyRotationStatus: false } },
    );
    expect(engine.checkItem(item).differences.map((d) => d.path)).toEqual([
      'enable_key_rotation',
      'key_state',
    ]);
    expect(
      engineFor({ sec: { resources: {} } }).checkItem(
        configItem('AWS::KMS::Key', 'k-2', { keyManager: 'AWS' }),
      ).reason,
    ).toMatch(/AWS managed key/);
  });

  it('is IN_SYNC on an enabled key whose state Config writes as "Enabled"', () => {
    const engine = engineFor({
      sec: {
        resources: { aws_kms_key: { k: { description: 'data', enable_key_rotation: true } } },
        state: { 'aws_kms_key.k': { id: 'k-1', key_id: 'k-1' } },
      },
    });
    const item = configItem(
      'AWS::KMS::Key',
      'k-1',
      { keyId: 'k-1', description: 'data', keyState: 'Enabled', enabled: true, keyManager: 'CUSTOMER' },
      { supplementaryConfiguration: { KeyRotationStatus: true } },
    );
    expect(engine.checkItem(item)).toMatchObject({ status: 'IN_SYNC', differences: [] });
  });
});
