import { configItem, engineFor } from '../fixtures/harness';
import { pathsMissingFromInventory } from '../fixtures/property-inventory';

// An S3 gateway endpoint and an SSM interface endpoint as Config records them: the inventory's names (SDK-v2
// camelCase, `state` as `{value}`), the policy a JSON string, tags as a list.
const s3Policy = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'OwnBucketsOnly',
      Effect: 'Allow',
      Principal: '*',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: 'arn:aws:s3:::groundwork-*/*',
    },
  ],
};
const gateway = {
  vpcEndpointId: 'vpce-0a1b2c3d4e5f60718',
  vpcEndpointType: 'Gateway',
  vpcId: 'vpc-0c9d8e7f6a5b4c3d2',
  serviceName: 'com.amazonaws.eu-west-1.s3',
  state: { value: 'available' },
  policyDocument: JSON.stringify(s3Policy),
  routeTableIds: ['rtb-0aaa1111bbbb2222c', 'rtb-0ddd3333eeee4444f'],
  subnetIds: [],
  groups: [],
  ipAddressType: 'ipv4',
  privateDnsEnabled: false,
  requesterManaged: false,
  networkInterfaceIds: [],
  dnsEntries: [],
  creationTimestamp: '2026-11-20T09:14:07.000Z',
  ownerId: '111122223333',
};
const iface = {
  ...gateway,
  vpcEndpointId: 'vpce-0f1e2d3c4b5a69788',
  vpcEndpointType: 'Interface',
  serviceName: 'com.amazonaws.eu-west-1.ssm',
  policyDocument: JSON.stringify({
    Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
  }),
  routeTableIds: [],
  subnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'],
  groups: [{ groupId: 'sg-0123abcd4567ef890', groupName: 'endpoints' }],
  privateDnsEnabled: true,
  networkInterfaceIds: ['eni-0a0a0a0a0a0a0a0a0', 'eni-0b0b0b0b0b0b0b0b0'],
  dnsEntries: [
    {
      dnsName: 'vpce-0f1e2d3c4b5a69788-abcd.ssm.eu-west-1.vpce.amazonaws.com',
      hostedZoneId: 'Z7HUB22UULQXV',
    },
  ],
  dnsOptions: { dnsRecordIpType: 'ipv4' },
};
const item = (configuration: Record<string, unknown>) =>
  configItem('AWS::EC2::VPCEndpoint', String(configuration['vpcEndpointId']), configuration, {
    configuration: { ...configuration, tags: [{ key: 'Name', value: 'endpoint' }] },
    tags: { Name: 'endpoint' },
  });

const engine = engineFor({
  net: {
    resources: {
      aws_vpc_endpoint: {
        s3: {
          vpc_id: 'vpc-0c9d8e7f6a5b4c3d2',
          service_name: 'com.amazonaws.eu-west-1.s3',
          vpc_endpoint_type: 'Gateway',
          route_table_ids: ['rtb-0ddd3333eeee4444f', 'rtb-0aaa1111bbbb2222c'],
          policy: JSON.stringify(s3Policy, null, 2),
          tags: { Name: 'endpoint' },
        },
        ssm: {
          vpc_id: 'vpc-0c9d8e7f6a5b4c3d2',
          service_name: 'com.amazonaws.eu-west-1.ssm',
          vpc_endpoint_type: 'Interface',
          subnet_ids: ['subnet-0fedcba9876543210', 'subnet-0123456789abcdef0'],
          security_group_ids: ['sg-0123abcd4567ef890'],
          private_dns_enabled: true,
          tags: { Name: 'endpoint' },
        },
      },
    },
    state: {
      'aws_vpc_endpoint.s3': { id: 'vpce-0a1b2c3d4e5f60718' },
      'aws_vpc_endpoint.ssm': { id: 'vpce-0f1e2d3c4b5a69788' },
    },
  },
});

describe('AWS::EC2::VPCEndpoint adapter', () => {
  it('builds on items that use the field inventory’s names', () => {
    for (const c of [gateway, iface])
      expect(pathsMissingFromInventory('AWS::EC2::VPCEndpoint', c, ['policyDocument'])).toEqual([]);
  });

  it('is IN_SYNC with route tables, subnets and groups in any order and a re-encoded policy', () => {
    expect(engine.checkItem(item(gateway))).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_vpc_endpoint.s3',
    });
    expect(engine.checkItem(item(iface))).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_vpc_endpoint.ssm',
    });
  });

  it('reports a policy widened to everything, on the policy path', () => {
    const widened = { ...gateway, policyDocument: iface.policyDocument };
    expect(engine.checkItem(item(widened)).differences.map((d) => [d.path, d.type])).toEqual([
      ['policy', 'NOT_EQUAL'],
    ]);
  });

  it('leaves the policy to AWS when the IaC sets none, and reports a route table removed', () => {
    const changed = {
      ...iface,
      policyDocument: gateway.policyDocument,
      subnetIds: ['subnet-0123456789abcdef0'],
    };
    expect(engine.checkItem(item(changed)).differences).toEqual([
      { path: 'subnet_ids', expected: 'subnet-0fedcba9876543210', actual: undefined, type: 'REMOVE' },
    ]);
  });

  it('reads a deleted endpoint as gone', () => {
    expect(engine.checkItem(item({ ...gateway, state: { value: 'deleted' } })).status).toBe('DELETED');
  });
});
