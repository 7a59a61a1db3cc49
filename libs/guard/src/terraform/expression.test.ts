import { Expression } from './expression';

describe('Expression', () => {
  it('names the declared objects it refers to, with instance and attributes', () => {
    const e = new Expression(
      '${aws_s3_bucket.logs[0].arn}/${data.aws_iam_policy_document.p.json} ${var.x} ${local.y} ${module.m.out} ${each.key} ${aws_vpc.main["a"].id} ${aws_subnet.s[*].id}',
    );
    expect(e.references).toEqual([
      { address: 'aws_s3_bucket.logs', instance: 0, attributes: ['arn'] },
      { address: 'data.aws_iam_policy_document.p', attributes: ['json'] },
      { address: 'var.x', attributes: [] },
      { address: 'local.y', attributes: [] },
      { address: 'module.m', attributes: ['out'] },
      { address: 'aws_vpc.main', instance: 'a', attributes: ['id'] },
      { address: 'aws_subnet.s', instance: { all: true }, attributes: ['id'] },
    ]);
  });

  it('finds references inside function calls and nested templates, not in plain strings', () => {
    const e = new Expression('${jsonencode({ Resource = "${aws_s3_bucket.b.arn}/*", Note = "aws_vpc.x" })}');
    expect(e.references.map((r) => r.address)).toEqual(['aws_s3_bucket.b']);
    expect(e.refersTo('aws_s3_bucket.b')).toBe(true);
    expect(new Expression('${aws_s3_bucket.b[1].id}').refersTo('aws_s3_bucket.b', 0)).toBe(false);
  });

  it('gives the same key to expressions that differ only in spacing', () => {
    expect(new Expression('${ var.name }-logs').key).toBe(new Expression('${var.name}-logs').key);
    expect(new Expression('${"a b"}').key).not.toBe(new Expression('${"ab"}').key);
  });
});
