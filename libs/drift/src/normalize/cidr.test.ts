import { canonicalCidr } from './cidr';

describe('canonicalCidr', () => {
  it.each([
    ['2001:DB8::/32', '2001:db8::/32'],
    ['2001:0db8:0000:0000:0000:0000:0000:0000/64', '2001:db8::/64'],
    ['2001:db8:0:0:1:0:0:1/128', '2001:db8::1:0:0:1/128'],
    ['2001:db8:0:1:1:1:1:1/64', '2001:db8:0:1:1:1:1:1/64'],
    ['0:0:0:0:0:0:0:0/0', '::/0'],
    ['::/0', '::/0'],
    ['fe80::0001', 'fe80::1'],
  ])('writes %s as AWS does: %s', (given, canonical) => {
    expect(canonicalCidr(given)).toBe(canonical);
  });

  it.each([
    '10.0.0.0/16',
    'sg-0123',
    'pl-1a2b',
    'self',
    '1::2::3/64',
    '2001:db8::g/64',
    '1:2:3:4:5:6:7:8:9/64',
  ])('leaves %s as it is', (other) => {
    expect(canonicalCidr(other)).toBe(other);
  });
});
