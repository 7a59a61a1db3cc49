// The central checker: Config change events forwarded from member accounts to the central bus reach one
// drift-checker handler, whose IaC is every account's stacks. Each event is compared with the stacks whose provider
// account and region are the event's, and the alert names that account's stack. Events from two member accounts in
// two regions, over a simulated organization whose accounts run the same stack template (same addresses, same names).
import { ConfigServiceClient, PutEvaluationsCommand } from '@aws-sdk/client-config-service';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { S3Client } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { ConfigItem as SimItem } from '@groundwork/aws-sim';
import { CONFIG_ITEM_CHANGE_DETAIL_TYPE } from '@groundwork/drift';
import { mockClient } from 'aws-sdk-client-mock';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { emptyLiveSources } from '../test-support/empty-live-sources';
import { s3BackedHandler } from '../test-support/s3-backed-handler';
import {
  simulateOrganization,
  STATE_BUCKET,
  stackName,
  type Place,
} from './test-support/simulated-organization';

const s3 = mockClient(S3Client);
const config = mockClient(ConfigServiceClient);
const sns = mockClient(SNSClient);
const events = mockClient(EventBridgeClient);

const A: Place = { account: '111111111111', region: 'eu-west-1' };
const B: Place = { account: '222222222222', region: 'us-east-1' };
const PLACES: Place[] = [
  A,
  { account: A.account, region: B.region },
  { account: B.account, region: A.region },
  B,
];

function centralHandler(iacDir: string, states: Readonly<Record<string, string>>) {
  const objects = new Map<string, string>();
  objects.set('org-iac/cdktf.out/manifest.json', readFileSync(join(iacDir, 'manifest.json'), 'utf8'));
  for (const stack of readdirSync(join(iacDir, 'stacks')))
    objects.set(
      `org-iac/cdktf.out/stacks/${stack}/cdk.tf.json`,
      readFileSync(join(iacDir, 'stacks', stack, 'cdk.tf.json'), 'utf8'),
    );
  for (const [key, state] of Object.entries(states)) objects.set(`${STATE_BUCKET}/${key}`, state);
  return s3BackedHandler(s3, {
    objects,
    iacBucket: 'org-iac',
    stateBucket: STATE_BUCKET,
    statePrefix: '',
    topicArn: 'arn:aws:sns:eu-west-1:999999999999:drift',
  });
}

/** The event as the member account's default bus emits it and its forwarding rule delivers it to the central bus. */
function forwardedEvent(item: SimItem): Record<string, unknown> {
  return {
    version: '0',
    id: `${item.awsAccountId}-${item.resourceId}`,
    'detail-type': CONFIG_ITEM_CHANGE_DETAIL_TYPE,
    source: 'aws.config',
    account: item.awsAccountId,
    time: '2026-12-03T10:00:00Z',
    region: item.awsRegion,
    resources: [item.ARN],
    detail: {
      recordVersion: '1.3',
      messageType: 'ConfigurationItemChangeNotification',
      notificationCreationTime: '2026-12-03T10:00:00.000Z',
      configurationItem: item,
    },
  };
}

beforeEach(() => {
  for (const m of [s3, config, sns, events]) m.reset();
  emptyLiveSources(config);
  config.on(PutEvaluationsCommand).resolves({ FailedEvaluations: [] });
  sns.on(PublishCommand).resolves({ MessageId: 'm' });
  events.on(PutEventsCommand).resolves({ FailedEntryCount: 0 });
});
afterEach(() => jest.restoreAllMocks());

describe('the central checker', () => {
  const org = simulateOrganization(PLACES, 'central-events');
  const states = org.stateFiles;
  const web = (p: Place): SimItem =>
    structuredClone(
      org.items.find(
        (i) =>
          i.awsAccountId === p.account &&
          i.awsRegion === p.region &&
          i.resourceType === 'AWS::EC2::SecurityGroup' &&
          (i.configuration as { groupName?: string }).groupName === 'web',
      )!,
    );

  it('compares each forwarded event with its own account and region stack, and alerts on that one', async () => {
    const handler = centralHandler(org.iacDir, states);
    const driftedInA = web(A);
    (driftedInA.configuration as { description: string }).description = 'opened up in the console';
    const inSyncInB = web(B);

    expect(await handler(forwardedEvent(driftedInA))).toMatchObject({ outcome: 'checked', drifted: 1 });
    expect(await handler(forwardedEvent(inSyncInB))).toMatchObject({ outcome: 'checked', drifted: 0 });

    const published = events.commandCalls(PutEventsCommand).flatMap((c) => c.args[0].input.Entries ?? []);
    expect(published).toHaveLength(1);
    const detail = JSON.parse(published[0].Detail!);
    expect(JSON.stringify(detail)).toContain(stackName(A));
    expect(JSON.stringify(detail)).not.toContain(stackName({ account: A.account, region: B.region }));
    expect(JSON.stringify(detail)).not.toContain(stackName({ account: B.account, region: A.region }));
    const alert = sns.commandCalls(PublishCommand)[0].args[0].input;
    expect(alert.Message).toContain(stackName(A));
  });

  it('tells the same group name apart by account and region: drift in B is reported on B, not A', async () => {
    const handler = centralHandler(org.iacDir, states);
    const driftedInB = web(B);
    (driftedInB.configuration as { description: string }).description = 'changed in B';
    expect(await handler(forwardedEvent(web(A)))).toMatchObject({ drifted: 0 });
    expect(await handler(forwardedEvent(driftedInB))).toMatchObject({ drifted: 1 });
    const alert = sns.commandCalls(PublishCommand)[0].args[0].input;
    expect(alert.Message).toContain(stackName(B));
    expect(alert.Message).not.toContain(stackName(A));
  });
});
