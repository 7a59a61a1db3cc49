import { routeFromConfig, routeFromTerraform } from './routes';

describe('routeFromConfig', () => {
  it('keeps routes someone created and normalizes their destination and target', () => {
    expect(
      routeFromConfig({ destinationCidrBlock: '0.0.0.0/0', natGatewayId: 'nat-1', origin: 'CreateRoute' }),
    ).toEqual({
      destination: '0.0.0.0/0',
      target: 'nat-1',
    });
  });

  it('writes IPv6 destinations as AWS does on both sides', () => {
    expect(routeFromTerraform({ ipv6_cidr_block: '::0/0', egress_only_gateway_id: 'eigw-1' })).toEqual(
      routeFromConfig({ destinationIpv6CidrBlock: '::/0', egressOnlyInternetGatewayId: 'eigw-1' }),
    );
  });

  it('drops the routes AWS makes itself: local, propagated, and gateway endpoint prefix-list routes', () => {
    expect(routeFromConfig({ destinationCidrBlock: '10.0.0.0/16', gatewayId: 'local' })).toBeUndefined();
    expect(
      routeFromConfig({
        destinationCidrBlock: '10.9.0.0/16',
        gatewayId: 'vgw-1',
        origin: 'EnableVgwRoutePropagation',
      }),
    ).toBeUndefined();
    expect(
      routeFromConfig({
        destinationPrefixListId: 'pl-6da54004',
        gatewayId: 'vpce-0a1b2c3d',
        origin: 'CreateRoute',
      }),
    ).toBeUndefined();
  });
});
