import { parseDriftIgnore } from './drift-ignore';

describe('parseDriftIgnore (driftctl syntax)', () => {
  const ignore = parseDriftIgnore({
    path: '.driftignore',
    content: [
      '# comment',
      'aws_s3_bucket.scratch',
      'aws_instance.*',
      '!aws_instance.i-important',
      'aws_iam_role.*.tags',
      '!aws_iam_role.admin.tags.Owner',
      'aws_s3_bucket.my\\.dotted\\.bucket',
      '',
    ].join('\n'),
  });
  const subject = (type: string, id: string) => ({ types: [type], ids: [id] });

  it('ignores whole resources by type.id with wildcards, and re-includes with !', () => {
    expect(ignore.ignoresResource(subject('aws_s3_bucket', 'scratch'))).toBe(true);
    expect(ignore.ignoresResource(subject('aws_s3_bucket', 'prod'))).toBe(false);
    expect(ignore.ignoresResource(subject('aws_instance', 'i-123'))).toBe(true);
    expect(ignore.ignoresResource(subject('aws_instance', 'i-important'))).toBe(false);
    expect(ignore.ignoresResource(subject('aws_s3_bucket', 'my.dotted.bucket'))).toBe(true);
  });

  it('ignores fields by path prefix, last matching rule wins', () => {
    expect(ignore.ignoresField(subject('aws_iam_role', 'ops'), 'tags.Env')).toBe(true);
    expect(ignore.ignoresField(subject('aws_iam_role', 'admin'), 'tags.Owner')).toBe(false);
    expect(ignore.ignoresField(subject('aws_iam_role', 'admin'), 'assume_role_policy')).toBe(false);
  });

  it('matches field paths whose keys hold dots (tag keys like kubernetes.io/...), escaped or by wildcard', () => {
    const rules = parseDriftIgnore({
      path: '.driftignore',
      content: [
        'aws_vpc.*.tags.kubernetes\\.io/cluster/eks',
        'aws_subnet.*.tags.kubernetes*',
        'aws_security_group.*.ingress',
      ].join('\n'),
    });
    const vpc = subject('aws_vpc', 'vpc-1');
    expect(rules.ignoresField(vpc, 'tags.kubernetes.io/cluster/eks')).toBe(true);
    expect(rules.ignoresField(vpc, 'tags.kubernetes.io/role/elb')).toBe(false);
    expect(rules.ignoresField(vpc, 'tags.kubernetes')).toBe(false);
    expect(rules.ignoresField(subject('aws_subnet', 'subnet-1'), 'tags.kubernetes.io/role/elb')).toBe(true);
    const sg = subject('aws_security_group', 'sg-1');
    expect(rules.ignoresField(sg, 'ingress[0].cidr_blocks')).toBe(true);
    expect(rules.ignoresField(sg, 'ingress_extra')).toBe(false);
  });

  it('names the line of a malformed rule', () => {
    expect(() => parseDriftIgnore({ path: '.driftignore', content: 'aws_s3_bucket\n' })).toThrow(
      '.driftignore: line 1: expected a rule like',
    );
  });

  it('"*" alone ignores everything', () => {
    expect(parseDriftIgnore({ path: 'x', content: '*' }).ignoresResource(subject('aws_vpc', 'vpc-1'))).toBe(
      true,
    );
  });
});
