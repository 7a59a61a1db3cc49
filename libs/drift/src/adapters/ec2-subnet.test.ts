import { awsConfigExample } from '../fixtures/load-fixture';
import { engineFor } from '../fixtures/harness';
import { fromApiItem } from '../live/from-api-item';

const subnetItem = fromApiItem(awsConfigExample('rdk-example-ci-subnet.json'), 'subnet');

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
