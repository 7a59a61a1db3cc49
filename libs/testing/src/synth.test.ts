import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { SynthesizedStack, synthConstruct } from './index';

describe('synthConstruct', () => {
  const stack = synthConstruct((s) => {
    const vpc = new Vpc(s, 'vpc', { cidrBlock: '10.0.0.0/16' });
    new Subnet(s, 'a', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });
    new Subnet(s, 'b', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24' });
  });

  it('returns the stack JSON with an aws provider and no backend', () => {
    expect(stack.json.provider?.aws).toEqual([{ region: 'us-east-1' }]);
    expect(stack.json.terraform).not.toHaveProperty('backend');
  });

  it('finds resources by type, name and address', () => {
    expect(stack.resources('aws_subnet').map((r) => r.address)).toEqual(['aws_subnet.a', 'aws_subnet.b']);
    const vpc = stack.resource('aws_vpc');
    expect(stack.byAddress('aws_vpc.vpc').values.cidr_block).toBe('10.0.0.0/16');
    expect(stack.resource('aws_subnet', 'b').values.vpc_id).toBe(SynthesizedStack.ref(vpc, 'id'));
    expect(stack.countByType()).toEqual({ aws_vpc: 1, aws_subnet: 2 });
  });

  it('fails loudly when a lookup is ambiguous or empty', () => {
    expect(() => stack.resource('aws_subnet')).toThrow(/found 2; the stack has: aws_subnet.a, aws_subnet.b/);
    expect(() => stack.resource('aws_instance')).toThrow(/found 0; the stack has: none/);
    expect(() => stack.byAddress('aws_vpc.other')).toThrow('no block at address aws_vpc.other');
  });
});
