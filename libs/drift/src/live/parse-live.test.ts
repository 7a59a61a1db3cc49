import { DriftInputError } from '../errors';
import { awsConfigExample } from '../fixtures/load-fixture';
import { fromApiItem } from './from-api-item';
import { parseLive } from './parse-live';

describe('parseLive', () => {
  it('reads a change-triggered rule invocation: invokingEvent string, event-form item, result token', () => {
    const live = parseLive(
      awsConfigExample('custodian-rule-event-ConfigurationItemChangeNotification-security-group.json'),
      'sg.json',
    );
    expect(live.items).toHaveLength(1);
    const item = live.items[0];
    expect(item).toMatchObject({
      resourceType: 'AWS::EC2::SecurityGroup',
      resourceId: 'sg-e2fb6999',
      accountId: '123456789012',
      arn: 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-e2fb6999',
    });
    expect(item.configuration?.['groupName']).toBe('sg_open_ssh');
    expect(item.relationships[0]).toEqual({
      resourceType: 'AWS::EC2::NetworkInterface',
      resourceId: 'eni-705bed5f',
      resourceName: null,
      relationshipName: 'Is associated with NetworkInterface',
    });
    expect(live.ruleInvocation).toMatchObject({
      eventLeftScope: false,
      configRuleName: 'custodian-sg-exposed-port7',
    });
    expect(live.ruleInvocation?.resultToken).toMatch(/^eyJ/);
  });

  it('exposes the key to fetch for an oversized notification', () => {
    const live = parseLive(
      awsConfigExample('awsdocs-rule-event-OversizedConfigurationItemChangeNotification-ec2-instance.json'),
      'o.json',
    );
    expect(live.items).toEqual([]);
    expect(live.oversized).toEqual([
      {
        resourceType: 'AWS::EC2::Instance',
        resourceId: 'i-00000000',
        captureTime: '2016-10-06T16:46:16.261Z',
      },
    ]);
  });

  it.each([
    ['awsdocs-rule-event-ScheduledNotification.json', '2016-07-13T21:50:00.373Z', 'periodic-config-rule'],
    ['custodian-rule-event-ScheduledNotification.json', '2020-05-03T13:55:44.576Z', 'dev'],
  ])('marks a scheduled notification (%s) and yields no items', (name, time, configRuleName) => {
    const event = awsConfigExample(name) as { resultToken: string };
    const live = parseLive(event, name);
    expect(live.items).toEqual([]);
    expect(live.scheduled).toEqual({ notificationCreationTime: time });
    expect(live.ruleInvocation).toEqual({
      resultToken: event.resultToken,
      eventLeftScope: false,
      configRuleName,
    });
  });

  it('reads an EventBridge "Config Configuration Item Change" event', () => {
    const live = parseLive(
      awsConfigExample('custodian-eventbridge-ConfigConfigurationItemChange-sqs-queue.json'),
      'eb.json',
    );
    expect(live.items[0]).toMatchObject({
      resourceType: 'AWS::SQS::Queue',
      configurationItemStatus: 'ResourceDiscovered',
      resourceName: 'config-changes',
    });
    expect(live.items[0].configuration?.['MessageRetentionPeriod']).toBe('345600');
  });

  it('reads SQS → SNS → notification nested three string levels deep, with a ResourceDeleted item', () => {
    const live = parseLive(
      awsConfigExample('custodian-placebo-sqs-ReceiveMessage-sns-notification-s3-bucket-deleted.json'),
      'sqs.json',
    );
    expect(live.items).toHaveLength(1);
    expect(live.items[0]).toMatchObject({
      resourceType: 'AWS::S3::Bucket',
      configurationItemStatus: 'ResourceDeleted',
      configuration: null,
    });
  });

  it('reads an SNS notification whose Message is an object (documentation form)', () => {
    const live = parseLive(
      awsConfigExample('awsdocs-sns-notification-ConfigurationItemChangeNotification-ec2-instance.json'),
      'sns.json',
    );
    expect(live.items[0].resourceType).toBe('AWS::EC2::Instance');
  });

  it('reads GetResourceConfigHistory API items: configuration as a string, arn/accountId/relationshipName, placebo times', () => {
    const live = parseLive(
      awsConfigExample('custodian-placebo-GetResourceConfigHistory-iam-role.json'),
      'h.json',
    );
    expect(live.items).toHaveLength(2);
    expect(live.items[0]).toMatchObject({
      resourceId: 'AROAY5Y4D45RLATRHIRGV',
      resourceName: 'c7n-json-diff-test',
      accountId: '644160558196',
      configurationItemCaptureTime: '2022-06-28T22:45:11.535Z',
      configurationStateId: '1656470711535',
    });
    expect(live.items[0].configuration?.['roleName']).toBe('c7n-json-diff-test');
  });

  it('decodes double-serialized supplementary values and string tags (Lambda history)', () => {
    const [item] = parseLive(
      awsConfigExample('custodian-placebo-GetResourceConfigHistory-lambda-function.json'),
      'l.json',
    ).items;
    const policy = item.supplementaryConfiguration['Policy'] as Record<string, unknown>;
    expect(policy['Version']).toBe('2012-10-17');
    expect(item.tags).toEqual({ 'lambda:createdBy': 'SAM' });
    expect(item.relationships[0]).toMatchObject({
      resourceId: null,
      resourceName: 'CloudCustodianRole',
      relationshipName: 'Is associated with',
    });
  });

  it('treats the API "null" configuration string as a deleted resource with no configuration', () => {
    const live = parseLive(
      awsConfigExample('custodian-placebo-GetResourceConfigHistory-ebs-volume-deleted.json'),
      'v.json',
    );
    expect(live.items[0]).toMatchObject({
      configurationItemStatus: 'ResourceDeleted',
      configuration: null,
      arn: null,
    });
    expect(live.items[1].configuration?.['volumeId']).toBe('vol-12345');
  });

  it('reads BatchGetResourceConfig output with epoch-second capture times', () => {
    const live = parseLive(
      awsConfigExample('awsdocs-cli-BatchGetResourceConfig-custom-resource-type.json'),
      'b.json',
    );
    expect(live.items[0]).toMatchObject({
      resourceId: 'resource-001',
      configurationItemCaptureTime: '2019-09-27T17:37:12.673Z',
    });
    expect(live.items[0].configuration?.['PublicAccess']).toBe(false);
  });

  it('puts unprocessed BatchGet keys with the keys to fetch', () => {
    const live = parseLive(
      {
        baseConfigurationItems: [],
        unprocessedResourceKeys: [{ resourceType: 'AWS::S3::Bucket', resourceId: 'b' }],
      },
      'b.json',
    );
    expect(live.oversized).toEqual([{ resourceType: 'AWS::S3::Bucket', resourceId: 'b' }]);
  });

  it('reads SelectResourceConfig results that select the type and id, and names the missing field otherwise', () => {
    const row = JSON.stringify({
      resourceType: 'AWS::IAM::User',
      resourceId: 'AIDAIFSHVFT46NXYGWMEI',
      configuration: { userName: 'u' },
    });
    expect(parseLive({ Results: [row], QueryInfo: {} }, 'q.json').items[0]).toMatchObject({
      resourceType: 'AWS::IAM::User',
      resourceName: null,
    });
    expect(() =>
      parseLive(awsConfigExample('custodian-placebo-SelectResourceConfig-iam-role.json'), 's.json'),
    ).toThrow(
      's.json: /data/Results/0/resourceType: expected resourceType in every result: select it in the query (SELECT resourceType, resourceId, accountId, awsRegion, configuration',
    );
  });

  it('says that a ListDiscoveredResources response holds keys, not items, and what to do', () => {
    expect(() =>
      parseLive(awsConfigExample('custodian-placebo-ListDiscoveredResources-ecs-service.json'), 'l.json'),
    ).toThrow(
      'l.json: /data/resourceIdentifiers: expected configuration items, but a ListDiscoveredResources response holds only resource keys; fetch the items with BatchGetResourceConfig, or use --from-config, got 2 resource keys',
    );
  });

  it('reads a snapshot file and a bare JSON array of items', () => {
    const item = awsConfigExample('rdk-example-ci-vpc.json');
    expect(
      parseLive({ fileVersion: '1.0', configSnapshotId: 'x', configurationItems: [item] }, 'snap.json')
        .items[0].resourceId,
    ).toBe('vpc-0990dc6d');
    expect(
      parseLive([item, awsConfigExample('rdk-example-ci-subnet.json')], 'arr.json').items.map(
        (i) => i.resourceType,
      ),
    ).toEqual(['AWS::EC2::VPC', 'AWS::EC2::Subnet']);
  });

  it('rejects input that is no AWS Config form with the file, the path and what was expected', () => {
    let error: unknown;
    try {
      parseLive({ configurationItems: [{ resourceId: 'x' }] }, 'snapshot.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DriftInputError);
    expect(error).toMatchObject({ file: 'snapshot.json', path: '/configurationItems/0/resourceType' });
    expect(() => parseLive(42, 'n.json')).toThrow(/n\.json: \/: expected an AWS Config snapshot/);
  });
});

describe('fromApiItem', () => {
  it('reads the CLI form: every supplementary value a string, the ACL a string of a string, "false" kept as a string', () => {
    const item = fromApiItem(awsConfigExample('custodian-cli-configitem-s3-bucket.json'), 's3.json');
    expect(item.configurationItemCaptureTime).toBe('2017-02-04T11:10:33.880Z');
    expect(
      (item.supplementaryConfiguration['AccessControlList'] as Record<string, unknown>)['isRequesterCharged'],
    ).toBe(false);
    expect(item.supplementaryConfiguration['IsRequesterPaysEnabled']).toBe('false');
    expect(item.tags).toEqual({ Planet: 'Earth', Verbose: 'Game' });
  });

  it('takes tags from supplementary or configuration tags when the item map is empty', () => {
    const live = parseLive(
      awsConfigExample('custodian-rule-invokingEvent-only-rds-dbinstance.json'),
      'rds.json',
    );
    expect(live.items[0].tags).toEqual({ 'workload-type': 'other' });
    const nat = fromApiItem(
      { ...(awsConfigExample('rdk-example-ci-nat-gateway.json') as object), tags: {} },
      'nat.json',
    );
    expect(nat.tags).toEqual({ Name: 'test' });
  });
});

describe('tag recording', () => {
  it('reads KMS {TagKey, TagValue} lists and tells "no tags recorded" from "tags removed"', () => {
    const kms = fromApiItem(
      {
        resourceType: 'AWS::KMS::Key',
        resourceId: 'k',
        tags: {},
        configuration: {},
        supplementaryConfiguration: { Tags: [{ TagKey: 'Env', TagValue: 'prod' }] },
      },
      'k',
    );
    expect(kms).toMatchObject({ tags: { Env: 'prod' }, tagsRecorded: true });
    const untaggedVpc = fromApiItem(
      { resourceType: 'AWS::EC2::VPC', resourceId: 'v', tags: {}, configuration: { tags: [] } },
      'v',
    );
    expect(untaggedVpc.tagsRecorded).toBe(true);
    const listener = fromApiItem(
      {
        resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
        resourceId: 'l',
        tags: {},
        configuration: { Port: 443 },
      },
      'l',
    );
    expect(listener.tagsRecorded).toBe(false);
  });
});

describe('relatedEvents', () => {
  it('keeps the CloudTrail event ids Config linked, and leaves the field out when there are none', () => {
    const linked = fromApiItem(
      {
        resourceType: 'AWS::EC2::SecurityGroup',
        resourceId: 'sg-1',
        configurationItemVersion: '1.2',
        relatedEvents: ['5a2f0c9e-1b3d-4c5e-8f70-9a1b2c3d4e5f', ''],
      },
      'sg',
    );
    expect(linked.relatedEvents).toEqual(['5a2f0c9e-1b3d-4c5e-8f70-9a1b2c3d4e5f']);
    // Real items of version 1.3 carry an empty list.
    const item = parseLive(awsConfigExample('custodian-placebo-GetResourceConfigHistory-iam-role.json'), 'r')
      .items[0];
    expect(item).not.toHaveProperty('relatedEvents');
  });
});
