import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { Peer } from '../security-group/peer';
import { Port } from '../security-group/port';
import { SecurityGroup } from '../security-group/security-group';
import { Vpc } from '../vpc/vpc';
import type { VpcProps } from '../vpc/vpc-props';

const ref = SynthesizedStack.ref;
const tier = (b: { values: Record<string, unknown> }) => (b.values.tags as Record<string, string>).Tier;
// The Vpc's own region data source (the flow logs construct has another).
const endpointsRegion = (stack: SynthesizedStack) =>
  stack.dataSources('aws_region').find((d) => !d.name.includes('flow-logs'))!.name;
const synthVpc = (props: VpcProps) => synthConstruct((s) => new Vpc(s, 'main', props));

describe('VPC endpoints', () => {
  describe('gateway endpoints (default)', () => {
    const stack = synthVpc({});
    const endpoints = stack.resources('aws_vpc_endpoint');

    it('has S3 and DynamoDB gateway endpoints', () => {
      expect(endpoints.map((e) => e.values.vpc_endpoint_type)).toEqual(['Gateway', 'Gateway']);
      const regionName = ref(stack.byAddress(`data.aws_region.${endpointsRegion(stack)}`), 'name');
      expect(endpoints.map((e) => e.values.service_name).sort()).toEqual([
        `com.amazonaws.${regionName}.dynamodb`,
        `com.amazonaws.${regionName}.s3`,
      ]);
    });

    it('routes them from every private and isolated route table, and no public one', () => {
      const expected = stack
        .resources('aws_route_table')
        .filter((t) => tier(t) !== 'public')
        .map((t) => ref(t, 'id'))
        .sort();
      expect(expected).toHaveLength(6);
      for (const e of endpoints) expect([...(e.values.route_table_ids as string[])].sort()).toEqual(expected);
    });

    it("owns each one's policy: AWS's full-access default, so a policy changed by hand is reverted and reported", () => {
      for (const e of endpoints)
        expect(JSON.parse(String(e.values.policy))).toEqual({
          Version: '2008-10-17',
          Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
        });
    });
  });

  it('exposes the S3 prefix list for egress rules', () => {
    const stack = synthConstruct((s) => {
      const vpc = new Vpc(s, 'main', {});
      const app = new SecurityGroup(s, 'app', { vpc, description: 'App' });
      app.addEgressRule(
        Peer.prefixList(vpc.gatewayEndpoints!.prefixListIds.s3!),
        Port.tcp(443),
        'S3 via the gateway',
      );
    });
    const s3 = stack
      .resources('aws_vpc_endpoint')
      .find((e) => String(e.values.service_name).endsWith('.s3'))!;
    expect(stack.resource('aws_vpc_security_group_egress_rule').values.prefix_list_id).toBe(
      ref(s3, 'prefix_list_id'),
    );
  });

  it('can be limited or left out', () => {
    expect(synthVpc({ gatewayEndpoints: ['s3'] }).resources('aws_vpc_endpoint')).toHaveLength(1);
    const none = synthVpc({ gatewayEndpoints: [] });
    expect(none.resources('aws_vpc_endpoint')).toHaveLength(0);
    expect(none.dataSources('aws_region')).toHaveLength(1); // the flow logs role still needs it
    const publicOnly = synthVpc({ natMode: 'none', tiers: { public: {} }, flowLogs: false });
    expect(publicOnly.resources('aws_vpc_endpoint')).toHaveLength(0);
    expect(publicOnly.dataSources('aws_region')).toHaveLength(0);
  });

  describe('interface endpoints', () => {
    const services = ['ssm', 'ssmmessages', 'ec2messages', 'secretsmanager', 'logs'];
    const stack = synthVpc({ interfaceEndpoints: services });
    const interfaces = stack
      .resources('aws_vpc_endpoint')
      .filter((e) => e.values.vpc_endpoint_type === 'Interface');
    const group = stack.resources('aws_security_group')[0];

    it('creates one endpoint per service with private DNS in one private subnet per zone', () => {
      expect(interfaces).toHaveLength(5);
      const privateSubnets = stack
        .resources('aws_subnet')
        .filter((s) => tier(s) === 'private')
        .map((s) => ref(s, 'id'));
      for (const e of interfaces) {
        expect(e.values.private_dns_enabled).toBe(true);
        expect(e.values.subnet_ids).toEqual(privateSubnets);
        expect(e.values.security_group_ids).toEqual([ref(group, 'id')]);
      }
      expect(interfaces.map((e) => String(e.values.service_name).split('.').pop())).toEqual(
        [...services].sort(),
      );
    });

    it('puts them behind their own group that admits HTTPS from the VPC only', () => {
      expect(stack.resources('aws_security_group')).toHaveLength(1);
      expect(stack.resource('aws_vpc_security_group_ingress_rule').values).toMatchObject({
        security_group_id: ref(group, 'id'),
        cidr_ipv4: '10.0.0.0/16',
        ip_protocol: 'tcp',
        from_port: 443,
        to_port: 443,
      });
      expect(stack.resources('aws_vpc_security_group_egress_rule')).toHaveLength(0);
    });
  });

  it('uses the isolated subnets when there is no private tier', () => {
    const stack = synthVpc({ natMode: 'none', tiers: { isolated: {} }, interfaceEndpoints: ['kms'] });
    const endpoint = stack
      .resources('aws_vpc_endpoint')
      .find((e) => e.values.vpc_endpoint_type === 'Interface')!;
    expect(endpoint.values.subnet_ids).toEqual(
      stack
        .resources('aws_subnet')
        .filter((s) => tier(s) === 'isolated')
        .map((s) => ref(s, 'id')),
    );
  });
});
