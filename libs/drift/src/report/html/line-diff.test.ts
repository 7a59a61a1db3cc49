import { alignLines, foldUnchanged } from './line-diff';

const lines = (text: string) => text.split('\n');

describe('alignLines', () => {
  it('lines both sides share face each other; a changed line faces its replacement', () => {
    expect(alignLines(lines('{\n  "a": 1,\n  "b": 2\n}'), lines('{\n  "a": 1,\n  "b": 3\n}'))).toEqual([
      { kind: 'same', left: '{', right: '{' },
      { kind: 'same', left: '  "a": 1,', right: '  "a": 1,' },
      { kind: 'changed', left: '  "b": 2', right: '  "b": 3' },
      { kind: 'same', left: '}', right: '}' },
    ]);
  });

  it('shows a line added live and one missing live on their own side', () => {
    expect(alignLines(['a', 'b', 'c'], ['a', 'c', 'd'])).toEqual([
      { kind: 'same', left: 'a', right: 'a' },
      { kind: 'removed', left: 'b' },
      { kind: 'same', left: 'c', right: 'c' },
      { kind: 'added', right: 'd' },
    ]);
  });

  it('finds the common lines of a policy whose statement moved', () => {
    const expected = ['[', '  "s3:GetObject",', '  "s3:ListBucket"', ']'];
    const actual = ['[', '  "iam:PassRole",', '  "s3:GetObject",', '  "s3:ListBucket"', ']'];
    const rows = alignLines(expected, actual);
    expect(rows.filter((r) => r.kind === 'same')).toHaveLength(4);
    expect(rows.filter((r) => r.kind !== 'same')).toEqual([{ kind: 'added', right: '  "iam:PassRole",' }]);
  });

  it('keeps every line of both sides, in order', () => {
    const left = Array.from({ length: 60 }, (_, i) => `line ${i % 7}`);
    const right = Array.from({ length: 45 }, (_, i) => `line ${i % 5}`);
    const rows = alignLines(left, right);
    expect(rows.flatMap((r) => ('left' in r ? [r.left] : []))).toEqual(left);
    expect(rows.flatMap((r) => ('right' in r ? [r.right] : []))).toEqual(right);
  });

  it('past 2,000 × 2,000 lines keeps the common head and tail and shows the middle as removed then added', () => {
    const left = ['head', ...Array.from({ length: 2100 }, (_, i) => `l${i}`), 'tail'];
    const right = ['head', ...Array.from({ length: 2100 }, (_, i) => `r${i}`), 'tail'];
    const rows = alignLines(left, right);
    expect(rows[0]).toEqual({ kind: 'same', left: 'head', right: 'head' });
    expect(rows[rows.length - 1]).toEqual({ kind: 'same', left: 'tail', right: 'tail' });
    expect(rows.filter((r) => r.kind === 'changed')).toHaveLength(2100);
  });
});

describe('foldUnchanged', () => {
  it('folds a long unchanged run, keeping three lines of context next to each change', () => {
    const left = Array.from({ length: 20 }, (_, i) => `l${i}`);
    const right = [...left];
    right[15] = 'changed';
    const rows = foldUnchanged(alignLines(left, right));
    expect(rows.map((r) => r.kind)).toEqual([
      'fold',
      'same',
      'same',
      'same',
      'changed',
      'same',
      'same',
      'same',
      'same',
    ]);
    expect(rows[0]).toEqual({ kind: 'fold', count: 12 });
  });

  it('folds nothing when nothing changed', () => {
    const same = alignLines(['a', 'b'], ['a', 'b']);
    expect(foldUnchanged(same)).toEqual(same);
  });
});
