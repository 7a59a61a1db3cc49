import { Token } from 'cdktf';
import fc from 'fast-check';
import { architectureOf, checkInstanceType, isInstanceType } from './instance-type';

describe('instance type pattern', () => {
  it.each([
    't3.micro',
    't3.nano',
    'm5.large',
    'm7g.2xlarge',
    'c6gn.16xlarge',
    'r7iz.metal-16xl',
    'm7i-flex.large',
    'u-6tb1.112xlarge',
    'mac2-m2pro.metal',
    'x2iedn.32xlarge',
    'p5.48xlarge',
    'i4i.metal',
  ])('accepts %s', (type) => {
    expect(isInstanceType(type)).toBe(true);
  });

  it.each([
    ['no size', 't3'],
    ['no family', '.micro'],
    ['a misspelt size', 't3.mirco'],
    ['capitals', 'T3.Micro'],
    ['a family without a generation', 'm.large'],
    ['two dots', 't3.micro.x'],
    ['surrounding space', ' t3.micro'],
    ['a size with a zero count', 'm5.0xlarge'],
  ])('rejects %s', (_why, type) => {
    expect(isInstanceType(type)).toBe(false);
  });

  it('fails when the instance type does not match family.size, naming the field and the value', () => {
    expect(() => checkInstanceType('stack/web', 'instanceType', 't3-micro')).toThrow(
      'stack/web: instanceType must be an EC2 instance type of the form family.size (e.g. "t3.micro", "m7g.2xlarge"), got "t3-micro"',
    );
  });

  it('leaves tokens to apply time', () => {
    expect(() => checkInstanceType('p', 'instanceType', Token.asString({ Ref: 'x' }))).not.toThrow();
  });
});

describe('architectureOf', () => {
  it.each([
    ['t4g.nano', 'arm64'],
    ['m7gd.large', 'arm64'],
    ['c6gn.xlarge', 'arm64'],
    ['is4gen.large', 'arm64'],
    ['hpc7g.4xlarge', 'arm64'],
    ['a1.medium', 'arm64'],
    ['g5g.xlarge', 'arm64'],
    ['t3.micro', 'x86_64'],
    ['g5.xlarge', 'x86_64'],
    ['gr6.4xlarge', 'x86_64'],
    ['m7i-flex.large', 'x86_64'],
    ['c7a.large', 'x86_64'],
  ])('%s is %s', (type, arch) => {
    expect(architectureOf(type)).toBe(arch);
  });

  it('cannot tell for a token', () => {
    expect(architectureOf(Token.asString({ Ref: 'x' }))).toBeUndefined();
  });
});

describe('instance type property', () => {
  const families = ['t3', 't4g', 'm7i', 'm7i-flex', 'c6gn', 'r7iz', 'x2iedn', 'u-6tb1', 'a1', 'inf2'];
  const sizes = [
    'nano',
    'micro',
    'small',
    'medium',
    'large',
    'xlarge',
    '2xlarge',
    '48xlarge',
    'metal',
    'metal-24xl',
  ];

  it('accepts every family with every size, and rejects them joined by anything but one dot', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...families),
        fc.constantFrom(...sizes),
        fc.constantFrom('', '..', '-', '_', ' ', '/'),
        (family, size, joint) => {
          expect(isInstanceType(`${family}.${size}`)).toBe(true);
          expect(isInstanceType(`${family}${joint}${size}`)).toBe(false);
        },
      ),
    );
  });
});
