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

  describe('folding aws_cloudwatch_event_bus_policy into the bus’s Policy', () => {
    const admitOrganization = (orgId: string) => ({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'OrganizationForwardsConfigEvents',
          Effect: 'Allow',
          Principal: '*',
          Action: 'events:PutEvents',
          Resource: arn,
          Condition: { StringEquals: { 'aws:PrincipalOrgID': orgId } },
        },
      ],
    });
    const withPolicy = engineFor({
      drift: {
        resources: {
          aws_cloudwatch_event_bus: { bus: { name: 'drift-events' } },
          aws_cloudwatch_event_bus_policy: {
            'bus-policy': {
              event_bus_name: '${aws_cloudwatch_event_bus.bus.name}',
              // As Terraform writes it: lists and a principal map, which AWS returns in its shorter form.
              policy: JSON.stringify({
                Version: '2012-10-17',
                Statement: [
                  {
                    Sid: 'OrganizationForwardsConfigEvents',
                    Effect: 'Allow',
                    Principal: { AWS: ['*'] },
                    Action: ['events:PutEvents'],
                    Resource: [arn],
                    Condition: { StringEquals: { 'aws:PrincipalOrgID': ['o-abc1234567'] } },
                  },
                ],
              }),
            },
          },
        },
        state: { 'aws_cloudwatch_event_bus.bus': { id: 'drift-events', name: 'drift-events', arn } },
      },
    });

    it('is IN_SYNC when the recorded policy means the same, and names the policy resource', () => {
      // The registry shape gives Policy as an object (DescribeEventBus's document, decoded).
      const result = withPolicy.checkItem(
        configItem('AWS::Events::EventBus', 'drift-events', {
          ...bus,
          Policy: admitOrganization('o-abc1234567'),
        }),
      );
      expect(result).toMatchObject({
        status: 'IN_SYNC',
        addresses: ['aws_cloudwatch_event_bus.bus', 'aws_cloudwatch_event_bus_policy.bus-policy'],
      });
      expect(
        withPolicy.checkItem(
          configItem('AWS::Events::EventBus', 'drift-events', {
            ...bus,
            Policy: JSON.stringify(admitOrganization('o-abc1234567')),
          }),
        ).status,
      ).toBe('IN_SYNC');
    });

    it('reports the policy widened by hand', () => {
      const widened = admitOrganization('o-abc1234567');
      delete (widened.Statement[0] as { Condition?: unknown }).Condition;
      const result = withPolicy.checkItem(
        configItem('AWS::Events::EventBus', 'drift-events', { ...bus, Policy: widened }),
      );
      expect(result.status).toBe('MODIFIED');
      expect(result.differences.map((d) => d.path)).toEqual(['policy']);
    });

    it('reports a policy added by hand to a bus the IaC gives none, and compares none when none is recorded', () => {
      expect(
        engine
          .checkItem(
            configItem(
              'AWS::Events::EventBus',
              'drift-events',
              { ...bus, Policy: admitOrganization('o-other00000') },
              { tags: { team: 'platform' } },
            ),
          )
          .differences.map((d) => d.path),
      ).toEqual(['policy']);
      expect(withPolicy.checkItem(configItem('AWS::Events::EventBus', 'drift-events', bus)).status).toBe(
        'IN_SYNC',
      );
    });
  });
});
