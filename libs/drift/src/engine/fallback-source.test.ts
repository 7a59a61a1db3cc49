import { cloudControlItem, configItem, engineFor, type StackSpec } from '../fixtures/harness';
import type { Inventory } from '../live/config-item';
import type { DriftReport } from '../report-types';

// A type read by two sources: EventBridge rules, which AWS Config records where a recorder runs and Cloud Control
// reads anywhere. The stack puts one rule in its own region and one in us-east-1 through a second provider.
const ACCOUNT = '111122223333';
const pattern = { source: ['aws.config'] };
const arnIn = (region: string, name: string) => `arn:aws:events:${region}:${ACCOUNT}:rule/${name}`;

const drift: StackSpec = {
  account: ACCOUNT,
  region: 'eu-west-1',
  aliases: { 'us-east-1': { account: ACCOUNT, region: 'us-east-1' } },
  resources: {
    aws_cloudwatch_event_rule: {
      local: { name: 'local', event_pattern: JSON.stringify(pattern) },
      forward: { provider: 'aws.us-east-1', name: 'forward', event_pattern: JSON.stringify(pattern) },
    },
  },
  state: {
    'aws_cloudwatch_event_rule.local': { id: 'local', name: 'local', arn: arnIn('eu-west-1', 'local') },
    'aws_cloudwatch_event_rule.forward': {
      id: 'forward',
      name: 'forward',
      arn: arnIn('us-east-1', 'forward'),
    },
  },
};

/** The rule as AWS Config records it: the registry shape, EventPattern a JSON string. */
const recorded = (region: string, name: string, extra: Record<string, unknown> = {}) =>
  configItem(
    'AWS::Events::Rule',
    arnIn(region, name),
    {
      Arn: arnIn(region, name),
      Name: name,
      EventBusName: 'default',
      EventPattern: JSON.stringify(pattern),
      State: 'ENABLED',
      Targets: [],
      ...extra,
    },
    { awsRegion: region },
  );

/** The rule as Cloud Control's GetResource reads it: EventPattern an object. */
const read = (region: string, name: string, extra: Record<string, unknown> = {}) =>
  cloudControlItem(
    'AWS::Events::Rule',
    arnIn(region, name),
    {
      Arn: arnIn(region, name),
      Name: name,
      EventBusName: 'default',
      EventPattern: pattern,
      State: 'ENABLED',
      ...extra,
    },
    { accountId: ACCOUNT, region },
  );

const inventory = (source: Inventory['source'], region: string): Inventory => ({
  source,
  accountId: ACCOUNT,
  region,
  resourceTypes: ['AWS::Events::Rule'],
});

const ofRule = (report: DriftReport, name: string) =>
  report.resources.filter((r) => r.address === `aws_cloudwatch_event_rule.${name}`);

describe('a type read by a preferred source and a fallback', () => {
  const engine = () => engineFor({ drift });

  it('compares through the preferred source when it has the resource, once', () => {
    const report = engine().check(
      [recorded('eu-west-1', 'local'), read('eu-west-1', 'local', { State: 'DISABLED' })],
      [inventory('config', 'eu-west-1'), inventory('cloudcontrol', 'eu-west-1')],
    );
    expect(ofRule(report, 'local')).toEqual([
      expect.objectContaining({ status: 'IN_SYNC', source: 'config', region: 'eu-west-1' }),
    ]);
  });

  it('falls back where the preferred source has nothing of it, and reports drift from there', () => {
    const report = engine().check(
      [recorded('eu-west-1', 'local'), read('us-east-1', 'forward', { State: 'DISABLED' })],
      [inventory('config', 'eu-west-1'), inventory('cloudcontrol', 'us-east-1')],
    );
    expect(ofRule(report, 'forward')).toEqual([
      expect.objectContaining({
        status: 'MODIFIED',
        source: 'cloudcontrol',
        region: 'us-east-1',
        differences: [{ path: 'state', expected: 'ENABLED', actual: 'DISABLED', type: 'NOT_EQUAL' }],
      }),
    ]);
    expect(report.summary.coverageBySource).toEqual({ config: 1, cloudcontrol: 1 });
  });

  it('falls back where the preferred source holds the resource without a configuration to compare', () => {
    const notRecorded = configItem('AWS::Events::Rule', arnIn('eu-west-1', 'local'), null, {
      configurationItemStatus: 'ResourceNotRecorded',
    });
    const report = engine().check([notRecorded, read('eu-west-1', 'local', { State: 'DISABLED' })]);
    expect(ofRule(report, 'local')).toEqual([
      expect.objectContaining({ status: 'MODIFIED', source: 'cloudcontrol' }),
    ]);
  });

  it("proves a deletion by the fallback's inventory only where it lists: its region, the default bus", () => {
    const custom: StackSpec = {
      ...drift,
      resources: {
        aws_cloudwatch_event_rule: {
          ...drift.resources['aws_cloudwatch_event_rule'],
          custom: { provider: 'aws.us-east-1', name: 'custom', event_bus_name: 'audit' },
        },
      },
    };
    const report = engineFor({ drift: custom }).check([], [inventory('cloudcontrol', 'us-east-1')]);
    expect(ofRule(report, 'forward')[0]).toMatchObject({
      status: 'DELETED',
      source: 'cloudcontrol',
      reason: `no AWS::Events::Rule item for it in the complete inventory of account ${ACCOUNT}, us-east-1`,
    });
    // ListResources lists the default bus's rules only: a rule of another bus is not in its inventory.
    expect(ofRule(report, 'custom')[0]?.status).toBe('NOT_CHECKED');
    expect(ofRule(report, 'local')[0]).toMatchObject({ status: 'NOT_CHECKED', source: 'config' });
  });

  it("proves a deletion by the preferred source's inventory in its own scope", () => {
    const report = engine().check([read('us-east-1', 'forward')], [inventory('config', 'eu-west-1')]);
    expect(ofRule(report, 'local')[0]).toMatchObject({ status: 'DELETED', source: 'config' });
    expect(ofRule(report, 'forward')[0]).toMatchObject({ status: 'IN_SYNC', source: 'cloudcontrol' });
  });

  it('leaves a resource neither source covers NOT_CHECKED, naming both', () => {
    const report = engine().check([recorded('eu-west-1', 'local')], [inventory('config', 'eu-west-1')]);
    expect(ofRule(report, 'forward')).toEqual([
      expect.objectContaining({
        status: 'NOT_CHECKED',
        source: 'config',
        reason: `no complete inventory of AWS::Events::Rule in account ${ACCOUNT}, us-east-1 (config or cloudcontrol): a partial input proves nothing about absent resources`,
      }),
    ]);
  });

  it('reports a rule no stack manages once, though both sources read it', () => {
    const report = engine().check([
      recorded('eu-west-1', 'local'),
      recorded('eu-west-1', 'by-hand'),
      read('eu-west-1', 'by-hand'),
      read('us-east-1', 'by-hand'),
    ]);
    expect(
      report.resources.filter((r) => r.status === 'UNMANAGED').map((r) => `${r.source} ${r.region}`),
    ).toEqual(['config eu-west-1', 'cloudcontrol us-east-1']);
  });

  it('compares an item of either source on the event path', () => {
    expect(engine().checkItem(read('us-east-1', 'forward'))).toMatchObject({
      status: 'IN_SYNC',
      source: 'cloudcontrol',
    });
    expect(engine().checkItem(recorded('eu-west-1', 'local', { State: 'DISABLED' }))).toMatchObject({
      status: 'MODIFIED',
      source: 'config',
    });
  });
});
