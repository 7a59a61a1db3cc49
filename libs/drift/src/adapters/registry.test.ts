import { ADAPTED_RESOURCE_TYPES, ADAPTERS, FALLBACK_ADAPTERS } from './registry';

describe('the adapter registry', () => {
  it('has one adapter per (source, live type): the engine looks them up that way', () => {
    const keys = ADAPTERS.map((a) => `${a.source ?? 'config'} ${a.configType}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('gives every Terraform type, created or folded, to one preferred adapter only', () => {
    const types = ADAPTERS.filter((a) => !a.fallback).flatMap((a) => [
      ...a.terraformTypes,
      ...a.folds.map((f) => f.type),
    ]);
    expect(types.filter((t, i) => types.indexOf(t) !== i)).toEqual([]);
  });

  it('makes each fallback another source of the same resource: its types, folds, keys and scope', () => {
    expect(FALLBACK_ADAPTERS.length).toBeGreaterThan(0);
    for (const { adapter, preferred } of FALLBACK_ADAPTERS) {
      expect(adapter.source).not.toBe(preferred.source ?? 'config');
      expect(adapter.terraformTypes).toEqual(preferred.terraformTypes);
      expect(adapter.folds).toEqual(preferred.folds);
      expect(adapter.global === true).toBe(preferred.global === true);
    }
  });

  it('lists only AWS Config types as the types to ask AWS Config for', () => {
    const config = ADAPTERS.filter((a) => (a.source ?? 'config') === 'config').map((a) => a.configType);
    expect(ADAPTED_RESOURCE_TYPES).toEqual(config);
  });

  it('marks IAM types global: AWS Config records them once per account, with awsRegion "global"', () => {
    const iam = ADAPTERS.filter((a) => a.configType.startsWith('AWS::IAM::'));
    expect(iam.length).toBeGreaterThan(0);
    expect(iam.filter((a) => a.global !== true).map((a) => a.configType)).toEqual([]);
  });
});
