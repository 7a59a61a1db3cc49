// The live forms beyond AWS Config's own, and what each proves. Shapes from the public references: Cloud Control API
// GetResource / ListResources response syntax (TypeName, ResourceDescription{Identifier, Properties as a JSON
// string}, ResourceDescriptions, NextToken), the CloudFormation resource schemas of AWS::Logs::LogGroup and
// AWS::Organizations::* (shared/aws-cloudformation/resource-schemas), IAM's GetAccountPasswordPolicy response
// (PasswordPolicy), and AWS Config's 1.0 SNS message (fixture from the Config developer guide).
import { DriftInputError } from '../errors';
import { awsConfigExample } from '../fixtures/load-fixture';
import { parseLive } from './parse-live';

const logGroupProperties = (name: string, account = '111111111111', region = 'eu-west-1') =>
  JSON.stringify({
    LogGroupName: name,
    RetentionInDays: 30,
    Arn: `arn:aws:logs:${region}:${account}:log-group:${name}:*`,
    Tags: [{ Key: 'iac:stack', Value: 'network-dev' }],
  });

const getLogGroup = (name: string, account?: string) => ({
  TypeName: 'AWS::Logs::LogGroup',
  ResourceDescription: { Identifier: name, Properties: logGroupProperties(name, account) },
});

const listLogGroups = (names: string[], extra: Record<string, unknown> = {}) => ({
  TypeName: 'AWS::Logs::LogGroup',
  ResourceDescriptions: names.map((n) => ({ Identifier: n, Properties: logGroupProperties(n) })),
  ...extra,
});

/** The documented shape of a password policy (IAM API reference, PasswordPolicy data type). */
const passwordPolicy = {
  PasswordPolicy: {
    MinimumPasswordLength: 14,
    RequireSymbols: true,
    RequireNumbers: true,
    RequireUppercaseCharacters: true,
    RequireLowercaseCharacters: true,
    AllowUsersToChangePassword: true,
    ExpirePasswords: true,
    MaxPasswordAge: 90,
    PasswordReusePrevention: 24,
    HardExpiry: false,
  },
};

describe('parseLive: Cloud Control output', () => {
  it('reads GetResource as one item of its TypeName, properties decoded, account and region from its Arn; no inventory', () => {
    const live = parseLive(getLogGroup('/app/web'), 'get.json');
    expect(live.items).toHaveLength(1);
    expect(live.items[0]).toMatchObject({
      source: 'cloudcontrol',
      resourceType: 'AWS::Logs::LogGroup',
      resourceId: '/app/web',
      accountId: '111111111111',
      awsRegion: 'eu-west-1',
      arn: 'arn:aws:logs:eu-west-1:111111111111:log-group:/app/web:*',
      configurationItemStatus: 'OK',
      configuration: { LogGroupName: '/app/web', RetentionInDays: 30 },
      tags: { 'iac:stack': 'network-dev' },
      tagsRecorded: true,
      supplementaryConfiguration: {},
    });
    expect(live.inventories).toEqual([]);
  });

  it('reads ListResources without NextToken as a complete inventory of its type in its account and region', () => {
    const live = parseLive(listLogGroups(['/a', '/b']), 'list.json');
    expect(live.items.map((i) => i.resourceId)).toEqual(['/a', '/b']);
    expect(live.inventories).toEqual([
      {
        source: 'cloudcontrol',
        accountId: '111111111111',
        region: 'eu-west-1',
        resourceTypes: ['AWS::Logs::LogGroup'],
      },
    ]);
  });

  it('reads a page with NextToken, and a list of a type listed per filter, as items only', () => {
    expect(parseLive(listLogGroups(['/a'], { NextToken: 'abc' }), 'page.json').inventories).toEqual([]);
    expect(parseLive(listLogGroups(['/a'], { NextToken: null }), 'last.json').inventories).toHaveLength(1);
    const ous = {
      TypeName: 'AWS::Organizations::OrganizationalUnit',
      ResourceDescriptions: [
        {
          Identifier: 'ou-ab12-11111111',
          Properties: JSON.stringify({
            Name: 'Workloads',
            Id: 'ou-ab12-11111111',
            ParentId: 'r-ab12',
            Arn: 'arn:aws:organizations::000000000000:ou/o-abcdefghij/ou-ab12-11111111',
          }),
        },
      ],
    };
    const live = parseLive(ous, 'ous.json');
    // Organizations ARNs have no region; the management account owns them.
    expect(live.items[0]).toMatchObject({ accountId: '000000000000', awsRegion: null, tagsRecorded: false });
    // ListOrganizationalUnitsForParent lists the children of one parent only.
    expect(live.inventories).toEqual([]);
    // ListFunctionEventInvokeConfigs lists one function's settings only.
    const oneFunction = {
      TypeName: 'AWS::Lambda::EventInvokeConfig',
      ResourceDescriptions: [
        {
          Identifier: 'drift-checker|$LATEST',
          Properties: JSON.stringify({
            FunctionName: 'drift-checker',
            Qualifier: '$LATEST',
            MaximumRetryAttempts: 2,
          }),
        },
      ],
    };
    expect(parseLive(oneFunction, 'configs.json').inventories).toEqual([]);
  });

  it('takes the account and region of what carries no ARN from the context, never over an ARN', () => {
    const empty = parseLive(listLogGroups([]), 'empty.json', {
      accountId: '222222222222',
      region: 'eu-central-1',
    });
    expect(empty.inventories).toEqual([
      {
        source: 'cloudcontrol',
        accountId: '222222222222',
        region: 'eu-central-1',
        resourceTypes: ['AWS::Logs::LogGroup'],
      },
    ]);
    expect(parseLive(listLogGroups([]), 'empty.json').inventories[0]).toMatchObject({
      accountId: null,
      region: null,
    });
    const own = parseLive(getLogGroup('/x'), 'get.json', { accountId: '222222222222' });
    expect(own.items[0].accountId).toBe('111111111111');
    const noArn = parseLive(
      {
        TypeName: 'AWS::Logs::LogGroup',
        ResourceDescription: { Identifier: '/y', Properties: '{"LogGroupName":"/y"}' },
      },
      'get.json',
      { accountId: '222222222222', region: 'eu-central-1' },
    );
    expect(noArn.items[0]).toMatchObject({
      accountId: '222222222222',
      awsRegion: 'eu-central-1',
      tagsRecorded: false,
    });
  });

  it('names the file, the path and what was expected when the output is malformed', () => {
    expect(() => parseLive({ TypeName: '', ResourceDescription: {} }, 'g.json')).toThrow(
      'g.json: /TypeName: expected the CloudFormation type name, such as "AWS::Logs::LogGroup", got ""',
    );
    expect(() =>
      parseLive({ TypeName: 'AWS::Logs::LogGroup', ResourceDescription: { Properties: '{}' } }, 'g.json'),
    ).toThrow(
      "g.json: /ResourceDescription/Identifier: expected the resource's primary identifier, got nothing",
    );
    expect(() =>
      parseLive(
        {
          TypeName: 'AWS::Logs::LogGroup',
          ResourceDescriptions: [{ Identifier: '/a', Properties: '{"Log' }],
        },
        'l.json',
      ),
    ).toThrow(
      /^l\.json: \/ResourceDescriptions\/0\/Properties: expected the resource properties as a JSON string/,
    );
    const mixed = {
      TypeName: 'AWS::Logs::LogGroup',
      ResourceDescriptions: [
        { Identifier: '/a', Properties: logGroupProperties('/a', '111111111111') },
        { Identifier: '/b', Properties: logGroupProperties('/b', '222222222222') },
      ],
    };
    expect(() => parseLive(mixed, 'm.json')).toThrow(
      'm.json: /ResourceDescriptions: expected one account: a ListResources output lists one account and region, got 111111111111, 222222222222 in the ARNs of its resources',
    );
  });
});

describe('parseLive: direct reads', () => {
  it('reads GetAccountPasswordPolicy as the account password policy of the account the context names', () => {
    const live = parseLive(passwordPolicy, 'policy.json', { accountId: '111111111111' });
    expect(live.items).toEqual([
      expect.objectContaining({
        source: 'direct',
        resourceType: 'AWS::IAM::AccountPasswordPolicy',
        resourceId: '111111111111',
        accountId: '111111111111',
        awsRegion: 'global',
        configuration: passwordPolicy.PasswordPolicy,
        tagsRecorded: false,
      }),
    ]);
    expect(live.inventories).toEqual([]);
    expect(parseLive(passwordPolicy, 'policy.json').items[0]).toMatchObject({ accountId: null });
    expect(() => parseLive({ PasswordPolicy: 'weak' }, 'p.json')).toThrow(
      'p.json: /PasswordPolicy: expected the PasswordPolicy object of a GetAccountPasswordPolicy output, got "weak"',
    );
  });
});

describe('parseLive: AWS Config files and messages', () => {
  const item = (id: string, extra: Record<string, unknown> = {}) => ({
    resourceType: 'AWS::S3::Bucket',
    resourceId: id,
    awsAccountId: '111111111111',
    awsRegion: 'eu-west-1',
    configurationItemCaptureTime: '2026-11-27T10:00:00.000Z',
    configurationItemStatus: 'OK',
    configuration: { name: id },
    ...extra,
  });

  it('reads a snapshot file as an inventory of the types it has recorded items of, per account and region', () => {
    const live = parseLive(
      {
        fileVersion: '1.0',
        configSnapshotId: 'snap',
        configurationItems: [
          item('a'),
          item('b', { awsAccountId: '222222222222' }),
          item('role', { resourceType: 'AWS::IAM::Role', awsRegion: 'global' }),
          // The recorder stopped recording VPCs: no evidence it records them.
          item('vpc-1', {
            resourceType: 'AWS::EC2::VPC',
            configurationItemStatus: 'ResourceNotRecorded',
            configuration: null,
          }),
        ],
      },
      'snapshot.json',
    );
    expect(live.items).toHaveLength(4);
    expect(live.inventories).toHaveLength(3);
    expect(live.inventories).toEqual(
      expect.arrayContaining([
        {
          source: 'config',
          accountId: '111111111111',
          region: 'eu-west-1',
          resourceTypes: ['AWS::S3::Bucket'],
        },
        {
          source: 'config',
          accountId: '222222222222',
          region: 'eu-west-1',
          resourceTypes: ['AWS::S3::Bucket'],
        },
        { source: 'config', accountId: '111111111111', region: 'global', resourceTypes: ['AWS::IAM::Role'] },
      ]),
    );
  });

  it('reads a delivered history file (no configSnapshotId) and an API history as items only', () => {
    expect(
      parseLive({ fileVersion: '1.0', configurationItems: [item('a')] }, 'history.json').inventories,
    ).toEqual([]);
    const history = parseLive(
      awsConfigExample('custodian-placebo-GetResourceConfigHistory-iam-role.json'),
      'h.json',
    );
    expect(history.items.length).toBeGreaterThan(0);
    expect(history.inventories).toEqual([]);
  });

  it('reads a 1.0 message whose configurationItem is an array, as SNS delivers it and on its own', () => {
    const sns = awsConfigExample(
      'awsdocs-sns-notification-1.0-ConfigurationItemChangeNotification-ebs-volume.json',
    ) as {
      Message: Record<string, unknown>;
    };
    const live = parseLive(sns, 'sns.json');
    expect(live.items).toEqual([
      expect.objectContaining({
        source: 'config',
        resourceType: 'AWS::EC2::VOLUME',
        resourceId: 'vol-ce676ccc',
        accountId: '123456789012',
        configurationStateId: '3e660fdf-4e34-4f32-afeb-0ace5bf3d63a',
        configurationItemCaptureTime: '2014-03-07T23:47:08.918Z',
      }),
    ]);
    expect(live.inventories).toEqual([]);
    const items = sns.Message['configurationItem'] as Record<string, unknown>[];
    const two = { ...sns.Message, configurationItem: [items[0], { ...items[0], resourceId: 'vol-2' }] };
    expect(parseLive(two, 'message.json').items.map((i) => i.resourceId)).toEqual(['vol-ce676ccc', 'vol-2']);
    expect(parseLive({ ...sns, Message: JSON.stringify(two) }, 'wire.json').items).toHaveLength(2);
    const broken = { ...sns.Message, configurationItem: [items[0], { ...items[0], resourceType: '' }] };
    expect(() => parseLive(broken, 'bad.json')).toThrow(
      'bad.json: /configurationItem/1/resourceType: expected a non-empty string, got ""',
    );
  });

  it('rejects an item whose resourceType is empty, naming the file and the path, instead of dropping it', () => {
    expect(() => parseLive([item('a'), item('b', { resourceType: '' })], 'items.json')).toThrow(
      new DriftInputError(
        'items.json',
        '/1/resourceType',
        'an AWS Config resource type such as "AWS::EC2::VPC"',
        '""',
      ),
    );
  });

  it('fills the account and region of items that carry none from the context, keeping their own', () => {
    const live = parseLive(
      [item('a', { awsAccountId: undefined, awsRegion: undefined }), item('b')],
      'items.json',
      { accountId: '333333333333', region: 'us-east-1' },
    );
    expect(live.items.map((i) => [i.accountId, i.awsRegion])).toEqual([
      ['333333333333', 'us-east-1'],
      ['111111111111', 'eu-west-1'],
    ]);
  });
});

describe('parseLive: a declared inventory and mixed arrays', () => {
  it('reads the envelope: its items in its account and region, and the inventory it declares', () => {
    const live = parseLive(
      {
        groundworkInventory: {
          source: 'cloudcontrol',
          accountId: '111111111111',
          region: 'eu-west-1',
          resourceTypes: ['AWS::Logs::LogGroup'],
        },
        items: [getLogGroup('/a')],
      },
      'inventory.json',
    );
    expect(live.items.map((i) => i.resourceId)).toEqual(['/a']);
    expect(live.inventories).toEqual([
      {
        source: 'cloudcontrol',
        accountId: '111111111111',
        region: 'eu-west-1',
        resourceTypes: ['AWS::Logs::LogGroup'],
      },
    ]);
  });

  it('declares an empty listing, which proves every resource of the type in that place gone', () => {
    const live = parseLive(
      {
        groundworkInventory: {
          source: 'direct',
          accountId: '111111111111',
          region: 'global',
          resourceTypes: ['AWS::IAM::AccountPasswordPolicy'],
        },
        items: [],
      },
      'none.json',
    );
    expect(live.items).toEqual([]);
    expect(live.inventories).toHaveLength(1);
  });

  it('resolves "all-recorded" to the types its own items show recorded, per account and region', () => {
    const live = parseLive(
      {
        groundworkInventory: {
          source: 'config',
          accountId: '111111111111',
          region: 'eu-west-1',
          resourceTypes: 'all-recorded',
        },
        items: [
          { resourceType: 'AWS::EC2::VPC', resourceId: 'vpc-1', configuration: { vpcId: 'vpc-1' } },
          { resourceType: 'AWS::IAM::Role', resourceId: 'AROA1', awsRegion: 'global', configuration: {} },
        ],
      },
      'all.json',
    );
    expect(live.items[0]).toMatchObject({ accountId: '111111111111', awsRegion: 'eu-west-1' });
    expect(live.inventories).toEqual([
      { source: 'config', accountId: '111111111111', region: 'eu-west-1', resourceTypes: ['AWS::EC2::VPC'] },
      { source: 'config', accountId: '111111111111', region: 'global', resourceTypes: ['AWS::IAM::Role'] },
    ]);
  });

  it('names what is wrong in a declaration', () => {
    const envelope = (decl: Record<string, unknown>, items: unknown = []) => ({
      groundworkInventory: decl,
      items,
    });
    const ok = {
      source: 'config',
      accountId: '111111111111',
      region: 'eu-west-1',
      resourceTypes: ['AWS::S3::Bucket'],
    };
    expect(() => parseLive(envelope({ ...ok, source: 'guess' }), 'e.json')).toThrow(
      'e.json: /groundworkInventory/source: expected one of config, cloudcontrol, direct, got "guess"',
    );
    expect(() => parseLive(envelope({ ...ok, accountId: '1234' }), 'e.json')).toThrow(
      'e.json: /groundworkInventory/accountId: expected a 12-digit account id, or null, got "1234"',
    );
    expect(() => parseLive(envelope({ ...ok, resourceTypes: [] }), 'e.json')).toThrow(
      /^e\.json: \/groundworkInventory\/resourceTypes: expected a non-empty list of the resource types listed in full, or "all-recorded"/,
    );
    expect(() => parseLive({ groundworkInventory: ok }, 'e.json')).toThrow(
      /^e\.json: \/items: expected the list of items/,
    );
    const unnamed = { ...ok, accountId: null };
    expect(() =>
      parseLive(
        envelope(unnamed, [getLogGroup('/a', '111111111111'), getLogGroup('/b', '222222222222')]),
        'e.json',
      ),
    ).toThrow(
      'e.json: /: expected items of one account, or the account in the groundworkInventory declaration, got items of 111111111111, 222222222222',
    );
  });

  it('reads a JSON array mixing every form, each with what it proves', () => {
    const live = parseLive(
      [
        getLogGroup('/single'),
        listLogGroups(['/a']),
        passwordPolicy,
        {
          fileVersion: '1.0',
          configSnapshotId: 's',
          configurationItems: [
            {
              resourceType: 'AWS::S3::Bucket',
              resourceId: 'b',
              awsAccountId: '111111111111',
              awsRegion: 'eu-west-1',
              configuration: {},
            },
          ],
        },
        awsConfigExample('custodian-eventbridge-ConfigConfigurationItemChange-sqs-queue.json'),
      ],
      'mixed.json',
      { accountId: '111111111111' },
    );
    expect(live.items.map((i) => [i.source, i.resourceType])).toEqual([
      ['cloudcontrol', 'AWS::Logs::LogGroup'],
      ['cloudcontrol', 'AWS::Logs::LogGroup'],
      ['direct', 'AWS::IAM::AccountPasswordPolicy'],
      ['config', 'AWS::S3::Bucket'],
      ['config', 'AWS::SQS::Queue'],
    ]);
    expect(live.inventories.map((i) => [i.source, i.resourceTypes])).toEqual([
      ['cloudcontrol', ['AWS::Logs::LogGroup']],
      ['config', ['AWS::S3::Bucket']],
    ]);
  });
});
