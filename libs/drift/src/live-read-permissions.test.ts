import { ADAPTERS } from './adapters/registry';
import { CLOUD_CONTROL_READ_PERMISSIONS, DIRECT_READ_PERMISSIONS } from './live-read-permissions';

describe('the read permissions of the types beside AWS Config', () => {
  it('name every Cloud Control and direct type an adapter compares, and no other', () => {
    const of = (source: string) =>
      ADAPTERS.filter((a) => a.source === source)
        .map((a) => a.configType)
        .sort();
    expect(Object.keys(CLOUD_CONTROL_READ_PERMISSIONS).sort()).toEqual(of('cloudcontrol'));
    expect(Object.keys(DIRECT_READ_PERMISSIONS).sort()).toEqual(of('direct'));
  });

  it('are read actions only (Describe, Get, List)', () => {
    const actions = [
      ...Object.values(CLOUD_CONTROL_READ_PERMISSIONS),
      ...Object.values(DIRECT_READ_PERMISSIONS),
    ].flatMap((p) => p.actions);
    for (const action of actions) expect(action).toMatch(/^[a-z0-9-]+:(Describe|Get|List)[A-Za-z]+$/);
  });
});
