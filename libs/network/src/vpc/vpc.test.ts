import { TerraformOutput } from 'cdktf';
import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { Ipv4Cidr } from '@groundwork/core';
import { SUBNET_TIERS } from './subnet-tier';
import { Vpc } from './vpc';
import type { VpcProps } from './vpc-props';

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

    it('builds exactly what the README table "What a default Vpc builds" lists', () => {
      expect(stack.countByType()).toEqual({
        aws_vpc: 1,
        aws_subnet: 9,
        aws_internet_gateway: 1,
        aws_eip: 3,
        aws_nat_gateway: 3,
        aws_route_table: 9,
        aws_route_table_association: 9,
        aws_route: 6,
        aws_default_security_group: 1,
        aws_default_route_table: 1,
        aws_flow_log: 1,
        aws_cloudwatch_log_group: 1,
        aws_iam_role: 1,
        aws_iam_role_policy: 1,
        aws_vpc_endpoint: 2,
        aws_db_subnet_group: 1,
      });
      expect(Object.keys(stack.outputs())).toHaveLength(4);
    });

    it('plans private /19 and public and isolated /20, leaving 10.0.192.0/18 free as the README says', () => {
      expect(vpc.subnetCidrBlocks('private')).toEqual(['10.0.0.0/19', '10.0.32.0/19', '10.0.64.0/19']);
      expect(vpc.subnetCidrBlocks('public')).toEqual(['10.0.96.0/20', '10.0.112.0/20', '10.0.128.0/20']);
      expect(vpc.subnetCidrBlocks('isolated')).toEqual(['10.0.144.0/20', '10.0.160.0/20', '10.0.176.0/20']);
      const free = Ipv4Cidr.parse('10.0.192.0/18');
      const used = SUBNET_TIERS.flatMap((t) => vpc.subnetCidrBlocks(t)).map((b) => Ipv4Cidr.parse(b));
      expect(used.filter((b) => b.overlaps(free))).toEqual([]);
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

  describe('default resources', () => {
    const { stack } = synthVpc();

    it('takes over the default security group with no rules', () => {
      const group = stack.resource('aws_default_security_group');
      expect(group.values.vpc_id).toBe(ref(stack.resource('aws_vpc'), 'id'));
      expect(group.values.ingress).toEqual([]);
      expect(group.values.egress).toEqual([]);
    });

    it('leaves the main route table empty and associates every subnet with its own table', () => {
      const main = stack.resource('aws_default_route_table');
      expect(main.values.default_route_table_id).toBe(
        ref(stack.resource('aws_vpc'), 'default_route_table_id'),
      );
      expect(main.values.route).toEqual([]);
      const associated = stack.resources('aws_route_table_association').map((a) => a.values.subnet_id);
      expect(associated.sort()).toEqual(
        stack
          .resources('aws_subnet')
          .map((s) => ref(s, 'id'))
          .sort(),
      );
      expect(stack.resources('aws_route').some((r) => r.values.route_table_id === ref(main, 'id'))).toBe(
        false,
      );
    });

    it('does not give instances in public subnets public IPs', () => {
      for (const subnet of stack.resources('aws_subnet'))
        expect(subnet.values.map_public_ip_on_launch).toBe(false);
    });
  });

  it('maps public IPs in the public tier only when asked', () => {
    const { stack } = synthVpc({
      tiers: { public: { mapPublicIpOnLaunch: true }, private: {}, isolated: {} },
    });
    const mapped = stack.resources('aws_subnet').filter((s) => s.values.map_public_ip_on_launch === true);
    expect(mapped.map((s) => (s.values.tags as Record<string, string>).Tier)).toEqual([
      'public',
      'public',
      'public',
    ]);
  });

  it('outputs the VPC id and each tier’s subnet ids', () => {
    const { stack, vpc } = synthVpc({ natMode: 'single', tiers: { public: {}, private: {} } });
    const outputs = Object.entries(stack.outputs());
    expect(outputs).toHaveLength(3);
    const output = (part: string) => outputs.find(([name]) => name.includes(part))![1].value;
    expect(output('vpc-id')).toBe(ref(stack.resource('aws_vpc'), 'id'));
    const subnetRefs = (tier: string) =>
      stack
        .resources('aws_subnet')
        .filter((s) => (s.values.tags as Record<string, string>).Tier === tier)
        .map((s) => ref(s, 'id'));
    expect(output('public-subnet-ids')).toEqual(subnetRefs('public'));
    expect(output('private-subnet-ids')).toEqual(subnetRefs('private'));
    expect(vpc.dbSubnetGroupName).toBeUndefined();
    expect(stack.resources('aws_db_subnet_group')).toHaveLength(0);
  });

  it('names the DB subnet group after the name prop', () => {
    const stack = synthConstruct((s) => {
      const vpc = new Vpc(s, 'main', { name: 'Prod' });
      new TerraformOutput(s, 'db-subnet-group-name', { value: vpc.dbSubnetGroupName });
    });
    const group = stack.resource('aws_db_subnet_group');
    expect(group.values.name).toBe('prod-isolated');
    expect(stack.outputs()['db-subnet-group-name'].value).toBe(ref(group, 'name'));
  });

  it('uses given tier prefix lengths and explicit blocks', () => {
    const { vpc } = synthVpc({
      cidrBlock: '172.16.0.0/20',
      azCount: 2,
      tiers: {
        public: { cidrBlocks: ['172.16.0.0/26', '172.16.0.64/26'] },
        private: { prefixLength: 22 },
        isolated: { prefixLength: 24 },
      },
    });
    expect(vpc.subnetCidrBlocks('public')).toEqual(['172.16.0.0/26', '172.16.0.64/26']);
    expect(vpc.subnetCidrBlocks('private')).toEqual(['172.16.4.0/22', '172.16.8.0/22']);
    expect(vpc.subnetCidrBlocks('isolated')).toEqual(['172.16.1.0/24', '172.16.2.0/24']);
  });
});
