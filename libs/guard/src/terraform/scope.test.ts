import { Expression } from './expression';
import { hclLiteral, hclStructure } from './hcl-literal';
import { Locals, readValue, withSymbol } from './scope';

const locals = new Locals(
  new Map<string, unknown>([
    ['name', 'acme'],
    ['ports', [22, 443]],
    ['computed', '${var.x}'],
    ['loop', '${local.loop}'],
  ]),
);
const root = { symbols: new Map(), locals };

describe('readValue', () => {
  it('keeps literal values, decoding template escapes', () => {
    expect(readValue({ a: ['x', 1, true, null], b: '$${aws:username}' }, root)).toEqual({
      a: ['x', 1, true, null],
      b: '${aws:username}',
    });
  });

  it('puts in literal locals and literal expressions, keeping the value type of a whole interpolation', () => {
    expect(readValue('${local.name}-logs', root)).toBe('acme-logs');
    expect(readValue('${local.ports}', root)).toEqual([22, 443]);
    expect(readValue('${local.ports[1]}', root)).toBe(443);
    expect(readValue('${22}', root)).toBe(22);
    expect(readValue('${toset(["a", "a", "b"])}', root)).toEqual(['a', 'b']);
  });

  it('leaves what Terraform computes as an expression', () => {
    for (const t of [
      '${var.x}',
      '${local.computed}',
      '${local.loop}',
      '${upper("a")}',
      'x-${aws_vpc.a.id}',
    ]) {
      expect(readValue(t, root)).toEqual(new Expression(t));
    }
  });

  it('puts in iteration symbols, also inside references, and keeps unknown ones', () => {
    const scope = withSymbol(withSymbol(root, 'each', { key: 'a', value: { port: 22 } }), 'count', undefined);
    expect(readValue('${each.value.port}', scope)).toBe(22);
    expect(readValue('${each.value["port"]}-${each.key}', scope)).toBe('22-a');
    expect(readValue('${aws_s3_bucket.b[each.key].id}', scope)).toEqual(
      new Expression('${aws_s3_bucket.b["a"].id}'),
    );
    expect(readValue('${count.index}', scope)).toEqual(new Expression('${count.index}'));
  });
});

describe('hclStructure', () => {
  it('writes out objects, tuples and literals and keeps every other part as template text', () => {
    expect(
      hclStructure(`{
        Version = "2012-10-17" # a comment
        Statement = [{
          Effect   = "Allow"
          Resource = [aws_s3_bucket.b.arn, "\${aws_s3_bucket.b.arn}/*"]
          Count    = 1 + var.n
          "a:b"    = { x = true }
        }]
      }`),
    ).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Resource: ['${aws_s3_bucket.b.arn}', '${aws_s3_bucket.b.arn}/*'],
          Count: '${1 + var.n}',
          'a:b': { x: true },
        },
      ],
    });
    expect(hclStructure('local.policy')).toEqual('${local.policy}');
    expect(hclStructure('{ for k, v in var.m : k => v }')).toEqual('${{ for k, v in var.m : k => v }}');
    expect(hclStructure('"a\\"b"')).toEqual('a"b');
  });
});

describe('hclLiteral', () => {
  it('reads literal values and nothing else', () => {
    expect(hclLiteral('{ a = 1, "b" = [true, null], c: "x" }')).toEqual({ a: 1, b: [true, null], c: 'x' });
    expect(hclLiteral('tolist(["a"])')).toEqual(['a']);
    expect(hclLiteral('"${x}"')).toBeUndefined();
    expect(hclLiteral('var.x')).toBeUndefined();
    expect(hclLiteral('1 + 2')).toBeUndefined();
  });
});
