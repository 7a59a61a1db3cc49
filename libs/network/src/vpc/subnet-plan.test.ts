import fc from 'fast-check';
import { Ipv4Cidr } from '@groundwork/core';
import { TierRequest, planSubnets } from './subnet-plan';
import { SUBNET_TIERS } from './subnet-tier';

const vpc16 = Ipv4Cidr.parse('10.0.0.0/16');
const strings = (blocks: Ipv4Cidr[] | undefined) => blocks?.map((b) => b.toString());

describe('planSubnets', () => {
  it('plans three tiers over three zones automatically, private twice the size of public', () => {
    const plan = planSubnets(vpc16, 3, [{ tier: 'public' }, { tier: 'private' }, { tier: 'isolated' }]);
    expect(strings(plan.private)).toEqual(['10.0.0.0/19', '10.0.32.0/19', '10.0.64.0/19']);
    expect(strings(plan.public)).toEqual(['10.0.96.0/20', '10.0.112.0/20', '10.0.128.0/20']);
    expect(strings(plan.isolated)).toEqual(['10.0.144.0/20', '10.0.160.0/20', '10.0.176.0/20']);
  });

  it('uses given prefix lengths and plans the automatic tiers around them', () => {
    const plan = planSubnets(vpc16, 2, [
      { tier: 'public', prefixLength: 24 },
      { tier: 'private' },
      { tier: 'isolated', prefixLength: 24 },
    ]);
    expect(plan.public!.every((b) => b.prefixLength === 24)).toBe(true);
    expect(plan.isolated!.every((b) => b.prefixLength === 24)).toBe(true);
    // Two private /17s would fill the /16 and leave no room for the /24s, so /18 is the largest that fits.
    expect(plan.private!.map((b) => b.prefixLength)).toEqual([18, 18]);
  });

  it('keeps explicit blocks and plans the rest around them', () => {
    const plan = planSubnets(vpc16, 2, [
      { tier: 'public', cidrBlocks: ['10.0.0.0/24', '10.0.1.0/24'] },
      { tier: 'private', prefixLength: 20 },
    ]);
    expect(strings(plan.public)).toEqual(['10.0.0.0/24', '10.0.1.0/24']);
    expect(strings(plan.private)).toEqual(['10.0.16.0/20', '10.0.32.0/20']);
  });

  it('fails when the plan does not fit', () => {
    expect(() =>
      planSubnets(Ipv4Cidr.parse('10.0.0.0/24'), 3, [{ tier: 'public', prefixLength: 25 }]),
    ).toThrow('the subnet plan does not fit in 10.0.0.0/24: 3 zones × [public /25]');
    expect(() =>
      planSubnets(Ipv4Cidr.parse('10.0.0.0/28'), 2, [{ tier: 'public' }, { tier: 'private' }]),
    ).toThrow('even the smallest automatic plan');
  });

  it('fails when a prefix length is outside 16–28 or larger than the VPC', () => {
    expect(() => planSubnets(vpc16, 2, [{ tier: 'public', prefixLength: 29 }])).toThrow(
      'tiers.public.prefixLength must be a whole number from 16 to 28, got 29',
    );
    expect(() => planSubnets(vpc16, 2, [{ tier: 'private', prefixLength: 15 }])).toThrow('got 15');
    expect(() =>
      planSubnets(Ipv4Cidr.parse('10.0.0.0/20'), 2, [{ tier: 'private', prefixLength: 18 }]),
    ).toThrow('tiers.private.prefixLength /18 is larger than the VPC block 10.0.0.0/20');
  });

  it('fails when explicit blocks overlap, leave the VPC, are malformed or miscounted', () => {
    expect(() =>
      planSubnets(vpc16, 2, [
        { tier: 'public', cidrBlocks: ['10.0.0.0/24', '10.0.1.0/24'] },
        { tier: 'isolated', cidrBlocks: ['10.0.1.0/25', '10.0.2.0/24'] },
      ]),
    ).toThrow('tiers.isolated.cidrBlocks[0] "10.0.1.0/25" overlaps 10.0.1.0/24');
    expect(() =>
      planSubnets(vpc16, 2, [{ tier: 'public', cidrBlocks: ['10.0.0.0/24', '10.0.0.0/24'] }]),
    ).toThrow('tiers.public.cidrBlocks[1] "10.0.0.0/24" overlaps 10.0.0.0/24');
    expect(() =>
      planSubnets(vpc16, 2, [{ tier: 'public', cidrBlocks: ['10.0.0.0/24', '10.1.0.0/24'] }]),
    ).toThrow('tiers.public.cidrBlocks[1] "10.1.0.0/24" is outside the VPC block 10.0.0.0/16');
    expect(() => planSubnets(vpc16, 2, [{ tier: 'public', cidrBlocks: ['10.0.0.0/24', 'nope'] }])).toThrow(
      'tiers.public.cidrBlocks[1]: "nope" is not an IPv4 CIDR block',
    );
    expect(() => planSubnets(vpc16, 3, [{ tier: 'public', cidrBlocks: ['10.0.0.0/24'] }])).toThrow(
      'tiers.public.cidrBlocks must hold one block per availability zone (3), got 1',
    );
    expect(() =>
      planSubnets(vpc16, 2, [{ tier: 'public', cidrBlocks: ['10.0.0.0/29', '10.0.1.0/24'] }]),
    ).toThrow('must have a prefix length between 16 and 28');
    expect(() =>
      planSubnets(vpc16, 2, [
        { tier: 'public', prefixLength: 24, cidrBlocks: ['10.0.0.0/24', '10.0.1.0/24'] },
      ]),
    ).toThrow('give either prefixLength or cidrBlocks, not both');
  });

  it('plans blocks that lie in the VPC, never overlap, and give private twice the public space', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 22 }), // a /22 holds six zones of the smallest plan
        fc.integer({ min: 2, max: 6 }),
        fc.subarray([...SUBNET_TIERS], { minLength: 1 }),
        (vpcPrefix, azCount, tiers) => {
          const vpc = Ipv4Cidr.of(0x0a000000, vpcPrefix);
          const requests: TierRequest[] = tiers.map((tier) => ({ tier }));
          const plan = planSubnets(vpc, azCount, requests);
          const all = tiers.flatMap((t) => plan[t]!);
          expect(all).toHaveLength(tiers.length * azCount);
          for (const [i, a] of all.entries()) {
            expect(vpc.contains(a)).toBe(true);
            for (const b of all.slice(i + 1)) expect(a.overlaps(b)).toBe(false);
          }
          if (plan.public && plan.private) {
            expect(plan.private[0].size).toBe(2 * plan.public[0].size);
          }
        },
      ),
    );
  });
});
