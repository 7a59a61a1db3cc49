import { ADAPTED_RESOURCE_TYPES, ADAPTERS, FALLBACK_ADAPTERS } from '@groundwork/drift';
import { adaptedTargets, placeOf, regionToRead } from './read-target';
import { DIRECT_READERS } from './sources/direct/direct-readers';

describe('what each source reads', () => {
  it('comes from the adapters registered with it: every adapted type is read by exactly its source', () => {
    const all = [...adaptedTargets('config'), ...adaptedTargets('cloudcontrol'), ...adaptedTargets('direct')];
    const preferred = ADAPTERS.filter((a) => !a.fallback);
    expect(all).toHaveLength(preferred.length);
    expect(adaptedTargets('config').map((t) => t.resourceType)).toEqual(ADAPTED_RESOURCE_TYPES);
    for (const adapter of preferred)
      expect(adaptedTargets(adapter.source ?? 'config')).toContainEqual({
        resourceType: adapter.configType,
        global: adapter.global === true,
      });
  });

  it('leaves out fallbacks: they are read only where the preferred source does not record their type', () => {
    for (const { adapter } of FALLBACK_ADAPTERS)
      expect(adaptedTargets(adapter.source ?? 'config').map((t) => t.resourceType)).not.toContain(
        adapter.configType,
      );
  });

  it('has a direct read for every type an adapter compares through direct reads', () => {
    for (const target of adaptedTargets('direct'))
      expect(Object.keys(DIRECT_READERS)).toContain(target.resourceType);
  });

  it('reads Organizations in us-east-1, everything else in the region read; global types are inventoried as global', () => {
    expect(regionToRead('AWS::Organizations::Policy', 'eu-west-1')).toBe('us-east-1');
    expect(regionToRead('AWS::Logs::LogGroup', 'eu-west-1')).toBe('eu-west-1');
    expect(regionToRead('AWS::CloudFront::OriginAccessControl', 'eu-west-1')).toBe('eu-west-1');
    expect(placeOf({ resourceType: 'AWS::CloudFront::OriginAccessControl', global: true }, 'eu-west-1')).toBe(
      'global',
    );
    expect(placeOf({ resourceType: 'AWS::Logs::LogGroup', global: false }, 'eu-west-1')).toBe('eu-west-1');
  });
});
