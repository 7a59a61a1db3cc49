import fc from 'fast-check';
import { Ipv4Cidr } from './ipv4-cidr';

describe('Ipv4Cidr', () => {
  it('parses and prints a block', () => {
    const cidr = Ipv4Cidr.parse('10.1.128.0/17');
    expect(cidr.prefixLength).toBe(17);
    expect(cidr.size).toBe(32768);
    expect(cidr.toString()).toBe('10.1.128.0/17');
    expect(Ipv4Cidr.parse('0.0.0.0/0').size).toBe(2 ** 32);
    expect(Ipv4Cidr.parse('255.255.255.255/32').toString()).toBe('255.255.255.255/32');
  });

  it('fails when the text is not a CIDR block', () => {
    expect(() => Ipv4Cidr.parse('10.0.0.0')).toThrow('"10.0.0.0" is not an IPv4 CIDR block');
    expect(() => Ipv4Cidr.parse('10.0.0/16')).toThrow('is not an IPv4 CIDR block');
    expect(() => Ipv4Cidr.parse('10.0.256.0/24')).toThrow('each octet must be a whole number from 0 to 255');
    expect(() => Ipv4Cidr.parse('10.0.0.0/33')).toThrow(
      'the prefix length must be a whole number from 0 to 32',
    );
  });

  it('fails when host bits are set and suggests the network', () => {
    expect(() => Ipv4Cidr.parse('10.0.1.0/16')).toThrow('did you mean 10.0.0.0/16?');
  });

  it('tells containment and overlap apart', () => {
    const vpc = Ipv4Cidr.parse('10.0.0.0/16');
    expect(vpc.contains(Ipv4Cidr.parse('10.0.255.240/28'))).toBe(true);
    expect(vpc.contains(Ipv4Cidr.parse('10.1.0.0/24'))).toBe(false);
    expect(vpc.contains(Ipv4Cidr.parse('10.0.0.0/15'))).toBe(false);
    expect(Ipv4Cidr.parse('10.0.0.0/24').overlaps(Ipv4Cidr.parse('10.0.0.128/25'))).toBe(true);
    expect(Ipv4Cidr.parse('10.0.0.0/25').overlaps(Ipv4Cidr.parse('10.0.0.128/25'))).toBe(false);
  });

  it('refuses an unaligned network in of()', () => {
    expect(() => Ipv4Cidr.of(256, 16)).toThrow('0.0.1.0 is not aligned to a /16');
    expect(() => Ipv4Cidr.of(0, 33)).toThrow(
      'Ipv4Cidr.of: prefixLength must be a whole number from 0 to 32, got 33',
    );
  });

  it('tells valid blocks from text parse would refuse, host bits included', () => {
    expect(['10.0.0.0/16', '192.168.4.0/22', '0.0.0.0/0', '203.0.113.7/32'].every(Ipv4Cidr.isValid)).toBe(
      true,
    );
    expect(
      ['10.0.1.0/16', '10.0.0.1/16', '256.0.0.0/8', '10.0.0.0/33', '10.0.0.0', ' 10.0.0.0/16', 'x'].some(
        Ipv4Cidr.isValid,
      ),
    ).toBe(false);
  });

  it('round-trips any aligned block through its text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 0, max: 32 }),
        (address, prefix) => {
          const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
          const cidr = Ipv4Cidr.of((address & mask) >>> 0, prefix);
          const again = Ipv4Cidr.parse(cidr.toString());
          expect(again.network).toBe(cidr.network);
          expect(again.prefixLength).toBe(prefix);
          expect(again.contains(cidr) && cidr.overlaps(again)).toBe(true);
        },
      ),
    );
  });
});
