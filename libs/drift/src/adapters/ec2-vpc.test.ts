import { awsConfigExample } from '../fixtures/load-fixture';
import { engineFor } from '../fixtures/harness';
import { fromApiItem } from '../live/from-api-item';

const vpcItem = fromApiItem(awsConfigExample('rdk-example-ci-vpc.json'), 'vpc');

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
