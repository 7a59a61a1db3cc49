import { SimulatedIds } from './simulated-ids';

describe('SimulatedIds.ipIn', () => {
  it('draws addresses inside the block, past the four AWS reserves at its start and before its last', () => {
    const ids = new SimulatedIds('ip');
    for (let i = 0; i < 200; i++) {
      const [a, b, c, d] = ids.ipIn('10.30.65.0/24').split('.').map(Number);
      expect([a, b, c]).toEqual([10, 30, 65]);
      expect(d).toBeGreaterThanOrEqual(4);
      expect(d).toBeLessThanOrEqual(254);
    }
    const [, , third] = ids.ipIn('10.20.16.0/20').split('.').map(Number);
    expect(third).toBeGreaterThanOrEqual(16);
    expect(third).toBeLessThan(32);
  });
});
