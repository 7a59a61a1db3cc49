import { driftIgnoreEntry, parseDriftIgnore } from './drift-ignore';

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

  describe('expiry', () => {
    const subjectOf = { types: ['aws_s3_bucket'], ids: ['assets'] };
    const content = [
      '# expires 2026-03-31: versioning off while the bulk import runs',
      'aws_s3_bucket.assets.versioning.status',
      '# expires 2026-01-15',
      'aws_s3_bucket.assets.tags.Owner',
      'aws_s3_bucket.assets.tags.CostCenter',
    ].join('\n');

    it('applies a rule through its expiry day, and not after it', () => {
      const on = parseDriftIgnore({ path: '.driftignore', content }, { today: '2026-03-31' });
      expect(on.ignoresField(subjectOf, 'versioning.status')).toBe(true);
      const after = parseDriftIgnore({ path: '.driftignore', content }, { today: '2026-04-01' });
      expect(after.ignoresField(subjectOf, 'versioning.status')).toBe(false);
      expect(after.expired).toEqual([
        {
          rule: 'aws_s3_bucket.assets.versioning.status',
          line: 2,
          expires: '2026-03-31',
          reason: 'versioning off while the bulk import runs',
        },
        { rule: 'aws_s3_bucket.assets.tags.Owner', line: 4, expires: '2026-01-15', reason: '' },
      ]);
    });

    it('limits only the rule right after it', () => {
      const after = parseDriftIgnore({ path: '.driftignore', content }, { today: '2027-01-01' });
      expect(after.ignoresField(subjectOf, 'tags.CostCenter')).toBe(true);
      expect(after.ignoresField(subjectOf, 'tags.Owner')).toBe(false);
    });

    it.each([
      ['# expires 2026-02-30: no such day\naws_vpc.x', 'expected an expiry like'],
      ['# expires tomorrow\naws_vpc.x', 'expected an expiry like'],
      ['# expires 2026-02-01: gap\n\naws_vpc.x', 'expected the rule it limits on the next line'],
      ['aws_vpc.x\n# expires 2026-02-01: nothing after', 'on the next line'],
    ])('rejects %p naming the line', (text, message) => {
      expect(() => parseDriftIgnore({ path: '.driftignore', content: text })).toThrow(
        new RegExp(`^\\.driftignore: line \\d+: .*${message.replace(/[.*]/g, '\\$&')}`),
      );
    });

    it('writes entries that parse back with their expiry and reason', () => {
      const entry = driftIgnoreEntry({
        rule: 'aws_db_instance.db.publicly_accessible',
        expires: '2026-05-01',
        reason: 'vendor migration\nneeds a public endpoint',
      });
      expect(entry).toBe(
        '# expires 2026-05-01: vendor migration needs a public endpoint\naws_db_instance.db.publicly_accessible\n',
      );
      const later = parseDriftIgnore({ path: 'x', content: entry }, { today: '2026-06-01' });
      expect(later.expired[0]).toMatchObject({
        expires: '2026-05-01',
        reason: 'vendor migration needs a public endpoint',
      });
      expect(() => driftIgnoreEntry({ rule: 'aws_vpc.x', expires: '2026-13-01', reason: 'r' })).toThrow(
        'expires must be YYYY-MM-DD',
      );
    });
  });
});
