import { mapLimited } from './map-limited';

describe('mapLimited', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimited([5, 1, 4, 2, 3], 2, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, n));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it('rejects with the first error once the started calls have settled, and starts no more', async () => {
    const started: number[] = [];
    let settled = 0;
    const run = mapLimited([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      await new Promise((r) => setTimeout(r, n === 1 ? 1 : 5));
      settled++;
      if (n === 1) throw new Error('one');
      return n;
    });
    await expect(run).rejects.toThrow('one');
    expect(settled).toBe(started.length);
    expect(started.length).toBeLessThan(6);
  });

  it('refuses a limit that is not a whole number of at least 1', async () => {
    await expect(mapLimited([1], 0, async (n) => n)).rejects.toThrow(
      'limit must be a whole number ≥ 1, got 0',
    );
  });
});
