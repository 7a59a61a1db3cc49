import fc from 'fast-check';
import {
  MAX_BUCKET_PREFIX_LENGTH,
  bucketNameViolations,
  bucketPrefixFromPath,
  validateBucketName,
  validateBucketNamePrefix,
} from './bucket-name';

describe('validateBucketName', () => {
  it.each(['abc', 'my-app-assets', 'logs.example.com', 'a1b2c3', '123bucket', 'a'.repeat(63)])(
    'accepts %s',
    (name) => {
      expect(() => validateBucketName(name)).not.toThrow();
      expect(bucketNameViolations(name)).toEqual([]);
    },
  );

  it.each([
    ['ab', '3-63 characters'],
    ['a'.repeat(64), '3-63 characters'],
    ['My-Bucket', 'only lowercase letters, digits, periods and hyphens'],
    ['my_bucket', 'only lowercase letters, digits, periods and hyphens'],
    ['-bucket', 'begins and ends with a letter or digit'],
    ['bucket.', 'begins and ends with a letter or digit'],
    ['my..bucket', 'no two adjacent periods'],
    ['my-.bucket', 'DNS-compliant labels'],
    ['my.-bucket', 'DNS-compliant labels'],
    ['192.168.5.4', 'not formatted as an IP address'],
    ['xn--bucket', 'no reserved prefix'],
    ['sthree-bucket', 'no reserved prefix'],
    ['sthree-configurator-x', 'no reserved prefix'],
    ['amzn-s3-demo-bucket', 'no reserved prefix'],
    ['bucket-s3alias', 'no reserved suffix'],
    ['bucket--ol-s3', 'no reserved suffix'],
    ['bucket.mrap', 'no reserved suffix'],
    ['bucket--x-s3', 'no reserved suffix'],
    ['bucket--table-s3', 'no reserved suffix'],
  ])('fails when the name is %s, naming the rule "%s"', (name, rule) => {
    expect(() => validateBucketName(name)).toThrow(rule);
    expect(() => validateBucketName(name)).toThrow(`bucket name "${name}"`);
  });

  it('lists every broken rule and the offending characters', () => {
    const violations = bucketNameViolations('_My..Bucket');
    expect(violations).toHaveLength(3);
    expect(violations[0]).toContain('"_", "M", "B"');
  });

  it('accepts every name built from the allowed alphabet that the rules allow (property)', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
    const name = fc
      .array(label, { minLength: 1, maxLength: 4 })
      .map((labels) => labels.join('.'))
      .filter((n) => n.length >= 3 && n.length <= 63)
      .filter((n) => !/^\d+\.\d+\.\d+\.\d+$/.test(n))
      .filter(
        (n) =>
          !/^(xn--|sthree-|amzn-s3-demo-)/.test(n) && !/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(n),
      );
    fc.assert(fc.property(name, (n) => bucketNameViolations(n).length === 0));
  });

  it('rejects any name with a character outside a-z 0-9 . - (property)', () => {
    const bad = fc.constantFrom('A', 'Z', '_', ' ', '/', ':', 'é', '*');
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{3,20}$/), bad, (base, c) =>
        bucketNameViolations(`${base}${c}${base}`).some((v) => v.startsWith('only lowercase')),
      ),
    );
  });
});

describe('validateBucketNamePrefix', () => {
  it('accepts a prefix of up to 37 characters', () => {
    expect(() => validateBucketNamePrefix('assets-')).not.toThrow();
    expect(() => validateBucketNamePrefix('a'.repeat(MAX_BUCKET_PREFIX_LENGTH))).not.toThrow();
  });

  it('fails when the prefix leaves no room for the 26-character suffix', () => {
    expect(() => validateBucketNamePrefix('a'.repeat(38))).toThrow('1-37 characters');
  });

  it.each([
    ['Assets-', 'only lowercase'],
    ['-assets', 'begins and ends'],
    ['xn--assets', 'no reserved prefix'],
    ['my..', 'no two adjacent periods'],
    ['', '1-37 characters'],
  ])('fails when the prefix is "%s"', (prefix, rule) => {
    expect(() => validateBucketNamePrefix(prefix)).toThrow(rule);
  });
});

describe('bucketPrefixFromPath', () => {
  it('lowercases and joins the path with hyphens', () => {
    expect(bucketPrefixFromPath(['Platform', 'Assets_Bucket'])).toBe('platform-assets-bucket-');
  });

  it('always yields a valid prefix (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 4 }),
        (parts) => {
          validateBucketNamePrefix(bucketPrefixFromPath(parts));
        },
      ),
    );
  });
});
