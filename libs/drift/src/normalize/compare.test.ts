import { compareDocuments } from './compare';
import { NormMap, NormSet, UNKNOWN } from './norm-values';
import { enumValue, scalarsEqual } from './scalars';
import { actualTags, expectedTags, withoutAwsTags } from './tags';

describe('compareDocuments', () => {
  it('compares only what the expected side sets', () => {
    expect(compareDocuments({ a: 1 }, { a: 1, b: 2, c: { d: 3 } })).toEqual([]);
    expect(compareDocuments({ c: { d: 3 } }, { c: { d: 4, e: 5 } })).toEqual([
      { path: 'c.d', expected: 3, actual: 4, type: 'NOT_EQUAL' },
    ]);
  });

  it('skips unknown values on either side (unresolvable references, fields the item does not record)', () => {
    expect(compareDocuments({ a: UNKNOWN, b: 'x' }, { a: 'anything', b: UNKNOWN })).toEqual([]);
    expect(compareDocuments({ s: new NormSet(['a', UNKNOWN]) }, { s: new NormSet(['b']) })).toEqual([]);
  });

  it('coerces numbers and booleans that arrive as strings, and floats from select', () => {
    expect(compareDocuments({ n: 60, b: true, f: false }, { n: '60', b: 'true', f: 'false' })).toEqual([]);
    expect(compareDocuments({ n: 60 }, { n: 60.0 })).toEqual([]);
    expect(scalarsEqual(60, '61')).toBe(false);
    expect(scalarsEqual(true, 'false')).toBe(false);
  });

  it('treats absent, null and empty values as one', () => {
    expect(compareDocuments({ a: false, b: '', c: [], d: 0 }, { a: null, c: null })).toEqual([]);
    expect(compareDocuments({ a: true }, {})).toEqual([
      { path: 'a', expected: true, actual: null, type: 'REMOVE' },
    ]);
  });

  it('compares sets as sets: order is ignored, extra live elements are ADD only when exclusive', () => {
    expect(compareDocuments({ s: new NormSet(['a', 'b']) }, { s: new NormSet(['b', 'a']) })).toEqual([]);
    expect(compareDocuments({ s: new NormSet(['a']) }, { s: new NormSet(['a', 'b']) })).toEqual([
      { path: 's', expected: undefined, actual: 'b', type: 'ADD' },
    ]);
    expect(compareDocuments({ s: new NormSet(['a'], false) }, { s: new NormSet(['a', 'b']) })).toEqual([]);
    expect(compareDocuments({ s: new NormSet(['a', 'c'], false) }, { s: new NormSet(['a']) })).toEqual([
      { path: 's', expected: 'c', actual: undefined, type: 'REMOVE' },
    ]);
  });

  it('compares maps key by key with dotted paths', () => {
    expect(
      compareDocuments(
        { tags: new NormMap({ Env: 'prod' }) },
        { tags: new NormMap({ Env: 'dev', Owner: 'x' }) },
      ),
    ).toEqual([
      { path: 'tags.Env', expected: 'prod', actual: 'dev', type: 'NOT_EQUAL' },
      { path: 'tags.Owner', expected: undefined, actual: 'x', type: 'ADD' },
    ]);
  });

  it('compares ordered lists element by element', () => {
    expect(compareDocuments({ l: [{ type: 'forward' }] }, { l: [{ type: 'forward', extra: 1 }] })).toEqual(
      [],
    );
    expect(compareDocuments({ l: [{ type: 'forward' }] }, { l: [{ type: 'redirect' }] })).toEqual([
      { path: 'l[0].type', expected: 'forward', actual: 'redirect', type: 'NOT_EQUAL' },
    ]);
  });
});

describe('enum, tag normalization', () => {
  it('normalizes enum case and separators', () => {
    expect(enumValue('HTTP_301')).toBe(enumValue('http-301'));
    expect(enumValue('Enabled')).toBe('enabled');
  });

  it('ignores aws: tags and merges default_tags under the resource tags', () => {
    expect(withoutAwsTags({ 'aws:cloudformation:stack-name': 's', Name: 'n' })).toEqual({ Name: 'n' });
    expect(
      expectedTags({ Name: 'web', Env: 'override' }, { Env: 'prod', Team: 'platform' })?.entries,
    ).toEqual({ Env: 'override', Team: 'platform', Name: 'web' });
    expect(expectedTags(undefined, {})).toBeUndefined();
    expect(
      compareDocuments(
        { tags: expectedTags({ Name: 'a' }, { Env: 'p' }) },
        { tags: actualTags({ Name: 'a', Env: 'p', 'aws:autoscaling:groupName': 'g' }) },
      ),
    ).toEqual([]);
  });
});
