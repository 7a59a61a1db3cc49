// parseLive over payloads AWS published (fixtures/aws-config/README.md says where each comes from): the other
// messages of the delivery channel's topic, the first API version's items, and the aggregator's outputs.
import { awsConfigExample } from '../fixtures/load-fixture';
import { parseLive } from './parse-live';

const change = 'awsdocs-sns-notification-ConfigurationItemChangeNotification-ec2-instance.json';
const withoutItem = [
  'awsdocs-sns-notification-ComplianceChangeNotification.json',
  'awsdocs-sns-notification-ConfigurationHistoryDeliveryCompleted.json',
  'awsdocs-sns-notification-ConfigurationSnapshotDeliveryStarted.json',
  'awsdocs-sns-notification-ConfigurationSnapshotDeliveryCompleted.json',
];

/** An SQS ReceiveMessage output of a queue subscribed to the topic: each body the SNS notification as a string. */
function receivedMessages(files: readonly string[]): unknown {
  return {
    Messages: files.map((f, i) => {
      const notification = awsConfigExample(f) as Record<string, unknown>;
      // On the wire Message is a string; the guide shows it as an object.
      const body = { ...notification, Message: JSON.stringify(notification['Message']) };
      return { MessageId: `m-${i}`, Body: JSON.stringify(body) };
    }),
  };
}

/** The SNS or SQS record fields that carry one published notification, Message as a string. */
function recordOf(file: string, sns: boolean): Record<string, unknown> {
  const notification = awsConfigExample(file) as Record<string, unknown>;
  const onTheWire = { ...notification, Message: JSON.stringify(notification['Message']) };
  return sns ? { Sns: onTheWire } : { body: JSON.stringify(onTheWire) };
}

describe('parseLive on published AWS Config payloads', () => {
  it("skips the topic's messages that carry no item, between the change notifications, and notes them", () => {
    const live = parseLive(receivedMessages([...withoutItem, change]), 'queue.json');
    expect(live.items.map((i) => `${i.resourceType} ${i.resourceId}`)).toEqual([
      'AWS::EC2::Instance i-007d374c8912e3e90',
    ]);
    expect(live.skipped).toEqual([
      { messageType: 'ComplianceChangeNotification', path: '/Messages/0/Body/Message' },
      {
        messageType: 'ConfigurationHistoryDeliveryCompleted',
        path: '/Messages/1/Body/Message',
        delivered:
          's3://config-bucket-123456789012-ohio/AWSLogs/123456789012/Config/us-east-2/2016/9/27/ConfigHistory/123456789012_Config_us-east-2_ConfigHistory_AWS::CloudTrail::Trail_20160927T195818Z_20160927T195818Z_1.json.gz',
      },
      { messageType: 'ConfigurationSnapshotDeliveryStarted', path: '/Messages/2/Body/Message' },
      {
        messageType: 'ConfigurationSnapshotDeliveryCompleted',
        path: '/Messages/3/Body/Message',
        delivered:
          's3://config-bucket-123456789012-ohio/AWSLogs/123456789012/Config/us-east-2/2016/9/27/ConfigSnapshot/123456789012_Config_us-east-2_ConfigSnapshot_20160927T183939Z_16da64e4-cb65-4846-b061-e6c3ba43cb96.json.gz',
      },
    ]);
    expect(live.inventories).toEqual([]);
  });

  it('does not read a compliance change message, which names a resource type, as an item of that type', () => {
    const notification = awsConfigExample(withoutItem[0]) as Record<string, unknown>;
    const message = notification['Message'] as Record<string, unknown>;
    expect(message['resourceType']).toBe('AWS::::Account');
    const live = parseLive(message, 'compliance.json');
    expect(live.items).toEqual([]);
    expect(live.skipped).toEqual([{ messageType: 'ComplianceChangeNotification', path: '' }]);
  });

  it("reads the first API version's item: epoch-seconds capture time, no awsRegion but the ARN's", () => {
    const live = parseLive(
      awsConfigExample('awsdocs-cli-GetResourceConfigHistory-security-group-trimmed.json'),
      'history.json',
    );
    expect(live.items).toHaveLength(1);
    expect(live.items[0]).toMatchObject({
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: 'sg-6fbb3807',
      accountId: '605053316265',
      awsRegion: 'us-east-2',
      configurationItemStatus: 'ResourceDiscovered',
      configurationItemCaptureTime: '2014-10-30T22:35:29.922Z',
      tagsRecorded: true,
      tags: {},
    });
    expect(live.items[0].configuration?.['groupName']).toBe('default');
    expect(live.inventories).toEqual([]);
  });

  it("reads the guide's snapshot sample, which has no configSnapshotId, as items that prove no deletion", () => {
    const live = parseLive(
      awsConfigExample('awsdocs-snapshot-file-ebs-volume-ec2-instance.json'),
      'snapshot.json',
    );
    expect(live.items.map((i) => [i.resourceType, i.resourceId, i.accountId, i.awsRegion])).toEqual([
      // Hand-written: an 11-digit account, and ARNs with an availability zone where the region goes, which is
      // not taken for a region.
      ['AWS::EC2::Volume', 'vol-ce676ccc', '12345678910', null],
      ['AWS::EC2::Instance', 'i-344c463d', '12345678910', null],
    ]);
    // The item's own tag map wins over configuration.tags, which the sample has disagree (examplekey).
    expect(live.items[1].tags).toEqual({ Name: 'integ-test-1', examplename: 'examplevalue' });
    expect(live.inventories).toEqual([]);
  });

  it('takes the account and region of a selected result from its ARN when the query did not select them', () => {
    const row = JSON.stringify({
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: 'sg-6fbb3807',
      arn: 'arn:aws:ec2:us-east-2:012345678912:security-group/default',
      configuration: { groupId: 'sg-6fbb3807' },
    });
    expect(parseLive({ Results: [row] }, 'q.json').items[0]).toMatchObject({
      accountId: '012345678912',
      awsRegion: 'us-east-2',
    });
  });

  it('keeps awsRegion "global" of IAM items and does not take a region from a global ARN', () => {
    const [role] = parseLive(
      awsConfigExample('custodian-placebo-GetResourceConfigHistory-iam-role.json'),
      'r.json',
    ).items;
    expect(role.awsRegion).toBe('global');
    const { awsRegion: _dropped, ...withoutRegion } = (
      (
        awsConfigExample('custodian-placebo-GetResourceConfigHistory-iam-role.json') as Record<
          string,
          unknown
        >
      )['data'] as { configurationItems: Record<string, unknown>[] }
    ).configurationItems[0];
    expect(parseLive(withoutRegion, 'r.json').items[0].awsRegion).toBeNull();
  });

  it('reads the Lambda events of SNS and SQS (Records), as the drift checker receives them', () => {
    const sns = (file: string) => ({ Records: [{ EventSource: 'aws:sns', ...recordOf(file, true) }] });
    const sqs = (file: string) => ({ Records: [{ eventSource: 'aws:sqs', ...recordOf(file, false) }] });
    for (const [event, path] of [
      [sns, '/Records/0/Sns/Message'],
      [sqs, '/Records/0/body/Message'],
    ] as const) {
      expect(
        parseLive(event(change), 'event.json').items.map((i) => `${i.resourceType} ${i.resourceId}`),
      ).toEqual(['AWS::EC2::Instance i-007d374c8912e3e90']);
      expect(
        parseLive(event(withoutItem[3]), 'event.json').skipped?.map((n) => [n.messageType, n.path]),
      ).toEqual([['ConfigurationSnapshotDeliveryCompleted', path]]);
    }
  });

  it('reads an EventBridge event that a rule delivered through an SNS topic', () => {
    const event = JSON.stringify(
      awsConfigExample('custodian-eventbridge-ConfigConfigurationItemChange-sqs-queue.json'),
    );
    const notification = { Type: 'Notification', MessageId: 'm-1', Message: event };
    for (const input of [notification, { Records: [{ EventSource: 'aws:sns', Sns: notification }] }])
      expect(parseLive(input, 'topic.json').items.map((i) => [i.resourceType, i.accountId])).toEqual([
        ['AWS::SQS::Queue', '662108712480'],
      ]);
  });

  it("skips Config's other EventBridge events among change events (detail-types of the guide's EventBridge page)", () => {
    const change = awsConfigExample(
      'custodian-eventbridge-ConfigConfigurationItemChange-sqs-queue.json',
    ) as Record<string, unknown>;
    const compliance = {
      ...change,
      'detail-type': 'Config Rules Compliance Change',
      detail: (awsConfigExample(withoutItem[0]) as Record<string, unknown>)['Message'],
    };
    const live = parseLive([compliance, change], 'events.json');
    expect(live.items.map((i) => i.resourceType)).toEqual(['AWS::SQS::Queue']);
    expect(live.skipped).toEqual([{ messageType: 'Config Rules Compliance Change', path: '/0' }]);
    // Another service's event is still an error that says what was expected.
    expect(() =>
      parseLive(
        { ...change, source: 'aws.ec2', 'detail-type': 'EC2 Instance State-change Notification' },
        'e.json',
      ),
    ).toThrow(
      'e.json: /detail-type: expected "Config Configuration Item Change", got "EC2 Instance State-change Notification"',
    );
  });

  it('names the keys of an object it does not recognize, and where the accepted forms are listed', () => {
    expect(() => parseLive({ Records: [{ eventVersion: '1.08' }] }, 'trail.json')).toThrow(
      'trail.json: /: expected an AWS Config snapshot, event, rule invocation or item, a Cloud Control or IAM API output, or a groundworkInventory (see "Live inputs" in the CLI\'s README), got an object with keys Records',
    );
  });

  it('says where Config delivered the full item of an oversized notification, and skips a failed delivery', () => {
    const oversized = parseLive(
      awsConfigExample(
        'awsdocs-sns-message-OversizedConfigurationItemChangeNotification-ec2-instance-trimmed.json',
      ),
      'oversized.json',
    );
    expect(oversized.items).toEqual([]);
    expect(oversized.oversized).toEqual([
      {
        resourceType: 'AWS::EC2::Instance',
        resourceId: 'resourceId_14b76876-7969-4097-ab8e-a31942b02e80',
        captureTime: '2016-10-06T16:46:16.261Z',
        delivered:
          's3://my-bucket/AWSLogs/123456789012/Config/us-west-2/2016/10/6/OversizedChangeNotification/AWS::EC2::Instance/resourceId_14b76876-7969-4097-ab8e-a31942b02e80/123456789012_Config_us-west-2_ChangeNotification_AWS::EC2::Instance_resourceId_14b76876-7969-4097-ab8e-a31942b02e80_20161006T164616Z_0.json.gz',
      },
    ]);
    const failed = parseLive(
      awsConfigExample(
        'awsdocs-sns-message-OversizedConfigurationItemChangeDeliveryFailed-ec2-instance-trimmed.json',
      ),
      'failed.json',
    );
    expect(failed.oversized).toEqual([]);
    expect(failed.skipped).toEqual([
      { messageType: 'OversizedConfigurationItemChangeDeliveryFailed', path: '' },
    ]);
  });

  it('refuses a select output whose query left out the configuration or selected only part of it', () => {
    expect(() =>
      parseLive(awsConfigExample('awsdocs-cli-SelectResourceConfig-resourceId-only.json'), 'select.json'),
    ).toThrow(
      'select.json: /QueryInfo/SelectFields: expected a query that selects the whole configuration and supplementaryConfiguration, since what it leaves out would show as removed (SELECT resourceType, resourceId, accountId, awsRegion, configuration, supplementaryConfiguration, tags, configurationItemStatus, configurationItemCaptureTime WHERE …), got fields resourceId',
    );
    const row = {
      resourceType: 'AWS::EC2::Instance',
      resourceId: 'i-344c463d',
      configuration: { instanceType: 't1.micro' },
      supplementaryConfiguration: {},
    };
    const fields = ['resourceType', 'resourceId', 'configuration.instanceType', 'supplementaryConfiguration'];
    const partial = {
      QueryInfo: { SelectFields: fields.map((Name) => ({ Name })) },
      Results: [JSON.stringify(row)],
    };
    expect(() => parseLive(partial, 'q.json')).toThrow(
      'q.json: /QueryInfo/SelectFields: expected a query that selects the whole configuration,',
    );
    fields[2] = 'configuration';
    const whole = {
      QueryInfo: { SelectFields: fields.map((Name) => ({ Name })) },
      Results: [JSON.stringify(row)],
    };
    expect(parseLive(whole, 'q.json').items.map((i) => i.resourceId)).toEqual(['i-344c463d']);
  });

  describe('Cloud Control and IAM outputs as the AWS CLI reference prints them', () => {
    it('reads GetResource: Properties a JSON string, the account and region from its Arn', () => {
      const live = parseLive(
        awsConfigExample('awscli-cloudcontrol-get-resource-kinesis-stream.json'),
        'get.json',
      );
      expect(live.items).toHaveLength(1);
      expect(live.items[0]).toMatchObject({
        source: 'cloudcontrol',
        resourceType: 'AWS::Kinesis::Stream',
        resourceId: 'ResourceExample',
        accountId: '099908667365',
        awsRegion: 'us-west-2',
        configuration: { RetentionPeriodHours: 168, ShardCount: 3 },
        tagsRecorded: false,
      });
      expect(live.inventories).toEqual([]);
    });

    it('reads ListResources without ARNs as a complete listing of the account and region the caller names', () => {
      const output = awsConfigExample('awscli-cloudcontrol-list-resources-kinesis-stream.json');
      const unplaced = parseLive(output, 'list.json');
      expect(unplaced.items.map((i) => [i.resourceId, i.accountId, i.awsRegion])).toEqual([
        ['MyKinesisStream', null, null],
        ['AnotherStream', null, null],
      ]);
      expect(unplaced.inventories).toEqual([
        { source: 'cloudcontrol', accountId: null, region: null, resourceTypes: ['AWS::Kinesis::Stream'] },
      ]);
      const placed = parseLive(output, 'list.json', { accountId: '099908667365', region: 'us-west-2' });
      expect(placed.inventories[0]).toMatchObject({ accountId: '099908667365', region: 'us-west-2' });
    });

    it('reads GetAccountPasswordPolicy, which omits what the policy does not set, as the policy of the account given', () => {
      const live = parseLive(awsConfigExample('awscli-iam-get-account-password-policy.json'), 'p.json', {
        accountId: '099908667365',
      });
      expect(live.items[0]).toMatchObject({
        source: 'direct',
        resourceType: 'AWS::IAM::AccountPasswordPolicy',
        resourceId: '099908667365',
        awsRegion: 'global',
        configuration: { MinimumPasswordLength: 8, RequireSymbols: true, AllowUsersToChangePassword: false },
      });
      expect(live.items[0].configuration).not.toHaveProperty('MaxPasswordAge');
    });
  });

  describe('aggregator outputs (key names of the Config API: BatchGetAggregateResourceConfig, GetAggregateResourceConfig)', () => {
    // The item BatchGetResourceConfig returned in the Developer Guide; the aggregator returns the same item shape.
    const published = (
      awsConfigExample('awsdocs-cli-BatchGetResourceConfig-custom-resource-type.json') as {
        baseConfigurationItems: Record<string, unknown>[];
      }
    ).baseConfigurationItems[0];

    it('reads BaseConfigurationItems, and UnprocessedResourceIdentifiers as keys to fetch', () => {
      const live = parseLive(
        {
          BaseConfigurationItems: [published],
          UnprocessedResourceIdentifiers: [
            {
              SourceAccountId: '123456789012',
              SourceRegion: 'us-west-2',
              ResourceId: 'resource-002',
              ResourceType: 'MyCustomNamespace::Testing::WordPress',
            },
          ],
        },
        'aggregate.json',
      );
      expect(live.items.map((i) => [i.resourceType, i.resourceId, i.awsRegion])).toEqual([
        ['MyCustomNamespace::Testing::WordPress', 'resource-001', 'us-west-2'],
      ]);
      expect(live.oversized).toEqual([
        { resourceType: 'MyCustomNamespace::Testing::WordPress', resourceId: 'resource-002' },
      ]);
      expect(live.inventories).toEqual([]);
    });

    it('reads the ConfigurationItem of GetAggregateResourceConfig', () => {
      const live = parseLive({ ConfigurationItem: published }, 'one.json');
      expect(live.items.map((i) => i.resourceId)).toEqual(['resource-001']);
      expect(live.items[0].configuration).toMatchObject({ PublicAccess: false });
    });
  });
});
