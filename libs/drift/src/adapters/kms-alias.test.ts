import { configItem, engineFor } from '../fixtures/harness';
import { pathsMissingFromInventory } from '../fixtures/property-inventory';

const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
const otherKey = '0987dcba-09fe-87dc-65ba-ab0987654321';
const alias = { AliasName: 'alias/groundwork-shared', TargetKeyId: keyId };
const item = (c: Record<string, unknown>) =>
  configItem('AWS::KMS::Alias', 'alias/groundwork-shared', c, {
    ARN: 'arn:aws:kms:eu-west-1:111122223333:alias/groundwork-shared',
  });

describe('AWS::KMS::Alias adapter', () => {
  const engine = engineFor({
    sec: {
      resources: {
        aws_kms_key: { key: { description: 'shared' } },
        aws_kms_alias: {
          alias: { name: 'alias/groundwork-shared', target_key_id: '${aws_kms_key.key.key_id}' },
        },
      },
      state: {
        'aws_kms_key.key': {
          id: keyId,
          key_id: keyId,
          arn: `arn:aws:kms:eu-west-1:111122223333:key/${keyId}`,
        },
        'aws_kms_alias.alias': { id: 'alias/groundwork-shared', name: 'alias/groundwork-shared' },
      },
    },
  });

  it('builds on an item that uses the field inventory’s names', () => {
    expect(pathsMissingFromInventory('AWS::KMS::Alias', alias)).toEqual([]);
  });

  it('is IN_SYNC, and reports the alias pointed at another key', () => {
    expect(engine.checkItem(item(alias))).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_kms_alias.alias',
    });
    expect(engine.checkItem(item({ ...alias, TargetKeyId: otherKey })).differences).toEqual([
      { path: 'target_key_id', expected: keyId, actual: otherKey, type: 'NOT_EQUAL' },
    ]);
  });

  it('never calls the alias of an AWS managed key unmanaged', () => {
    const managed = configItem('AWS::KMS::Alias', 'alias/aws/s3', {
      AliasName: 'alias/aws/s3',
      TargetKeyId: otherKey,
    });
    expect(engineFor({ sec: { resources: {} } }).checkItem(managed).reason).toMatch(/AWS managed key/);
  });
});
