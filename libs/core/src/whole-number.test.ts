import { describeWholeNumber, isWholeNumberIn, requireWholeNumber, wholeNumberProblem } from './whole-number';

describe('whole numbers in a range', () => {
  it('accepts whole numbers inside the bounds only', () => {
    const range = { min: 1, max: 64 };
    expect([1, 2, 64].every((v) => isWholeNumberIn(v, range))).toBe(true);
    expect([0, 65, 1.5, NaN, Infinity, '2', undefined].some((v) => isWholeNumberIn(v, range))).toBe(false);
    expect(isWholeNumberIn(10 ** 9, { min: 1 })).toBe(true);
  });

  it('accepts the special value beside the range', () => {
    const range = { min: 7, max: 30, or: { value: 0, meaning: 'to delete without recovery' } };
    expect(isWholeNumberIn(0, range)).toBe(true);
    expect(isWholeNumberIn(3, range)).toBe(false);
  });

  it('says what is expected in one wording', () => {
    expect(describeWholeNumber({ min: 2, max: 6 })).toBe('a whole number from 2 to 6');
    expect(describeWholeNumber({ min: 1 })).toBe('a whole number of at least 1');
    expect(describeWholeNumber({ min: 1, max: 3, or: { value: 0, meaning: 'to turn it off' } })).toBe(
      'a whole number from 1 to 3, or 0 to turn it off',
    );
  });

  it('words the problem for callers that collect problems instead of throwing', () => {
    expect(wholeNumberProblem('tiers.public.prefixLength', 29, { min: 16, max: 28 })).toBe(
      'tiers.public.prefixLength must be a whole number from 16 to 28, got 29',
    );
    expect(wholeNumberProblem('azCount', 3, { min: 2, max: 6 })).toBeUndefined();
  });

  it('returns the value, or throws naming where, the field, the range and the value', () => {
    expect(requireWholeNumber('Vpc net', 'azCount', 3, { min: 2, max: 6 })).toBe(3);
    expect(() => requireWholeNumber('Vpc net', 'azCount', 9, { min: 2, max: 6 })).toThrow(
      new Error('Vpc net: azCount must be a whole number from 2 to 6, got 9'),
    );
  });
});
