import { awsConfigExample } from '../fixtures/load-fixture';
import { configItem, engineFor } from '../fixtures/harness';
import { fromApiItem } from '../live/from-api-item';

const vpcItem = fromApiItem(awsConfigExample('rdk-example-ci-vpc.json'), 'vpc');
const subnetItem = fromApiItem(awsConfigExample('rdk-example-ci-subnet.json'), 'subnet');
const routeTableItem = fromApiItem(awsConfigExample('rdk-example-ci-route-table.json'), 'rt');
const natItem = fromApiItem(awsConfigExample('rdk-example-ci-nat-gateway.json'), 'nat');

describe('AWS::EC2::VPC adapter (real item)', () => {
  const engine = (cidr: string) =>
    engineFor({
      net: {
        resources: { aws_vpc: { main: { cidr_block: cidr, instance_tenancy: 'DEFAULT' } } },
        state: { 'aws_vpc.main': { id: 'vpc-0990dc6d' } },
      },
    });

  it('is IN_SYNC when the cidr and tenancy match (enum case ignored)', () => {
    expect(engine('172.31.0.0/16').checkItem(vpcItem)).toMatchObject({
      status: 'IN_SYNC',
      address: 'aws_vpc.main',
      constructPath: 'net/main',
      resourceId: 'vpc-0990dc6d',
    });
  });

  it('reports a changed cidr', () => {
    expect(engine('10.0.0.0/16').checkItem(vpcItem).differences).toEqual([
      { path: 'cidr_block', expected: '10.0.0.0/16', actual: '172.31.0.0/16', type: 'NOT_EQUAL' },
    ]);
  });

  it('never calls the default VPC unmanaged unless strict', () => {
    expect(engineFor({ net: { resources: {} } }).checkItem(vpcItem)).toMatchObject({
      status: 'NOT_CHECKED',
      reason: 'AWS-created default: the default VPC',
    });
    expect(engineFor({ net: { resources: {} } }, { strict: true }).checkItem(vpcItem).status).toBe(
      'UNMANAGED',
    );
  });
});

describe('AWS::EC2::Subnet adapter (real item)', () => {
  it('compares cidr, zone, vpc and public-ip mapping; a default subnet is an AWS default', () => {
    const engine = engineFor({
      net: {
        resources: {
          aws_subnet: {
            a: {
              cidr_block: '172.31.16.0/20',
              availability_zone: 'us-east-1a',
              vpc_id: '${aws_vpc.main.id}',
              map_public_ip_on_launch: false,
            },
          },
        },
        state: { 'aws_subnet.a': { id: 'subnet-29428871' }, 'aws_vpc.main': { id: 'vpc-0990dc6d' } },
      },
    });
    expect(engine.checkItem(subnetItem).differences).toEqual([
      { path: 'map_public_ip_on_launch', expected: false, actual: true, type: 'NOT_EQUAL' },
    ]);
    expect(engineFor({ net: { resources: {} } }).checkItem(subnetItem).reason).toMatch(/default subnet/);
  });
});

describe('AWS::EC2::RouteTable adapter (real item)', () => {
  const state = {
    'aws_route_table.public': { id: 'rtb-50b9b034' },
    'aws_internet_gateway.gw': { id: 'igw-a5f227c1' },
  };

  it('ignores the local route and reads inline routes and aws_route resources as one set', () => {
    const inline = engineFor({
      net: {
        resources: {
          aws_route_table: {
            public: {
              vpc_id: 'vpc-0990dc6d',
              route: [{ cidr_block: '0.0.0.0/0', gateway_id: '${aws_internet_gateway.gw.id}' }],
            },
          },
        },
        state,
      },
    });
    expect(inline.checkItem(routeTableItem).status).toBe('IN_SYNC');
    const separate = engineFor({
      net: {
        resources: {
          aws_route_table: { public: { vpc_id: 'vpc-0990dc6d' } },
          aws_route: {
            r: {
              route_table_id: '${aws_route_table.public.id}',
              destination_cidr_block: '0.0.0.0/0',
              gateway_id: 'igw-a5f227c1',
            },
          },
        },
        state,
      },
    });
    expect(separate.checkItem(routeTableItem)).toMatchObject({
      status: 'IN_SYNC',
      addresses: ['aws_route_table.public', 'aws_route.r'],
    });
  });

  it('reports a route added outside the IaC and a missing association', () => {
    const engine = engineFor({
      net: {
        resources: {
          aws_route_table: { public: { vpc_id: 'vpc-0990dc6d' } },
          aws_route_table_association: {
            a: { route_table_id: '${aws_route_table.public.id}', subnet_id: 'subnet-29428871' },
          },
        },
        state,
      },
    });
    expect(engine.checkItem(routeTableItem).differences).toEqual([
      {
        path: 'routes',
        expected: undefined,
        actual: { destination: '0.0.0.0/0', target: 'igw-a5f227c1' },
        type: 'ADD',
      },
      { path: 'associations', expected: 'subnet-29428871', actual: undefined, type: 'REMOVE' },
    ]);
  });

  it('treats an unmanaged main route table as an AWS default', () => {
    expect(engineFor({ net: { resources: {} } }).checkItem(routeTableItem).reason).toMatch(
      /main route table/,
    );
  });
});

describe('AWS::EC2::NatGateway adapter (real item)', () => {
  const engine = engineFor({
    net: {
      resources: {
        aws_nat_gateway: {
          nat: { subnet_id: 'subnet-test', allocation_id: 'eipalloc-test', tags: { Name: 'test' } },
        },
      },
      state: { 'aws_nat_gateway.nat': { id: 'nat-test' } },
    },
  });

  it('is IN_SYNC on the captured item and DELETED when its state says deleted', () => {
    expect(engine.checkItem(natItem).status).toBe('IN_SYNC');
    const deleted = configItem('AWS::EC2::NatGateway', 'nat-test', {
      ...natItem.configuration,
      state: 'deleted',
    });
    expect(engine.checkItem(deleted).status).toBe('DELETED');
  });
});

describe('AWS::EC2::InternetGateway and AWS::EC2::EIP adapters (built in the schema shape)', () => {
  it('compares the attached VPC of an internet gateway, also through aws_internet_gateway_attachment', () => {
    const engine = engineFor({
      net: {
        resources: {
          aws_internet_gateway: { gw: { tags: { Name: 'gw' } } },
          aws_internet_gateway_attachment: {
            att: { internet_gateway_id: '${aws_internet_gateway.gw.id}', vpc_id: 'vpc-1' },
          },
        },
        state: { 'aws_internet_gateway.gw': { id: 'igw-1' } },
      },
    });
    const item = configItem(
      'AWS::EC2::InternetGateway',
      'igw-1',
      { internetGatewayId: 'igw-1', attachments: [{ state: 'available', vpcId: 'vpc-2' }] },
      { tags: { Name: 'gw' } },
    );
    expect(engine.checkItem(item).differences).toEqual([
      { path: 'vpc_id', expected: 'vpc-1', actual: 'vpc-2', type: 'NOT_EQUAL' },
    ]);
  });

  it('joins an EIP by allocation id and compares its association', () => {
    const engine = engineFor({
      net: {
        resources: {
          aws_eip: { ip: { domain: 'vpc' } },
          aws_eip_association: { a: { allocation_id: '${aws_eip.ip.id}', instance_id: 'i-1' } },
        },
        state: { 'aws_eip.ip': { id: 'eipalloc-1', public_ip: '203.0.113.7' } },
      },
    });
    const item = configItem('AWS::EC2::EIP', 'eipalloc-1', {
      allocationId: 'eipalloc-1',
      domain: 'vpc',
      instanceId: 'i-9',
      publicIp: '203.0.113.7',
    });
    expect(engine.checkItem(item).differences).toEqual([
      { path: 'instance', expected: 'i-1', actual: 'i-9', type: 'NOT_EQUAL' },
    ]);
  });
});
