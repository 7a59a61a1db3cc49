import { awsConfigExample } from '../fixtures/load-fixture';
import { configItem, engineFor } from '../fixtures/harness';
import { fromApiItem } from '../live/from-api-item';

const natItem = fromApiItem(awsConfigExample('rdk-example-ci-nat-gateway.json'), 'nat');

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
