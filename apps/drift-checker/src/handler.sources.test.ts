// The paths beside AWS Config's own events: Config notifications delivered through SNS and SQS, the CloudTrail fast
// path for the types Config does not record, and the sweep over all three live sources with its HTML report.
import {
  CloudControlClient,
  GetResourceCommand,
  ListResourcesCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-cloudcontrol';
import {
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  ListDiscoveredResourcesCommand,
  PutEvaluationsCommand,
} from '@aws-sdk/client-config-service';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { GetAccountPasswordPolicyCommand, IAMClient, NoSuchEntityException } from '@aws-sdk/client-iam';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import type { FakeDesired } from './test-support/fake-engine';
import {
  EVENTBRIDGE_SQS,
  RULE_SCHEDULED,
  SNS_NOTIFICATION_COMPLIANCE,
  SNS_NOTIFICATION_EC2,
  SQS_RECEIVED_SNS_S3_DELETED,
  fixture,
} from './test-support/fixtures';
import { harness } from './test-support/handler-harness';

const configMock = mockClient(ConfigServiceClient);
const snsMock = mockClient(SNSClient);
const eventsMock = mockClient(EventBridgeClient);
const cloudControlMock = mockClient(CloudControlClient);
const iamMock = mockClient(IAMClient);
const s3Mock = mockClient(S3Client);

beforeEach(() => {
  for (const m of [configMock, snsMock, eventsMock, cloudControlMock, iamMock, s3Mock]) m.reset();
  configMock.on(PutEvaluationsCommand).resolves({ FailedEvaluations: [] });
  snsMock.on(PublishCommand).resolves({ MessageId: 'm-1' });
  eventsMock.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] });
  s3Mock.on(PutObjectCommand).resolves({});
});
afterEach(() => jest.restoreAllMocks());

const clients = () => ({
  config: new ConfigServiceClient({ region: 'eu-west-1' }),
  sns: new SNSClient({ region: 'eu-west-1' }),
  events: new EventBridgeClient({ region: 'eu-west-1' }),
  cloudControl: new CloudControlClient({ region: 'eu-west-1' }),
  iam: new IAMClient({ region: 'eu-west-1' }),
  s3: new S3Client({ region: 'eu-west-1' }),
});

const published = () => snsMock.commandCalls(PublishCommand).map((c) => c.args[0].input);

describe('AWS Config notifications delivered through SNS or SQS', () => {
  // The captured ReceiveMessage: an SQS body holding the SNS notification of a deleted bucket.
  const received = fixture<{ data: { Messages: { Body: string }[] } }>(SQS_RECEIVED_SNS_S3_DELETED);
  const body = received.data.Messages[0].Body;
  const BUCKET: FakeDesired = {
    resourceType: 'AWS::S3::Bucket',
    resourceId: 'custodian-test-data-21',
    stack: 'data-dev',
    address: 'aws_s3_bucket.data',
    expected: {},
  };
  const sqsEvent = (...bodies: string[]) => ({
    Records: bodies.map((b, i) => ({
      messageId: `m-${i}`,
      body: b,
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:644160558196:config-changes',
      awsRegion: 'us-east-1',
    })),
  });

  it('alerts on the deleted bucket an SQS message carries inside its SNS notification', async () => {
    const h = harness([BUCKET], clients());
    const outcome = await h.handler(sqsEvent(body));
    expect(outcome).toMatchObject({ outcome: 'checked', itemsEvaluated: 1, drifted: 1, alertsSent: 1 });
    expect(published()[0].Subject).toMatch(/^Drift DELETED: AWS::S3::Bucket custodian-test-data-21/);
    // Delivered notifications alert; they answer no rule.
    expect(configMock.commandCalls(PutEvaluationsCommand)).toHaveLength(0);
  });

  it('reads SNS records (the documented notification, Message as a string on the wire)', async () => {
    const notification = fixture<{ Message: unknown }>(SNS_NOTIFICATION_EC2);
    const EC2: FakeDesired = {
      resourceType: 'AWS::EC2::Instance',
      resourceId: 'i-007d374c8912e3e90',
      stack: 'app-dev',
      address: 'aws_instance.web',
      expected: { instanceType: 't3.micro' },
    };
    const h = harness([EC2], clients());
    const outcome = await h.handler({
      Records: [
        {
          EventSource: 'aws:sns',
          Sns: { Type: 'Notification', Message: JSON.stringify(notification.Message) },
        },
      ],
    });
    expect(outcome).toMatchObject({ outcome: 'checked', drifted: 1 });
    expect(published()[0].Subject).toMatch(/^Drift MODIFIED: AWS::EC2::Instance/);
  });

  it("skips Config's other messages and drops a malformed one, and still checks the rest of the batch", async () => {
    const h = harness([BUCKET], clients());
    const delivered = JSON.stringify({
      Type: 'Notification',
      Message: JSON.stringify({ messageType: 'ConfigurationSnapshotDeliveryCompleted', s3ObjectKey: 'k' }),
    });
    const outcome = await h.handler(
      sqsEvent(delivered, body, '{"messageType":"ConfigurationItemChangeNotification"}'),
    );
    expect(outcome).toMatchObject({ outcome: 'checked', itemsEvaluated: 1, drifted: 1 });
    expect(h.metrics.get('Errors')).toBe(1);
  });

  it('checks an EventBridge change event a rule delivered to the topic, and skips the compliance change beside it', async () => {
    const QUEUE: FakeDesired = {
      resourceType: 'AWS::SQS::Queue',
      resourceId: 'https://sqs.us-east-1.amazonaws.com/644160558196/config-changes',
      stack: 'app-dev',
      address: 'aws_sqs_queue.changes',
      expected: { VisibilityTimeout: '60' },
    };
    const compliance = fixture<{ Message: unknown }>(SNS_NOTIFICATION_COMPLIANCE);
    const onTheWire = (message: unknown) => ({
      Type: 'Notification',
      Message: JSON.stringify(message),
    });
    const h = harness([QUEUE], clients());
    const outcome = await h.handler({
      Records: [
        { EventSource: 'aws:sns', Sns: onTheWire(compliance.Message) },
        { EventSource: 'aws:sns', Sns: onTheWire(fixture(EVENTBRIDGE_SQS)) },
        {
          EventSource: 'aws:sns',
          Sns: onTheWire({ ...fixture(EVENTBRIDGE_SQS), 'detail-type': 'Config Rules Compliance Change' }),
        },
      ],
    });
    expect(outcome).toMatchObject({ outcome: 'checked', itemsEvaluated: 1, drifted: 1 });
    expect(published()[0].Subject).toBe('Drift MODIFIED: AWS::SQS::Queue config-changes (app-dev)');
    expect(h.metrics.get('Errors')).toBeUndefined();
  });

  it('drops a record whose body is not JSON and still checks the others of the batch', async () => {
    const h = harness([BUCKET], clients());
    const outcome = await h.handler(sqsEvent('not json', body));
    expect(outcome).toMatchObject({ outcome: 'checked', itemsEvaluated: 1, drifted: 1 });
    expect(h.metrics.get('Errors')).toBe(1);
  });

  it('drops a record that is neither SNS nor SQS-shaped as a whole, without throwing', async () => {
    const h = harness([BUCKET], clients());
    const outcome = await h.handler({ Records: [{ eventSource: 'aws:sqs', body: 'not json' }] });
    expect(outcome).toMatchObject({ outcome: 'ignored', reason: expect.stringContaining('/Records/0/body') });
    expect(published()).toHaveLength(0);
  });
});

/** An EventBridge "AWS API Call via CloudTrail" event around a CloudTrail record. */
function cloudTrailEvent(detail: Record<string, unknown>) {
  return {
    version: '0',
    id: '7bf73129-1428-4cd3-a780-95db273d1602',
    'detail-type': 'AWS API Call via CloudTrail',
    source: `aws.${String(detail.eventSource).split('.')[0]}`,
    account: '111122223333',
    time: '2026-12-01T10:00:00Z',
    region: String(detail.awsRegion),
    resources: [],
    detail: {
      eventVersion: '1.08',
      eventTime: '2026-12-01T10:00:00Z',
      eventType: 'AwsApiCall',
      recipientAccountId: '111122223333',
      userIdentity: { type: 'AssumedRole', arn: 'arn:aws:sts::111122223333:assumed-role/Admin/jane' },
      ...detail,
    },
  };
}

describe('the CloudTrail fast path', () => {
  const SCP: FakeDesired = {
    resourceType: 'AWS::Organizations::Policy',
    resourceId: 'p-examplepolicyid111',
    stack: 'org',
    address: 'aws_organizations_policy.deny_root',
    expected: { Name: 'deny-root', Description: 'no root user' },
  };
  const PASSWORD_POLICY: FakeDesired = {
    resourceType: 'AWS::IAM::AccountPasswordPolicy',
    resourceId: '111122223333',
    stack: 'identity',
    address: 'aws_iam_account_password_policy.this',
    expected: { MinimumPasswordLength: 14 },
  };
  const policyOutput = (properties: Record<string, unknown>) => ({
    TypeName: 'AWS::Organizations::Policy',
    ResourceDescription: { Identifier: 'p-examplepolicyid111', Properties: JSON.stringify(properties) },
  });

  it('re-reads the SCP an UpdatePolicy call names, and alerts on what changed', async () => {
    cloudControlMock
      .on(GetResourceCommand)
      .resolves(policyOutput({ Id: 'p-examplepolicyid111', Name: 'deny-root', Description: 'edited' }));
    const h = harness([SCP], clients());
    const outcome = await h.handler(
      cloudTrailEvent({
        eventSource: 'organizations.amazonaws.com',
        eventName: 'UpdatePolicy',
        awsRegion: 'us-east-1',
        requestParameters: { policyId: 'p-examplepolicyid111', description: 'edited' },
      }),
    );
    expect(cloudControlMock.commandCalls(GetResourceCommand).map((c) => c.args[0].input)).toEqual([
      { TypeName: 'AWS::Organizations::Policy', Identifier: 'p-examplepolicyid111' },
    ]);
    expect(outcome).toMatchObject({ outcome: 'checked', itemsEvaluated: 1, drifted: 1, alertsSent: 1 });
    expect(published()[0].Message).toContain('Description: "no root user" → "edited"');
  });

  it('calls the SCP DELETED when Cloud Control no longer finds it', async () => {
    cloudControlMock
      .on(GetResourceCommand)
      .rejects(new ResourceNotFoundException({ message: 'not found', $metadata: {} }));
    const h = harness([SCP], clients());
    const outcome = await h.handler(
      cloudTrailEvent({
        eventSource: 'organizations.amazonaws.com',
        eventName: 'DeletePolicy',
        awsRegion: 'us-east-1',
        requestParameters: { policyId: 'p-examplepolicyid111' },
      }),
    );
    expect(outcome).toMatchObject({ drifted: 1 });
    expect(published()[0].Subject).toMatch(/^Drift DELETED: AWS::Organizations::Policy p-examplepolicyid111/);
  });

  it('reads the password policy again after it was weakened, and calls it DELETED once removed', async () => {
    iamMock.on(GetAccountPasswordPolicyCommand).resolvesOnce({
      PasswordPolicy: { MinimumPasswordLength: 8 },
    });
    const h = harness([PASSWORD_POLICY], clients());
    const weakened = await h.handler(
      cloudTrailEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'UpdateAccountPasswordPolicy',
        awsRegion: 'us-east-1',
        requestParameters: { minimumPasswordLength: 8 },
      }),
    );
    expect(weakened).toMatchObject({ drifted: 1 });
    iamMock
      .on(GetAccountPasswordPolicyCommand)
      .rejects(new NoSuchEntityException({ message: 'The Password Policy cannot be found.', $metadata: {} }));
    const removed = await h.handler(
      cloudTrailEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'DeleteAccountPasswordPolicy',
        awsRegion: 'us-east-1',
        requestParameters: null,
      }),
    );
    expect(removed).toMatchObject({ drifted: 1 });
    expect(published().map((p) => p.Subject)).toEqual([
      expect.stringMatching(/^Drift MODIFIED: AWS::IAM::AccountPasswordPolicy/),
      expect.stringMatching(/^Drift DELETED: AWS::IAM::AccountPasswordPolicy/),
    ]);
  });

  it('drops a read the account refuses, without retrying it, and fails on throttling so Lambda retries', async () => {
    const h = harness([SCP], clients());
    const updatePolicy = cloudTrailEvent({
      eventSource: 'organizations.amazonaws.com',
      eventName: 'UpdatePolicy',
      awsRegion: 'us-east-1',
      requestParameters: { policyId: 'p-examplepolicyid111' },
    });
    cloudControlMock.on(GetResourceCommand).rejects(
      Object.assign(new Error('not authorized'), {
        name: 'AccessDeniedException',
        $fault: 'client',
        $metadata: { httpStatusCode: 403 },
      }),
    );
    expect(await h.handler(updatePolicy)).toMatchObject({
      outcome: 'ignored',
      reason: expect.stringContaining('refused: AccessDeniedException'),
    });
    cloudControlMock.on(GetResourceCommand).rejects(
      Object.assign(new Error('Rate exceeded'), {
        name: 'ThrottlingException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    await expect(h.handler(updatePolicy)).rejects.toThrow('Rate exceeded');
  });

  it('reads nothing for a refused call or a call it does not act on', async () => {
    const h = harness([SCP], clients());
    const refused = await h.handler(
      cloudTrailEvent({
        eventSource: 'organizations.amazonaws.com',
        eventName: 'UpdatePolicy',
        awsRegion: 'us-east-1',
        errorCode: 'AccessDeniedException',
        requestParameters: { policyId: 'p-examplepolicyid111' },
      }),
    );
    const other = await h.handler(
      cloudTrailEvent({
        eventSource: 'organizations.amazonaws.com',
        eventName: 'ListPolicies',
        awsRegion: 'us-east-1',
      }),
    );
    expect([refused.outcome, other.outcome]).toEqual(['ignored', 'ignored']);
    expect(cloudControlMock.commandCalls(GetResourceCommand)).toHaveLength(0);
  });
});

describe('the sweep over all three sources', () => {
  const LOG_GROUP: FakeDesired = {
    resourceType: 'AWS::Logs::LogGroup',
    resourceId: '/aws/lambda/api',
    stack: 'app-dev',
    address: 'aws_cloudwatch_log_group.api',
    expected: { RetentionInDays: 365 },
  };
  const targets = { cloudcontrol: [{ resourceType: 'AWS::Logs::LogGroup', global: false }], direct: [] };

  beforeEach(() => {
    configMock.on(ListDiscoveredResourcesCommand).resolves({ resourceIdentifiers: [] });
    configMock.on(BatchGetResourceConfigCommand).resolves({ baseConfigurationItems: [] });
    cloudControlMock.on(ListResourcesCommand, { TypeName: 'AWS::Logs::LogGroup' }).resolves({
      TypeName: 'AWS::Logs::LogGroup',
      ResourceDescriptions: [{ Identifier: '/aws/lambda/api' }],
    });
    cloudControlMock
      .on(GetResourceCommand, { TypeName: 'AWS::Logs::LogGroup', Identifier: '/aws/lambda/api' })
      .resolves({
        TypeName: 'AWS::Logs::LogGroup',
        ResourceDescription: {
          Identifier: '/aws/lambda/api',
          Properties: JSON.stringify({ LogGroupName: '/aws/lambda/api', RetentionInDays: 7 }),
        },
      });
  });

  it("compares Cloud Control's listing with its inventory, writes the HTML report, and links it from the alert", async () => {
    const h = harness(
      [LOG_GROUP],
      clients(),
      { reportBucket: 'acme-drift-reports', reportPrefix: 'dev/', reportKmsKeyArn: null },
      {},
      targets,
    );
    const outcome = await h.handler(fixture(RULE_SCHEDULED));
    expect(outcome).toMatchObject({ outcome: 'checked', itemsEvaluated: 1, drifted: 1, alertsSent: 1 });
    // The listing is a complete inventory of the type in the function's region.
    expect(h.checks.inventoriesChecked).toEqual([
      [
        {
          source: 'cloudcontrol',
          accountId: null,
          region: 'eu-west-1',
          resourceTypes: ['AWS::Logs::LogGroup'],
        },
      ],
    ]);
    // Evaluations are for what AWS Config records; a log group is not.
    expect(configMock.commandCalls(PutEvaluationsCommand)).toHaveLength(0);

    const puts = s3Mock.commandCalls(PutObjectCommand).map((c) => c.args[0].input);
    expect(puts.map((p) => p.Key)).toEqual(['dev/drift-2020-05-03T135544.576Z.html', 'dev/latest.html']);
    for (const put of puts) {
      expect(put).toMatchObject({
        Bucket: 'acme-drift-reports',
        ContentType: 'text/html; charset=utf-8',
        ServerSideEncryption: 'AES256',
      });
      expect(String(put.Body)).toMatch(/^<!doctype html>/i);
      expect(String(put.Body)).toContain('/aws/lambda/api');
    }
    expect(published()[0].Message).toContain(
      'Report:     s3://acme-drift-reports/dev/drift-2020-05-03T135544.576Z.html',
    );
  });

  it('encrypts the report with the KMS key when one is set, and writes none without a bucket', async () => {
    const kms = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const withKey = harness(
      [LOG_GROUP],
      clients(),
      { reportBucket: 'r', reportPrefix: '', reportKmsKeyArn: kms },
      {},
      targets,
    );
    await withKey.handler(fixture(RULE_SCHEDULED));
    expect(s3Mock.commandCalls(PutObjectCommand)[0].args[0].input).toMatchObject({
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: kms,
    });
    s3Mock.resetHistory();
    const without = harness([LOG_GROUP], clients(), {}, {}, targets);
    await without.handler(fixture(RULE_SCHEDULED));
    expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(0);
  });

  it('proves nothing about a type Cloud Control refuses to list: no inventory, and the sweep goes on', async () => {
    cloudControlMock.on(ListResourcesCommand, { TypeName: 'AWS::Logs::LogGroup' }).rejects(
      Object.assign(new Error('not authorized'), {
        name: 'AccessDeniedException',
        $fault: 'client',
        $metadata: { httpStatusCode: 403 },
      }),
    );
    const h = harness([LOG_GROUP], clients(), {}, {}, targets);
    const outcome = await h.handler(fixture(RULE_SCHEDULED));
    expect(outcome.outcome).toBe('checked');
    expect(h.checks.inventoriesChecked).toEqual([[]]);
    expect(h.logs.some((l) => l.level === 'warn' && /not read in full/.test(l.message))).toBe(true);
  });
});
