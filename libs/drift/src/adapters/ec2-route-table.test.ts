import { awsConfigExample } from '../fixtures/load-fixture';
import { engineFor } from '../fixtures/harness';
import { fromApiItem } from '../live/from-api-item';

const routeTableItem = fromApiItem(awsConfigExample('rdk-example-ci-route-table.json'), 'rt');

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

  describe('a main route table taken over by aws_default_route_table (the real item is a main table)', () => {
    const stack = (route: unknown[]) => ({
      net: {
        resources: {
          aws_default_route_table: { main: { default_route_table_id: 'rtb-50b9b034', route } },
        },
        state: {
          'aws_default_route_table.main': { id: 'rtb-50b9b034', vpc_id: 'vpc-0990dc6d' },
          'aws_internet_gateway.gw': { id: 'igw-a5f227c1' },
        },
      },
    });

    it("is IN_SYNC with the routes it declares; the main association and the local route are AWS's", () => {
      const engine = engineFor(
        stack([{ cidr_block: '0.0.0.0/0', gateway_id: '${aws_internet_gateway.gw.id}' }]),
      );
      expect(engine.checkItem(routeTableItem)).toMatchObject({
        status: 'IN_SYNC',
        address: 'aws_default_route_table.main',
      });
    });

    it('reports a route it does not declare: the IaC owns every route of the table it took over', () => {
      expect(engineFor(stack([])).checkItem(routeTableItem)).toMatchObject({
        status: 'MODIFIED',
        differences: [
          {
            path: 'routes',
            expected: undefined,
            actual: { destination: '0.0.0.0/0', target: 'igw-a5f227c1' },
            type: 'ADD',
          },
        ],
      });
    });
  });
});
