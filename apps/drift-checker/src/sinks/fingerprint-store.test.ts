import { fingerprintOf } from './drift-alert';
import { InMemoryFingerprintStore } from './fingerprint-store';

describe('InMemoryFingerprintStore', () => {
  it('remembers within the window and forgets after it', () => {
    const store = new InMemoryFingerprintStore(1000);
    store.remember('a', 0);
    expect(store.seen('a', 999)).toBe(true);
    expect(store.seen('a', 1000)).toBe(false);
    expect(store.seen('b', 1)).toBe(false);
  });

  it('drops the oldest entries beyond its bound', () => {
    const store = new InMemoryFingerprintStore(10_000, 2);
    store.remember('a', 1);
    store.remember('b', 2);
    store.remember('c', 3);
    expect(store.size).toBe(2);
    expect(store.seen('a', 4)).toBe(false);
    expect(store.seen('c', 4)).toBe(true);
  });
});

describe('fingerprintOf', () => {
  const d1 = { path: 'a', expected: { x: 1, y: 2 }, actual: 2, type: 'NOT_EQUAL' as const };
  const d2 = { path: 'b', expected: 1, actual: undefined, type: 'REMOVE' as const };
  it('ignores the order of differences and of object keys', () => {
    expect(fingerprintOf('T', 'id', 'MODIFIED', [d1, d2])).toBe(
      fingerprintOf('T', 'id', 'MODIFIED', [
        d2,
        { type: 'NOT_EQUAL', actual: 2, expected: { y: 2, x: 1 }, path: 'a' },
      ]),
    );
  });
  it('changes with the resource, the status or a value', () => {
    const fp = fingerprintOf('T', 'id', 'MODIFIED', [d1]);
    expect(fingerprintOf('T', 'id2', 'MODIFIED', [d1])).not.toBe(fp);
    expect(fingerprintOf('T', 'id', 'DELETED', [d1])).not.toBe(fp);
    expect(fingerprintOf('T', 'id', 'MODIFIED', [{ ...d1, actual: 3 }])).not.toBe(fp);
  });
});
