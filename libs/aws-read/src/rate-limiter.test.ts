import { RateLimiter } from './rate-limiter';

/** A clock that only moves when the limiter sleeps. */
function fakeClock() {
  let now = 0;
  const sends: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
    sends,
    send: () => sends.push(now),
  };
}

describe('RateLimiter', () => {
  it('spaces requests so that no second holds more than the rate, in the order they asked', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ perSecond: 2, now: clock.now, sleep: clock.sleep });
    for (let i = 0; i < 5; i++) {
      await limiter.acquire();
      clock.send();
    }
    expect(clock.sends).toEqual([0, 500, 1000, 1500, 2000]);
    for (const t of clock.sends)
      expect(clock.sends.filter((s) => s >= t && s < t + 1000).length).toBeLessThanOrEqual(2);
  });

  it('does not wait when requests are already far enough apart', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const limiter = new RateLimiter({
      perSecond: 2,
      now: () => now,
      sleep: async (ms) => void sleeps.push(ms),
    });
    await limiter.acquire();
    now = 700;
    await limiter.acquire();
    expect(sleeps).toEqual([]);
  });

  it('refuses a rate that is not positive', () => {
    expect(() => new RateLimiter({ perSecond: 0 })).toThrow('perSecond must be above 0, got 0');
  });
});
