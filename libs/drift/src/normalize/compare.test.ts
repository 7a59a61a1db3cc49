import { canonicalJson } from './canonical';
import { compareDocuments, plain, plainKey } from './compare';
import { NormMap, NormMatch, NormSet, NormWhole, UNKNOWN } from './norm-values';
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

describe('set elements', () => {
  it('are keyed as the canonical JSON of their plain form', () => {
    const values: unknown[] = [
      1,
      '1',
      null,
      undefined,
      UNKNOWN,
      true,
      { b: 1, a: [2, undefined, UNKNOWN], c: undefined, d: UNKNOWN },
      { protocol: 'tcp', from_port: 443, to_port: 443, peer: '10.0.0.0/8' },
      new NormSet([{ z: 1, y: new NormMatch('m', () => true) }, 'x']),
      new NormMap({ Name: 'a', Gone: UNKNOWN, Doc: new NormWhole({ b: 1, a: 2 }) }),
      new NormWhole(undefined),
      [new NormWhole('w'), { k: new NormWhole(undefined), j: 0 }],
    ];
    for (const v of values) expect(plainKey(v)).toBe(canonicalJson(plain(v)));
  });

  it('match whatever their order, and differ by value and type', () => {
    const rule = (peer: string, port: unknown) => ({ protocol: 'tcp', from_port: port, peer });
    const expected = { ingress: new NormSet([rule('a', 443), rule('b', 80)]) };
    expect(compareDocuments(expected, { ingress: new NormSet([rule('b', 80), rule('a', 443)]) })).toEqual([]);
    expect(compareDocuments(expected, { ingress: new NormSet([rule('a', 443), rule('b', '80')]) })).toEqual([
      { path: 'ingress', expected: rule('b', 80), actual: undefined, type: 'REMOVE' },
      { path: 'ingress', expected: undefined, actual: rule('b', '80'), type: 'ADD' },
    ]);
    expect(
      compareDocuments(expected, { ingress: new NormSet([rule('a', 443), rule('b', 80), rule('b', 80)]) }),
    ).toEqual([]);
  });
});
