import { configItem, engineFor } from '../fixtures/harness';

describe('AWS::EC2::EIP adapter (built in the schema shape)', () => {
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
