import { invalid, isLiteral } from '../internal/validation';

/** CPU architecture of an instance type, as the Amazon Linux SSM parameter names spell it. */
export type CpuArchitecture = 'x86_64' | 'arm64';

// family: letters, a generation digit, attribute letters, optional dash parts (m7i-flex, u-6tb1, mac2-m2pro).
// size: the sizes EC2 sells (nano .. 48xlarge, metal, metal-24xl).
const FAMILY = '(?=[a-z0-9-]*\\d)[a-z][a-z0-9]*(?:-[a-z0-9]+)*';
const SIZE = '(?:nano|micro|small|medium|large|xlarge|[1-9]\\d*xlarge|metal(?:-[1-9]\\d*xl)?)';
const INSTANCE_TYPE = new RegExp(`^${FAMILY}\\.${SIZE}$`);

/** True when the value has the `family.size` shape of an EC2 instance type, e.g. `t3.micro` or `m7g.2xlarge`. */
export function isInstanceType(value: string): boolean {
  return INSTANCE_TYPE.test(value);
}

/**
 * Checks a literal instance type against the `family.size` pattern. Tokens are skipped: they are only known when
 * Terraform applies.
 */
export function checkInstanceType(path: string, field: string, value: string): void {
  if (!isLiteral(value)) return;
  if (!isInstanceType(value)) {
    throw invalid(
      path,
      `${field} must be an EC2 instance type of the form family.size (e.g. "t3.micro", "m7g.2xlarge"), ` +
        `got "${value}"`,
    );
  }
}

/**
 * The architecture of a literal instance type: Graviton families carry a `g` among the letters after the
 * generation digit (t4g, m7gd, c6gn, is4gen), and `a1` is the first Graviton. Everything else is x86_64.
 * Returns undefined for tokens.
 */
export function architectureOf(instanceType: string): CpuArchitecture | undefined {
  if (!isLiteral(instanceType)) return undefined;
  const family = instanceType.split('.')[0].split('-')[0];
  const match = /^([a-z]+)(\d+)([a-z]*)$/.exec(family);
  if (!match) return 'x86_64';
  const [, letters, generation, attributes] = match;
  if (letters === 'a' && generation === '1') return 'arm64';
  return attributes.includes('g') ? 'arm64' : 'x86_64';
}
