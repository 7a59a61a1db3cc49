import { asList, blocks, isRecord } from './json-value';

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ a: 1 })).toBe(true);
    expect(isRecord(null)).toBe(false);
    expect(isRecord([])).toBe(false);
    expect(isRecord('x')).toBe(false);
    expect(isRecord(undefined)).toBe(false);
  });

  it('reads one value or a list as a list, and absent as empty', () => {
    expect(asList(undefined)).toEqual([]);
    expect(asList(null)).toEqual([]);
    expect(asList('a')).toEqual(['a']);
    expect(asList(['a', 'b'])).toEqual(['a', 'b']);
    expect(asList(0)).toEqual([0]);
  });

  it('reads a nested block written as an object or a list, keeping only objects', () => {
    expect(blocks({ a: 1 })).toEqual([{ a: 1 }]);
    expect(blocks([{ a: 1 }, 'x', null, [], { b: 2 }])).toEqual([{ a: 1 }, { b: 2 }]);
    expect(blocks('${var.x}')).toEqual([]);
    expect(blocks(undefined)).toEqual([]);
  });
});
