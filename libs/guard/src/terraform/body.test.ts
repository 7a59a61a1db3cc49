import { Body } from './body';
import { Expression } from './expression';
import { Locals } from './scope';

const body = (raw: Record<string, unknown>) =>
  new Body(raw, { symbols: new Map(), locals: new Locals(new Map()) });

describe('Body', () => {
  it('reads typed arguments as Terraform converts them', () => {
    const b = body({ on: 'true', n: '35', s: 7, list: 'one', unset: null, e: '${var.x}' });
    expect([
      b.bool('on'),
      b.number('n'),
      b.string('s'),
      b.strings('list'),
      b.get('unset'),
      b.has('unset'),
    ]).toEqual([true, 35, '7', ['one'], undefined, false]);
    expect(b.bool('e')).toEqual(new Expression('${var.x}'));
  });

  it('reads True and False in another case as the booleans meant, not as computed values', () => {
    const b = body({ off: '${False}', on: '${ TRUE }', ref: '${var.False}' });
    expect([b.bool('off'), b.bool('on'), b.bool('ref')]).toEqual([
      false,
      true,
      new Expression('${var.False}'),
    ]);
  });

  it('reads nested blocks as objects, arrays of objects and list arguments', () => {
    expect(body({ rule: { a: 1 } }).blocks('rule')).toHaveLength(1);
    expect(
      body({ rule: [{ a: 1 }, { a: 2 }] })
        .blocks('rule')
        .map((r) => r.get('a')),
    ).toEqual([1, 2]);
    expect(body({ rule: [] }).blocks('rule')).toEqual([]);
  });

  it('expands dynamic blocks over a literal for_each, with a named iterator and nested dynamic blocks', () => {
    const b = body({
      ingress: { from_port: 80 },
      dynamic: [
        {
          ingress: {
            for_each: { ssh: 22, rdp: 3389 },
            iterator: 'rule',
            content: {
              from_port: '${rule.value}',
              description: '${rule.key}',
              dynamic: { tag: { for_each: ['a', 'b'], content: [{ key: '${rule.key}-${tag.value}' }] } },
            },
          },
        },
      ],
    });
    const ingress = b.blocks('ingress');
    expect(ingress.map((i) => [i.get('from_port'), i.get('description')])).toEqual([
      [80, undefined],
      [22, 'ssh'],
      [3389, 'rdp'],
    ]);
    expect(ingress[2].blocks('tag').map((t) => t.get('key'))).toEqual(['rdp-a', 'rdp-b']);
  });

  it('gives one block of unknown iterator values for a computed for_each, and none for null', () => {
    const computed = body({
      dynamic: {
        ingress: { for_each: '${var.rules}', content: { from_port: '${ingress.value.port}', to_port: 22 } },
      },
    }).blocks('ingress');
    expect(computed).toHaveLength(1);
    expect(computed[0].get('from_port')).toEqual(new Expression('${ingress.value.port}'));
    expect(computed[0].get('to_port')).toBe(22);
    expect(body({ dynamic: { ingress: { for_each: null, content: {} } } }).blocks('ingress')).toEqual([]);
  });

  it('reads a block list given by an expression as one block of that unknown value', () => {
    const [rule] = body({ ingress: '${var.rules}' }).blocks('ingress');
    expect(rule.get('cidr_blocks')).toEqual(new Expression('${var.rules}'));
    expect(rule.blocks('nested')).toHaveLength(1);
  });
});
