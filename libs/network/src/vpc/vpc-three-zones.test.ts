import { Block, SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { Vpc } from './vpc';

// The "done when" shape of the issue: a 3-AZ perAz VPC with all three tiers.
const ref = SynthesizedStack.ref;
let vpc!: Vpc;
const stack = synthConstruct((s) => {
  vpc = new Vpc(s, 'prod', { azCount: 3, natMode: 'perAz' });
});

const tierOf = (b: Block) => (b.values.tags as Record<string, string>).Tier;
const routesOf = (table: Block) =>
  stack.resources('aws_route').filter((r) => r.values.route_table_id === ref(table, 'id'));
const subnetOf = (table: Block) => {
  const association = stack
    .resources('aws_route_table_association')
    .filter((a) => a.values.route_table_id === ref(table, 'id'));
  expect(association).toHaveLength(1);
  return stack.resources('aws_subnet').find((s) => ref(s, 'id') === association[0].values.subnet_id)!;
};

describe('a 3-AZ perAz VPC', () => {
  it('has 9 subnets: 3 public, 3 private, 3 isolated, one per zone each', () => {
    const subnets = stack.resources('aws_subnet');
    expect(subnets).toHaveLength(9);
    for (const tier of ['public', 'private', 'isolated']) {
      const ofTier = subnets.filter((s) => tierOf(s) === tier);
      expect(ofTier).toHaveLength(3);
      expect(new Set(ofTier.map((s) => s.values.availability_zone)).size).toBe(3);
    }
  });

  it('has 3 NAT gateways, each with its own EIP and in its zone’s public subnet', () => {
    const nats = stack.resources('aws_nat_gateway');
    const eips = stack.resources('aws_eip');
    expect(nats).toHaveLength(3);
    expect(eips).toHaveLength(3);
    expect(new Set(nats.map((n) => n.values.allocation_id))).toEqual(
      new Set(eips.map((e) => ref(e, 'allocation_id'))),
    );
    for (const eip of eips) expect(eip.values.domain).toBe('vpc');
    const zones = nats.map((nat) => {
      const subnet = stack.resources('aws_subnet').find((s) => ref(s, 'id') === nat.values.subnet_id)!;
      expect(tierOf(subnet)).toBe('public');
      return subnet.values.availability_zone;
    });
    expect(new Set(zones).size).toBe(3);
    expect(vpc.natGatewayIds).toHaveLength(3);
  });

  it('has one internet gateway attached to the VPC', () => {
    const igw = stack.resource('aws_internet_gateway');
    expect(igw.values.vpc_id).toBe(ref(stack.resource('aws_vpc'), 'id'));
  });

  it('routes each public table to the internet gateway', () => {
    const igw = stack.resource('aws_internet_gateway');
    const tables = stack.resources('aws_route_table').filter((t) => tierOf(t) === 'public');
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      expect(routesOf(table).map((r) => r.values)).toEqual([
        { route_table_id: ref(table, 'id'), destination_cidr_block: '0.0.0.0/0', gateway_id: ref(igw, 'id') },
      ]);
      expect(tierOf(subnetOf(table))).toBe('public');
    }
  });

  it('routes each private table to the NAT gateway of its own zone', () => {
    const tables = stack.resources('aws_route_table').filter((t) => tierOf(t) === 'private');
    expect(tables).toHaveLength(3);
    const natsUsed = new Set<unknown>();
    for (const table of tables) {
      const routes = routesOf(table);
      expect(routes).toHaveLength(1);
      expect(routes[0].values.destination_cidr_block).toBe('0.0.0.0/0');
      expect(routes[0].values).not.toHaveProperty('gateway_id');
      const nat = stack
        .resources('aws_nat_gateway')
        .find((n) => ref(n, 'id') === routes[0].values.nat_gateway_id)!;
      const natSubnet = stack.resources('aws_subnet').find((s) => ref(s, 'id') === nat.values.subnet_id)!;
      expect(natSubnet.values.availability_zone).toBe(subnetOf(table).values.availability_zone);
      natsUsed.add(nat.address);
    }
    expect(natsUsed.size).toBe(3);
  });

  it('gives the isolated tables no route out of the VPC', () => {
    const tables = stack.resources('aws_route_table').filter((t) => tierOf(t) === 'isolated');
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      expect(routesOf(table)).toEqual([]);
      expect(table.values).not.toHaveProperty('route');
      expect(tierOf(subnetOf(table))).toBe('isolated');
    }
  });

  it('records all traffic with flow logs to CloudWatch Logs', () => {
    const flowLog = stack.resource('aws_flow_log');
    const logGroup = stack.resource('aws_cloudwatch_log_group');
    expect(flowLog.values).toMatchObject({
      vpc_id: ref(stack.resource('aws_vpc'), 'id'),
      traffic_type: 'ALL',
      log_destination_type: 'cloud-watch-logs',
      log_destination: ref(logGroup, 'arn'),
      iam_role_arn: ref(stack.resource('aws_iam_role'), 'arn'),
    });
    expect(logGroup.values.retention_in_days).toBe(365);
  });
});
