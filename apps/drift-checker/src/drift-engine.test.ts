// The handler on the real @groundwork/drift engine, with the IaC and state loaded from (mocked) S3 as in production.
import {
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  ListDiscoveredResourcesCommand,
  PutEvaluationsCommand,
} from '@aws-sdk/client-config-service';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { groundworkDriftEngine } from './drift-engine';
import { emptyLiveSources } from './test-support/empty-live-sources';
import { s3BackedHandler } from './test-support/s3-backed-handler';
import { RULE_CHANGE_SG, RULE_SCHEDULED, editInvokingEvent, fixture } from './test-support/fixtures';
import { SAMPLE_MANIFEST, SAMPLE_STACK, SAMPLE_STATE, sampleStack } from './test-support/sample-iac';

const s3 = mockClient(S3Client);
const config = mockClient(ConfigServiceClient);
const sns = mockClient(SNSClient);
const events = mockClient(EventBridgeClient);

function productionLikeHandler(description: string, recordedTypes: string[] = []) {
  const objects = new Map(
    Object.entries({
      'acme-iac/cdktf.out/manifest.json': SAMPLE_MANIFEST,
      [`acme-iac/cdktf.out/stacks/${SAMPLE_STACK}/cdk.tf.json`]: sampleStack(description),
      [`acme-tfstate/groundwork/${SAMPLE_STACK}.tfstate`]: SAMPLE_STATE,
    }).map(([key, body]) => [key, JSON.stringify(body)]),
  );
  return s3BackedHandler(s3, {
    objects,
    iacBucket: 'acme-iac',
    stateBucket: 'acme-tfstate',
    statePrefix: 'groundwork/',
    topicArn: 'arn:aws:sns:eu-west-1:123456789012:drift',
    recordedTypes,
  });
}

beforeEach(() => {
  for (const m of [s3, config, sns, events]) m.reset();
  emptyLiveSources(config);
  config.on(PutEvaluationsCommand).resolves({ FailedEvaluations: [] });
  sns.on(PublishCommand).resolves({ MessageId: 'm' });
  events.on(PutEventsCommand).resolves({ FailedEntryCount: 0 });
});
afterEach(() => jest.restoreAllMocks());

describe('the handler on @groundwork/drift', () => {
  it('adapts the types the construct scopes its triggers to', () => {
    expect(groundworkDriftEngine.adaptedResourceTypes).toEqual(
      expect.arrayContaining(['AWS::EC2::SecurityGroup', 'AWS::S3::Bucket']),
    );
  });

  it('finds a changed description on the captured security group, through state loaded from S3', async () => {
    const handler = productionLikeHandler('bastion ssh');
    const outcome = await handler(fixture(RULE_CHANGE_SG));
    expect(outcome).toMatchObject({ outcome: 'checked', drifted: 1 });
    const [evaluation] = config.commandCalls(PutEvaluationsCommand)[0].args[0].input.Evaluations!;
    expect(evaluation).toMatchObject({
      ComplianceResourceId: 'sg-e2fb6999',
      ComplianceType: 'NON_COMPLIANT',
    });
    // The captured group is as declared but for the description changed in the console: the one difference.
    expect(evaluation.Annotation).toBe(
      `1 drifted (${SAMPLE_STACK}/aws_security_group.ssh): description: "bastion ssh" → "open ssh"`,
    );
    expect(s3.commandCalls(GetObjectCommand).map((c) => c.args[0].input.Key)).toEqual([
      'cdktf.out/manifest.json',
      `cdktf.out/stacks/${SAMPLE_STACK}/cdk.tf.json`,
      `groundwork/${SAMPLE_STACK}.tfstate`,
    ]);
  });

  it('reports a deleted group that no stack manages as NOT_APPLICABLE', async () => {
    const handler = productionLikeHandler('open ssh');
    const event = editInvokingEvent(fixture(RULE_CHANGE_SG), (inv) => {
      Object.assign(inv.configurationItem as Record<string, unknown>, {
        resourceId: 'sg-00000000',
        configurationItemStatus: 'ResourceDeleted',
        configuration: null,
      });
    });
    await handler(event);
    expect(config.commandCalls(PutEvaluationsCommand)[0].args[0].input.Evaluations).toEqual([
      expect.objectContaining({ ComplianceResourceId: 'sg-00000000', ComplianceType: 'NOT_APPLICABLE' }),
    ]);
  });

  it('reports a managed group Config stopped recording (ResourceNotRecorded) as NOT_APPLICABLE, not drift', async () => {
    const handler = productionLikeHandler('open ssh');
    const event = editInvokingEvent(fixture(RULE_CHANGE_SG), (inv) => {
      Object.assign(inv.configurationItem as Record<string, unknown>, {
        configurationItemStatus: 'ResourceNotRecorded',
        configuration: null,
        supplementaryConfiguration: {},
      });
    });
    const outcome = await handler(event);
    expect(outcome).toMatchObject({ outcome: 'checked', drifted: 0 });
    const [evaluation] = config.commandCalls(PutEvaluationsCommand)[0].args[0].input.Evaluations!;
    expect(evaluation).toMatchObject({
      ComplianceResourceId: 'sg-e2fb6999',
      ComplianceType: 'NOT_APPLICABLE',
    });
    expect(evaluation.Annotation).toMatch(/ResourceNotRecorded/);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('sweeps: the group that exists is compared, the bucket with no live item is DELETED where S3 is recorded', async () => {
    const group = JSON.parse(
      fixture<{ invokingEvent: string }>(RULE_CHANGE_SG).invokingEvent,
    ).configurationItem;
    config
      .on(ListDiscoveredResourcesCommand)
      .resolves({ resourceIdentifiers: [] })
      .on(ListDiscoveredResourcesCommand, { resourceType: 'AWS::EC2::SecurityGroup' })
      .resolves({
        resourceIdentifiers: [{ resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-e2fb6999' }],
      });
    config.on(BatchGetResourceConfigCommand).resolves({
      baseConfigurationItems: [
        {
          resourceType: 'AWS::EC2::SecurityGroup',
          resourceId: 'sg-e2fb6999',
          accountId: '123456789012',
          awsRegion: 'eu-west-1',
          configurationItemStatus: 'OK',
          configurationItemCaptureTime: new Date(group.configurationItemCaptureTime),
          configuration: JSON.stringify(group.configuration),
          supplementaryConfiguration: {},
        },
      ],
    });
    const handler = productionLikeHandler('open ssh', ['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup']);
    const event = fixture(RULE_SCHEDULED);
    const outcome = await handler(event);

    expect(outcome).toMatchObject({ outcome: 'checked', itemsEvaluated: 1 });
    const evaluations = config
      .commandCalls(PutEvaluationsCommand)
      .flatMap((c) => c.args[0].input.Evaluations!);
    expect(evaluations).toContainEqual(
      expect.objectContaining({
        ComplianceResourceType: 'AWS::S3::Bucket',
        ComplianceResourceId: 'acme-logs',
        ComplianceType: 'NON_COMPLIANT',
        OrderingTimestamp: new Date('2020-05-03T13:55:44.576Z'),
      }),
    );
    // The group that exists matches the IaC, evaluated at its capture time.
    expect(evaluations.filter((e) => e.ComplianceResourceId === 'sg-e2fb6999')).toEqual([
      {
        ComplianceResourceType: 'AWS::EC2::SecurityGroup',
        ComplianceResourceId: 'sg-e2fb6999',
        ComplianceType: 'COMPLIANT',
        Annotation: `In sync with ${SAMPLE_STACK}/aws_security_group.ssh`,
        OrderingTimestamp: new Date(group.configurationItemCaptureTime),
      },
    ]);
    const subjects = sns.commandCalls(PublishCommand).map((c) => c.args[0].input.Subject);
    expect(subjects).toContain(`Drift DELETED: AWS::S3::Bucket acme-logs (${SAMPLE_STACK})`);
  });
});

describe('the fast path on @groundwork/drift', () => {
  const ACCOUNT = '111122223333';
  const place = { accountId: ACCOUNT, region: 'eu-west-1', readAt: '2026-12-01T10:00:00.000Z' };
  const stack = {
    provider: { aws: [{ region: 'eu-west-1', allowed_account_ids: [ACCOUNT] }] },
    resource: {
      aws_cloudwatch_log_group: { api: { name: '/aws/lambda/api', retention_in_days: 365 } },
    },
  };
  const checks = groundworkDriftEngine.createChecks(
    [
      {
        path: 'manifest.json',
        content: JSON.stringify({
          stacks: { ops: { name: 'ops', synthesizedStackPath: 'stacks/ops/cdk.tf.json' } },
        }),
      },
      { path: 'stacks/ops/cdk.tf.json', content: JSON.stringify(stack) },
    ],
    [],
    { recordedTypes: [] },
  );

  it('compares a resource Cloud Control read again (GetResource output)', () => {
    const read = groundworkDriftEngine.readLive(
      {
        TypeName: 'AWS::Logs::LogGroup',
        ResourceDescription: {
          Identifier: '/aws/lambda/api',
          Properties: JSON.stringify({ LogGroupName: '/aws/lambda/api', RetentionInDays: 7 }),
        },
      },
      'GetResource',
      place,
    );
    expect(read.inventories).toEqual([]);
    expect(read.items.map((r) => r.live)).toEqual([
      expect.objectContaining({ resourceId: '/aws/lambda/api', accountId: ACCOUNT, region: 'eu-west-1' }),
    ]);
    const result = checks.checkItem(read.items[0].item);
    expect(result).toMatchObject({ status: 'MODIFIED', source: 'cloudcontrol' });
    expect(result.differences).toEqual([
      expect.objectContaining({ path: 'retention_in_days', expected: 365, actual: 7 }),
    ]);
  });

  it('calls the one resource a read found gone DELETED', () => {
    const gone = groundworkDriftEngine.goneItem(
      { source: 'cloudcontrol', resourceType: 'AWS::Logs::LogGroup', resourceId: '/aws/lambda/api' },
      place,
    );
    expect(gone.status).toBe('ResourceDeleted');
    expect(checks.checkItem(gone.item)).toMatchObject({
      status: 'DELETED',
      address: 'aws_cloudwatch_log_group.api',
    });
  });
});
