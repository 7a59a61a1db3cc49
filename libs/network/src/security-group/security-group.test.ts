import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { Peer } from './peer';
import { Port } from './port';
import { SecurityGroup } from './security-group';
import type { IVpc } from '../vpc/ivpc';
import { Vpc } from '../vpc/vpc';

const ref = SynthesizedStack.ref;

describe('SecurityGroup', () => {
  it('chains tiers with one rule resource per rule and no inline rules', () => {
    const stack = synthConstruct((s) => {
      const vpc = new Vpc(s, 'vpc', {});
      const lb = new SecurityGroup(s, 'lb', { vpc, description: 'Load balancer' });
      const web = new SecurityGroup(s, 'web', { vpc, description: 'Web tier' });
      lb.addIngressRule(Peer.anyIpv4(), Port.tcp(443), 'HTTPS from the internet');
      lb.addEgressRule(Peer.securityGroup(web), Port.tcp(8080), 'To the web tier');
      web.addIngressRule(Peer.securityGroup(lb), Port.tcp(8080), 'From the load balancer');
    });
    const groups = stack.resources('aws_security_group');
    expect(groups).toHaveLength(2);
    for (const g of groups) {
      expect(g.values).not.toHaveProperty('ingress');
      expect(g.values).not.toHaveProperty('egress');
    }
    const lb = stack.resource('aws_security_group', 'lb');
    const web = stack.resource('aws_security_group', 'web');
    expect(lb.values.vpc_id).toBe(ref(stack.resource('aws_vpc'), 'id'));

    const ingress = stack.resources('aws_vpc_security_group_ingress_rule');
    expect(ingress).toHaveLength(2);
    expect(ingress.find((r) => r.values.cidr_ipv4)?.values).toEqual({
      security_group_id: ref(lb, 'id'),
      description: 'HTTPS from the internet',
      ip_protocol: 'tcp',
      from_port: 443,
      to_port: 443,
      cidr_ipv4: '0.0.0.0/0',
    });
    expect(ingress.find((r) => r.values.referenced_security_group_id)?.values).toMatchObject({
      security_group_id: ref(web, 'id'),
      referenced_security_group_id: ref(lb, 'id'),
      from_port: 8080,
    });
    expect(stack.resource('aws_vpc_security_group_egress_rule').values).toMatchObject({
      security_group_id: ref(lb, 'id'),
      referenced_security_group_id: ref(web, 'id'),
      description: 'To the web tier',
    });
  });

  it('allows no outbound traffic unless asked', () => {
    const closed = synthConstruct((s) => {
      new SecurityGroup(s, 'sg', { vpcId: 'vpc-0123456789abcdef0', description: 'Closed' });
    });
    expect(closed.resources('aws_vpc_security_group_egress_rule')).toHaveLength(0);
    expect(closed.resource('aws_security_group').values).toMatchObject({
      vpc_id: 'vpc-0123456789abcdef0',
      name_prefix: 'group-sg-', // never sg-…, which AWS rejects
      lifecycle: { create_before_destroy: true },
    });

    const open = synthConstruct((s) => {
      new SecurityGroup(s, 'sg', {
        vpcId: 'vpc-0123456789abcdef0',
        description: 'Open',
        allowAllOutbound: true,
      });
    });
    const egress = open.resource('aws_vpc_security_group_egress_rule').values;
    expect(egress).toMatchObject({ ip_protocol: '-1', cidr_ipv4: '0.0.0.0/0' });
    expect(egress).not.toHaveProperty('from_port');
  });

  it('keeps a rule’s id when other rules come and go', () => {
    const names = (withExtra: boolean) =>
      synthConstruct((s) => {
        const sg = new SecurityGroup(s, 'sg', { vpcId: 'vpc-0123456789abcdef0', description: 'App' });
        if (withExtra)
          sg.addIngressRule(Peer.ipv4('10.1.0.0/16'), Port.tcp(22), 'SSH from the bastion network');
        sg.addIngressRule(Peer.ipv4('10.0.0.0/16'), Port.tcp(8080), 'App port from the VPC');
      })
        .resources('aws_vpc_security_group_ingress_rule')
        .filter((r) => r.values.from_port === 8080)
        .map((r) => r.name);
    expect(names(true)).toEqual(names(false));
  });

  it('puts a rule under another scope with its own id when asked, and still refuses it twice', () => {
    let database!: SecurityGroup;
    let app!: SecurityGroup;
    const stack = synthConstruct((s) => {
      const vpc = new Vpc(s, 'vpc', {});
      database = new SecurityGroup(s, 'database', { vpc, description: 'Database' });
      app = new SecurityGroup(s, 'app', { vpc, description: 'App tier' });
      database.addIngressRule(Peer.securityGroup(app), Port.tcp(5432), 'App tier to the database', {
        placement: { scope: s, id: 'database-from-app' },
      });
    });
    const rule = stack.byAddress('aws_vpc_security_group_ingress_rule.database-from-app');
    expect(rule.values).toEqual({
      security_group_id: ref(stack.resource('aws_security_group', 'database'), 'id'),
      referenced_security_group_id: ref(stack.resource('aws_security_group', 'app'), 'id'),
      description: 'App tier to the database',
      ip_protocol: 'tcp',
      from_port: 5432,
      to_port: 5432,
    });
    expect(() => database.addIngressRule(Peer.securityGroup(app), Port.tcp(5432), 'Again')).toThrow(
      /already has an ingress rule for sg-.*app on tcp-5432/,
    );
  });

  it('takes any IVpc, such as a VPC made elsewhere', () => {
    const stack = synthConstruct((s) => {
      const imported = Object.assign(new Construct(s, 'shared-vpc'), {
        vpcId: 'vpc-0123456789abcdef0',
        cidrBlock: '10.99.0.0/16',
        hasTier: () => true,
        subnetIds: () => ['subnet-0123456789abcdef0'],
      }) satisfies IVpc;
      new SecurityGroup(s, 'sg', { vpc: imported, description: 'In a shared VPC' });
    });
    expect(stack.resource('aws_security_group').values.vpc_id).toBe('vpc-0123456789abcdef0');
  });

  it('takes every kind of peer and port', () => {
    const stack = synthConstruct((s) => {
      const sg = new SecurityGroup(s, 'sg', {
        vpcId: 'vpc-0123456789abcdef0',
        description: 'All kinds',
        name: 'kinds',
      });
      sg.addIngressRule(Peer.ipv6('::/0'), Port.tcpRange(8000, 8100), 'Range over IPv6');
      sg.addIngressRule(Peer.securityGroupId('sg-0123456789abcdef0'), Port.udp(53), 'DNS from a group');
      sg.addIngressRule(Peer.prefixList('pl-0123456789abcdef0'), Port.allTcp(), 'All TCP from a prefix list');
      sg.addIngressRule(Peer.ipv4('192.168.0.0/24'), Port.icmpPing(), 'Ping');
      sg.addEgressRule(Peer.anyIpv6(), Port.udpRange(1000, 2000), 'UDP range out');
    });
    expect(stack.resource('aws_security_group').values).toMatchObject({
      name: 'kinds',
      description: 'All kinds',
    });
    const rules = stack.resources('aws_vpc_security_group_ingress_rule').map((r) => r.values);
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ cidr_ipv6: '::/0', ip_protocol: 'tcp', from_port: 8000, to_port: 8100 }),
        expect.objectContaining({
          referenced_security_group_id: 'sg-0123456789abcdef0',
          ip_protocol: 'udp',
          from_port: 53,
        }),
        expect.objectContaining({ prefix_list_id: 'pl-0123456789abcdef0', from_port: 0, to_port: 65535 }),
        expect.objectContaining({
          cidr_ipv4: '192.168.0.0/24',
          ip_protocol: 'icmp',
          from_port: 8,
          to_port: 0,
        }),
      ]),
    );
    expect(stack.resource('aws_vpc_security_group_egress_rule').values).toMatchObject({
      cidr_ipv6: '::/0',
      ip_protocol: 'udp',
      from_port: 1000,
      to_port: 2000,
    });
  });

  describe('validation', () => {
    const build = (fn: (s: TerraformStack) => void) => () => synthConstruct(fn);

    it('fails when neither or both of vpc and vpcId are given', () => {
      expect(build((s) => new SecurityGroup(s, 'sg', { description: 'x' }))).toThrow(
        'SecurityGroup test/sg: give exactly one of vpc or vpcId, got neither',
      );
      expect(
        build((s) => {
          const vpc = new Vpc(s, 'vpc', {});
          new SecurityGroup(s, 'sg', { vpc, vpcId: 'vpc-1', description: 'x' });
        }),
      ).toThrow('got both');
    });

    it('fails when a description is missing, too long or has characters AWS rejects', () => {
      expect(build((s) => new SecurityGroup(s, 'sg', { vpcId: 'vpc-1', description: ' ' }))).toThrow(
        'SecurityGroup test/sg needs a description that says why it exists',
      );
      expect(
        build((s) => new SecurityGroup(s, 'sg', { vpcId: 'vpc-1', description: 'x'.repeat(256) })),
      ).toThrow('description must be at most 255 characters, got 256');
      expect(build((s) => new SecurityGroup(s, 'sg', { vpcId: 'vpc-1', description: 'café' }))).toThrow(
        'has characters AWS rejects',
      );
      expect(
        build((s) =>
          new SecurityGroup(s, 'sg', { vpcId: 'vpc-1', description: 'ok' }).addIngressRule(
            Peer.anyIpv4(),
            Port.tcp(443),
            '',
          ),
        ),
      ).toThrow('ingress rule of test/sg needs a description');
      expect(
        build((s) =>
          new SecurityGroup(s, 'sg', { vpcId: 'vpc-1', description: 'ok' }).addEgressRule(
            Peer.anyIpv4(),
            Port.tcp(443),
            'quote"',
          ),
        ),
      ).toThrow('egress rule of test/sg description "quote\"" has characters AWS rejects');
    });

    it('fails when the name starts with sg-', () => {
      expect(
        build((s) => new SecurityGroup(s, 'sg', { vpcId: 'vpc-1', description: 'x', name: 'sg-web' })),
      ).toThrow('name must be 1–255 characters and not start with "sg-", got "sg-web"');
    });

    it('fails when the same rule is added twice', () => {
      expect(
        build((s) => {
          const group = new SecurityGroup(s, 'sg', { vpcId: 'vpc-1', description: 'x' });
          group.addIngressRule(Peer.anyIpv4(), Port.tcp(443), 'HTTPS');
          group.addIngressRule(Peer.anyIpv4(), Port.tcp(443), 'HTTPS again');
        }),
      ).toThrow('SecurityGroup test/sg already has an ingress rule for 0.0.0.0/0 on tcp-443');
    });
  });
});
