import { Token } from 'cdktf';
import { Peer } from './peer';
import { Port } from './port';

describe('Port', () => {
  it('describes single ports, ranges and all traffic', () => {
    expect(Port.tcp(443)).toMatchObject({ ipProtocol: 'tcp', fromPort: 443, toPort: 443, key: 'tcp-443' });
    expect(Port.tcpRange(1024, 2048).key).toBe('tcp-1024-2048');
    expect(Port.udp(53)).toMatchObject({ ipProtocol: 'udp', fromPort: 53, toPort: 53 });
    expect(Port.allTcp()).toMatchObject({ fromPort: 0, toPort: 65535 });
    expect(Port.allTraffic()).toMatchObject({
      ipProtocol: '-1',
      fromPort: undefined,
      toPort: undefined,
      key: 'all',
    });
  });

  it('fails when a port is outside 0–65535 or not an integer', () => {
    expect(() => Port.tcp(70000)).toThrow(
      'Port.tcp: from port must be a whole number from 0 to 65535, got 70000',
    );
    expect(() => Port.udp(-1)).toThrow('Port.udp: from port must be a whole number from 0 to 65535, got -1');
    expect(() => Port.tcpRange(80, 80.5)).toThrow(
      'Port.tcp: to port must be a whole number from 0 to 65535, got 80.5',
    );
  });

  it('fails when a range runs backwards', () => {
    expect(() => Port.tcpRange(443, 80)).toThrow('tcp port range must run from low to high, got 443-80');
  });

  it('passes token ports through unchecked', () => {
    const port = Port.tcp(Token.asNumber({ Ref: 'port' }));
    expect(port.ipProtocol).toBe('tcp');
    expect(port.key).toBe('tcp-ref');
  });
});

describe('Peer', () => {
  it('targets exactly one kind of peer', () => {
    expect(Peer.ipv4('10.0.0.0/8').target).toEqual({ cidrIpv4: '10.0.0.0/8' });
    expect(Peer.anyIpv4().target).toEqual({ cidrIpv4: '0.0.0.0/0' });
    expect(Peer.ipv6('2001:db8::/32').target).toEqual({ cidrIpv6: '2001:db8::/32' });
    expect(Peer.securityGroupId('sg-0123456789abcdef0').target).toEqual({
      referencedSecurityGroupId: 'sg-0123456789abcdef0',
    });
    expect(Peer.prefixList('pl-63a5400a').target).toEqual({ prefixListId: 'pl-63a5400a' });
  });

  it('fails when a CIDR or id is malformed', () => {
    expect(() => Peer.ipv4('10.0.0.1/8')).toThrow('did you mean 10.0.0.0/8?');
    expect(() => Peer.ipv4('anywhere')).toThrow('"anywhere" is not an IPv4 CIDR block');
    expect(() => Peer.ipv6('10.0.0.0/8')).toThrow('"10.0.0.0/8" is not an IPv6 CIDR block');
    expect(() => Peer.securityGroupId('web')).toThrow('"web" is not a security group id');
    expect(() => Peer.prefixList('s3')).toThrow('"s3" is not a prefix list id');
  });

  it('passes token CIDRs and ids through unchecked', () => {
    expect(Peer.ipv4(Token.asString({ Ref: 'cidr' })).key).toBe('ipv4-ref');
    expect(Peer.securityGroupId(Token.asString({ Ref: 'sg' })).key).toBe('sg-ref');
  });
});
