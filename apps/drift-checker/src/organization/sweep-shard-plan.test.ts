// The shard plan's member-read shards: one per source, service and place, with ids that stay put across sweeps.
import { planShards, shardSource, type ShardPlanInput, type SweepShard } from './sweep-shard-plan';

const INPUT: ShardPlanInput = {
  accounts: ['222222222222', '111111111111'],
  regions: ['us-east-1', 'eu-west-1'],
  globalTypes: ['AWS::IAM::Role'],
  regionalTypes: ['AWS::EC2::VPC'],
  counts: () => new Map([['AWS::EC2::VPC', 3]]),
  maxItemsPerShard: 10,
  memberReadTypes: {
    cloudcontrol: [
      { resourceType: 'AWS::Logs::LogGroup', global: false },
      { resourceType: 'AWS::Organizations::Account', global: true },
      { resourceType: 'AWS::Config::ConfigRule', global: false },
      { resourceType: 'AWS::Organizations::Policy', global: true },
      { resourceType: 'AWS::Config::ConfigurationAggregator', global: false },
    ],
    direct: [
      { resourceType: 'AWS::IAM::AccountPasswordPolicy', global: true },
      { resourceType: 'AWS::Config::DeliveryChannel', global: false },
    ],
  },
};

const memberShards = (shards: SweepShard[]) => shards.filter((s) => shardSource(s) !== 'config');

describe('planShards: the shards read in the member accounts', () => {
  it('plans per account a shard per source, service and place: regional types per region, global ones once', () => {
    const shards = memberShards(planShards(INPUT)).filter((s) => s.accountId === '111111111111');
    expect(shards.map((s) => [s.id, s.source, s.region, s.resourceTypes])).toEqual([
      [
        '111111111111/global/cloudcontrol/organizations',
        'cloudcontrol',
        'global',
        ['AWS::Organizations::Account', 'AWS::Organizations::Policy'],
      ],
      [
        '111111111111/eu-west-1/cloudcontrol/config',
        'cloudcontrol',
        'eu-west-1',
        ['AWS::Config::ConfigRule', 'AWS::Config::ConfigurationAggregator'],
      ],
      ['111111111111/eu-west-1/cloudcontrol/logs', 'cloudcontrol', 'eu-west-1', ['AWS::Logs::LogGroup']],
      [
        '111111111111/us-east-1/cloudcontrol/config',
        'cloudcontrol',
        'us-east-1',
        ['AWS::Config::ConfigRule', 'AWS::Config::ConfigurationAggregator'],
      ],
      ['111111111111/us-east-1/cloudcontrol/logs', 'cloudcontrol', 'us-east-1', ['AWS::Logs::LogGroup']],
      ['111111111111/global/direct/iam', 'direct', 'global', ['AWS::IAM::AccountPasswordPolicy']],
      ['111111111111/eu-west-1/direct/config', 'direct', 'eu-west-1', ['AWS::Config::DeliveryChannel']],
      ['111111111111/us-east-1/direct/config', 'direct', 'us-east-1', ['AWS::Config::DeliveryChannel']],
    ]);
    // Nothing counts these types before they are read: the plan does not pretend to.
    expect(shards.every((s) => s.expectedItems === null)).toBe(true);
  });

  it('keeps the ids when counts, account order and type order change: they key the compliance state', () => {
    const ids = (input: ShardPlanInput) => memberShards(planShards(input)).map((s) => s.id);
    const reordered: ShardPlanInput = {
      ...INPUT,
      accounts: [...INPUT.accounts].reverse(),
      regions: [...INPUT.regions].reverse(),
      counts: () => new Map([['AWS::EC2::VPC', 9]]),
      memberReadTypes: {
        cloudcontrol: [...INPUT.memberReadTypes!.cloudcontrol].reverse(),
        direct: [...INPUT.memberReadTypes!.direct].reverse(),
      },
    };
    expect(ids(reordered)).toEqual(ids(INPUT));
  });

  it('never gives a member shard the id of a Config shard, and marks Config shards as such', () => {
    const shards = planShards(INPUT);
    expect(new Set(shards.map((s) => s.id)).size).toBe(shards.length);
    const config = shards.filter((s) => s.source === 'config');
    expect(config.map((s) => s.id)).toContain('111111111111/eu-west-1/ec2');
    expect(config.every((s) => s.expectedItems === 3 || s.resourceTypes.includes('AWS::IAM::Role'))).toBe(
      true,
    );
  });

  it('plans Config shards only without member read types', () => {
    const { memberReadTypes: _, ...configOnly } = INPUT;
    expect(planShards(configOnly).every((s) => s.source === 'config')).toBe(true);
  });
});

describe('shardSource', () => {
  const shard: SweepShard = {
    id: '111111111111/eu-west-1/ec2',
    accountId: '111111111111',
    region: 'eu-west-1',
    resourceTypes: ['AWS::EC2::VPC'],
    expectedItems: 3,
  };

  it('takes a shard planned before the sources were named for a Config shard', () => {
    expect(shardSource(shard)).toBe('config');
  });

  it('refuses a source it does not know, naming the shard and what to do', () => {
    expect(() => shardSource({ ...shard, source: 'tagging' as never })).toThrow(
      'shard 111111111111/eu-west-1/ec2: source must be one of config, cloudcontrol, direct, got "tagging": ' +
        'the shard list was planned by another version of the sweep; start a new sweep',
    );
  });
});

describe('planShards: accounts the aggregator holds nothing of', () => {
  it('plans their Config shards unrecorded, with the ids a recording account gets, and their member shards as usual', () => {
    const recorded = planShards(INPUT);
    const withSilent = planShards({
      ...INPUT,
      accounts: ['111111111111'],
      unrecordedAccounts: ['222222222222'],
    });
    const configOf = (shards: SweepShard[], account: string) =>
      shards.filter((s) => s.accountId === account && shardSource(s) === 'config');
    const silent = configOf(withSilent, '222222222222');
    expect(silent.map((s) => s.id)).toEqual(configOf(recorded, '222222222222').map((s) => s.id));
    expect(silent.every((s) => s.unrecorded === true && s.expectedItems === 0)).toBe(true);
    expect(configOf(withSilent, '111111111111').some((s) => s.unrecorded)).toBe(false);
    expect(memberShards(withSilent).filter((s) => s.accountId === '222222222222')).toEqual(
      memberShards(recorded).filter((s) => s.accountId === '222222222222'),
    );
  });
});
