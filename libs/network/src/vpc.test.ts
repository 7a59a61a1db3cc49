import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { Vpc, VpcProps } from './vpc';

const ref = SynthesizedStack.ref;

function synthVpc(props: VpcProps = {}) {
  let vpc!: Vpc;
  const stack = synthConstruct((s) => {
    vpc = new Vpc(s, 'main', props);
  });
  return { stack, vpc };
}

describe('Vpc', () => {
  describe('defaults', () => {
    const { stack, vpc } = synthVpc();

    it('is a 10.0.0.0/16 VPC with DNS on', () => {
      expect(stack.resource('aws_vpc').values).toMatchObject({
        cidr_block: '10.0.0.0/16',
        enable_dns_support: true,
        enable_dns_hostnames: true,
      });
      expect(vpc.cidrBlock).toBe('10.0.0.0/16');
      expect(vpc.natMode).toBe('perAz');
    });

    it('reads three available zones from data.aws_availability_zones', () => {
      const zones = stack.dataSources('aws_availability_zones');
      expect(zones).toHaveLength(1);
      expect(zones[0].values.state).toBe('available');
      expect(vpc.availabilityZones).toHaveLength(3);
      const azs = stack.resources('aws_subnet').map((s) => s.values.availability_zone);
      expect(new Set(azs)).toEqual(new Set([0, 1, 2].map((i) => `\${${zones[0].address}.names.${i}}`)));
    });

    it('has three tiers with one subnet per zone and concrete planned blocks', () => {
      for (const tier of ['public', 'private', 'isolated'] as const) {
        expect(vpc.hasTier(tier)).toBe(true);
        expect(vpc.subnets(tier)).toHaveLength(3);
        expect(vpc.routeTables(tier)).toHaveLength(3);
      }
      const byTier = (tier: string) =>
        stack
          .resources('aws_subnet')
          .filter((s) => (s.values.tags as Record<string, string>).Tier === tier)
          .map((s) => s.values.cidr_block);
      expect(byTier('public')).toEqual(vpc.subnetCidrBlocks('public'));
      expect(byTier('private')).toEqual(['10.0.0.0/19', '10.0.32.0/19', '10.0.64.0/19']);
      expect(byTier('isolated')).toEqual(['10.0.144.0/20', '10.0.160.0/20', '10.0.176.0/20']);
    });

    it('exposes subnet ids that reference the subnets', () => {
      const ids = vpc.subnetIds('isolated');
      expect(ids).toHaveLength(3);
      const group = stack.resource('aws_db_subnet_group');
      const isolated = stack.resources('aws_subnet').filter((s) => s.name.includes('isolated'));
      expect(group.values.subnet_ids).toEqual(isolated.map((s) => ref(s, 'id')));
    });
  });

  it('uses explicit zone names', () => {
    const { stack, vpc } = synthVpc({ availabilityZones: ['eu-west-1a', 'eu-west-1b'] });
    expect(stack.dataSources('aws_availability_zones')).toHaveLength(0);
    expect(vpc.availabilityZones).toEqual(['eu-west-1a', 'eu-west-1b']);
    expect(
      stack
        .resources('aws_subnet')
        .map((s) => s.values.availability_zone)
        .sort(),
    ).toEqual(['eu-west-1a', 'eu-west-1a', 'eu-west-1a', 'eu-west-1b', 'eu-west-1b', 'eu-west-1b']);
  });

  it('routes every private zone through the one NAT gateway in single mode', () => {
    const { stack } = synthVpc({ natMode: 'single' });
    const nat = stack.resource('aws_nat_gateway');
    expect(stack.resources('aws_eip')).toHaveLength(1);
    const privateRoutes = stack.resources('aws_route').filter((r) => r.values.nat_gateway_id !== undefined);
    expect(privateRoutes).toHaveLength(3);
    for (const r of privateRoutes) expect(r.values.nat_gateway_id).toBe(ref(nat, 'id'));
  });

  it('has no NAT, no internet gateway and no default route without public and private tiers', () => {
    const { stack, vpc } = synthVpc({ natMode: 'none', tiers: { isolated: {} } });
    expect(stack.resources('aws_nat_gateway')).toHaveLength(0);
    expect(stack.resources('aws_internet_gateway')).toHaveLength(0);
    expect(stack.resources('aws_route')).toHaveLength(0);
    expect(vpc.hasTier('public')).toBe(false);
    expect(() => vpc.subnets('public')).toThrow('has no public tier (it has: isolated); add tiers.public');
  });
});
