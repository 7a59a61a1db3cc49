import { configItem, engineFor } from '../fixtures/harness';
import { pathsMissingFromInventory } from '../fixtures/property-inventory';

const arn = 'arn:aws:events:eu-west-1:111122223333:event-bus/drift-events';
const bus = { Arn: arn, Name: 'drift-events' };

describe('AWS::Events::EventBus adapter', () => {
  const engine = engineFor({
    drift: {
      resources: { aws_cloudwatch_event_bus: { bus: { name: 'drift-events', tags: { team: 'platform' } } } },
      state: { 'aws_cloudwatch_event_bus.bus': { id: 'drift-events', name: 'drift-events', arn } },
    },
  });

  it('builds on an item that uses the field inventory’s names', () => {
    expect(pathsMissingFromInventory('AWS::Events::EventBus', bus)).toEqual([]);
  });

  it('is IN_SYNC, and reports a tag changed', () => {
    expect(
      engine.checkItem(
        configItem('AWS::Events::EventBus', 'drift-events', bus, { tags: { team: 'platform' } }),
      ).status,
    ).toBe('IN_SYNC');
    expect(
      engine
        .checkItem(configItem('AWS::Events::EventBus', 'drift-events', bus, { tags: { team: 'other' } }))
        .differences.map((d) => d.path),
    ).toEqual(['tags.team']);
  });

  it('never calls the account’s default bus unmanaged', () => {
    const item = configItem('AWS::Events::EventBus', 'default', {
      Arn: arn.replace('drift-events', 'default'),
      Name: 'default',
    });
    expect(engineFor({ drift: { resources: {} } }).checkItem(item).reason).toMatch(/default event bus/);
  });
});
