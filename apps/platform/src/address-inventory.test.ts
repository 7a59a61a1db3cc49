import { formatInventory, inventoryChanges, parseInventory, stackAddresses } from './address-inventory';

describe('address inventory', () => {
  const json = {
    resource: { aws_vpc: { vpc_vpc_1A2B3C4D: {} }, aws_subnet: { b: {}, a: {} } },
    data: { aws_region: { region: {} } },
  };

  it('lists resource and data source addresses, sorted', () => {
    expect(stackAddresses(json)).toEqual([
      'aws_subnet.a',
      'aws_subnet.b',
      'aws_vpc.vpc_vpc_1A2B3C4D',
      'data.aws_region.region',
    ]);
  });

  it('reads back what it writes', () => {
    const inventory = { 'network-dev': stackAddresses(json), org: ['aws_organizations_organization.o'] };
    const text = formatInventory(inventory);
    expect(text).toMatch(/^# /);
    expect(text).toContain('\n[network-dev]\naws_subnet.a\n');
    expect(parseInventory(text)).toEqual(inventory);
  });

  it('names the line it cannot read', () => {
    expect(() => parseInventory('[org]\naws_vpc.main\nnot an address\n')).toThrow(
      /addresses\.txt:3: expected "\[stack\]" or a Terraform address, got "not an address"/,
    );
  });

  it('says what an apply would create and destroy, whole stacks included', () => {
    expect(
      inventoryChanges(
        { app: ['aws_lb.a', 'aws_lb.old'], gone: ['aws_vpc.v'] },
        { app: ['aws_lb.a', 'aws_lb.new'], fresh: ['aws_sns_topic.t'] },
      ),
    ).toEqual([
      '+ app aws_lb.new (new: the next apply creates it)',
      '- app aws_lb.old (gone: the next apply destroys it)',
      '+ [fresh] (a new stack)',
      '+ fresh aws_sns_topic.t (new: the next apply creates it)',
      '- [gone] (the whole stack is gone)',
      '- gone aws_vpc.v (gone: the next apply destroys it)',
    ]);
    expect(inventoryChanges({ app: ['aws_lb.a'] }, { app: ['aws_lb.a'] })).toEqual([]);
  });
});
