import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { Peer } from './peer';
import { Port } from './port';
import { SecurityGroup } from './security-group';
import { Vpc } from './vpc';

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
    expect(closed.resource('aws_security_group').values.vpc_id).toBe('vpc-0123456789abcdef0');

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
});
