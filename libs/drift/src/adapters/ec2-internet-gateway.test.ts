import { configItem, engineFor } from '../fixtures/harness';

describe('AWS::EC2::InternetGateway adapter (built in the schema shape)', () => {
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
});
