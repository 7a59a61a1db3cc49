import { Token } from 'cdktf';

/**
 * S3 general purpose bucket naming rules. Each rule has a short name that errors quote, so a failing name says
 * which rule it broke and how to fix it.
 */
export interface BucketNameRule {
  /** Short name quoted in errors, e.g. "3-63 characters". */
  readonly rule: string;
  /** Returns a description of the violation, or undefined when the name follows the rule. */
  readonly check: (name: string) => string | undefined;
}

/** Prefixes S3 reserves for its own use. */
export const RESERVED_BUCKET_PREFIXES: readonly string[] = ['xn--', 'sthree-', 'amzn-s3-demo-'];
/** Suffixes S3 reserves for access point aliases, Object Lambda, directory and table buckets, MRAP. */
export const RESERVED_BUCKET_SUFFIXES: readonly string[] = [
  '-s3alias',
  '--ol-s3',
  '.mrap',
  '--x-s3',
  '--table-s3',
];

/**
 * Length of the suffix Terraform appends to `bucket_prefix` (a UTC timestamp to 1/10000 s plus an 8-digit
 * hex counter). A prefix may therefore have at most 63 - 26 = 37 characters.
 */
export const GENERATED_SUFFIX_LENGTH = 26;
export const MAX_BUCKET_PREFIX_LENGTH = 63 - GENERATED_SUFFIX_LENGTH;

const ALLOWED_CHARS = /^[a-z0-9.-]*$/;
const IPV4_SHAPE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

export const BUCKET_NAME_RULES: readonly BucketNameRule[] = [
  {
    rule: '3-63 characters',
    check: (n) => (n.length < 3 || n.length > 63 ? `it has ${n.length}` : undefined),
  },
  {
    rule: 'only lowercase letters, digits, periods and hyphens',
    check: (n) => {
      if (ALLOWED_CHARS.test(n)) return undefined;
      const bad = [...new Set([...n].filter((c) => !/[a-z0-9.-]/.test(c)))];
      return `it contains ${bad.map((c) => JSON.stringify(c)).join(', ')}`;
    },
  },
  {
    rule: 'begins and ends with a letter or digit',
    check: (n) => (n.length > 0 && /^[a-z0-9].*[a-z0-9]$|^[a-z0-9]$/.test(n) ? undefined : 'it does not'),
  },
  {
    rule: 'no two adjacent periods',
    check: (n) => (n.includes('..') ? 'it contains ".."' : undefined),
  },
  {
    rule: 'DNS-compliant labels (no hyphen next to a period)',
    check: (n) => (/-\.|\.-/.test(n) ? 'it contains "-." or ".-"' : undefined),
  },
  {
    rule: 'not formatted as an IP address',
    check: (n) => (IPV4_SHAPE.test(n) ? 'it looks like an IPv4 address' : undefined),
  },
  {
    rule: `no reserved prefix (${RESERVED_BUCKET_PREFIXES.join(', ')})`,
    check: (n) => {
      const p = RESERVED_BUCKET_PREFIXES.find((r) => n.startsWith(r));
      return p ? `it starts with "${p}"` : undefined;
    },
  },
  {
    rule: `no reserved suffix (${RESERVED_BUCKET_SUFFIXES.join(', ')})`,
    check: (n) => {
      const s = RESERVED_BUCKET_SUFFIXES.find((r) => n.endsWith(r));
      return s ? `it ends with "${s}"` : undefined;
    },
  },
];

/** Every rule the name breaks, each as `<rule>: <why>`; empty when the name is valid. */
export function bucketNameViolations(name: string): string[] {
  return BUCKET_NAME_RULES.flatMap((r) => {
    const why = r.check(name);
    return why === undefined ? [] : [`${r.rule}: ${why}`];
  });
}

/**
 * Throws when a bucket name breaks an S3 naming rule; the message names every broken rule.
 * Unresolved Terraform tokens cannot be checked at synth time and are accepted as they are.
 */
export function validateBucketName(name: string): void {
  if (Token.isUnresolved(name)) return;
  const violations = bucketNameViolations(name);
  if (violations.length) {
    throw new Error(
      `bucket name "${name}" breaks the S3 naming rules: ${violations.join('; ')}. ` +
        'Use 3-63 lowercase letters, digits, hyphens and single periods, starting and ending with a letter or digit.',
    );
  }
}

/**
 * Throws when a bucket name prefix cannot become a valid name once Terraform appends its generated
 * 26-character suffix (digits and lowercase hex): at most 37 characters, and prefix + suffix must pass every rule.
 */
export function validateBucketNamePrefix(prefix: string): void {
  if (Token.isUnresolved(prefix)) return;
  const problems: string[] = [];
  if (prefix.length < 1 || prefix.length > MAX_BUCKET_PREFIX_LENGTH) {
    problems.push(
      `1-${MAX_BUCKET_PREFIX_LENGTH} characters (63 minus the ${GENERATED_SUFFIX_LENGTH}-character generated suffix): it has ${prefix.length}`,
    );
  }
  // A representative suffix: the rules that depend on the suffix only see digits, which can never break them.
  const sample = `${prefix}${'0'.repeat(GENERATED_SUFFIX_LENGTH)}`;
  problems.push(...bucketNameViolations(sample).filter((v) => !v.startsWith('3-63 characters')));
  if (problems.length) {
    throw new Error(
      `bucket name prefix "${prefix}" breaks the S3 naming rules once the generated suffix is appended: ` +
        `${problems.join('; ')}. Use up to ${MAX_BUCKET_PREFIX_LENGTH} lowercase letters, digits and hyphens, starting with a letter or digit.`,
    );
  }
}

/**
 * A bucket name prefix derived from a construct path: lowercase, invalid characters turned into hyphens,
 * at most 36 characters and ending with "-" so the generated suffix reads apart from the name.
 */
export function bucketPrefixFromPath(parts: readonly string[]): string {
  const base = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
  const trimmed = base
    .slice(0, MAX_BUCKET_PREFIX_LENGTH - 1)
    .replace(/-+$/, '')
    .replace(/^(xn--|sthree-|amzn-s3-demo-)/, '');
  return `${trimmed || 'bucket'}-`;
}
