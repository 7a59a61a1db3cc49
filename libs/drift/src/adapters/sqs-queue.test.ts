import { awsConfigExample } from '../fixtures/load-fixture';
import { configItem, engineFor } from '../fixtures/harness';
import { pathsMissingFromInventory } from '../fixtures/property-inventory';
import { parseLive } from '../live/parse-live';

// The real EventBridge-delivered item: PascalCase attribute map, every value a string, the policy a JSON string,
// `resourceId` the queue URL and `resourceName` the name.
const [queue] = parseLive(
  awsConfigExample('custodian-eventbridge-ConfigConfigurationItemChange-sqs-queue.json'),
  'sqs',
).items;
const url = 'https://sqs.us-east-1.amazonaws.com/644160558196/config-changes';
const arn = 'arn:aws:sqs:us-east-1:644160558196:config-changes';
const policy = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Service: 'events.amazonaws.com' },
      Action: 'sqs:SendMessage',
      Resource: arn,
    },
  ],
};

describe('AWS::SQS::Queue adapter (real EventBridge item)', () => {
  it('is built on the field inventory’s names', () => {
    expect(pathsMissingFromInventory('AWS::SQS::Queue', queue.configuration ?? {}, ['Policy'])).toEqual([]);
  });

  it('is IN_SYNC against the provider’s defaults and a queue policy resource, matched by URL', () => {
    // The capture names two accounts (its URL and ARNs 644160558196, the item's accountId 662108712480): the
    // provider's account says where the stack lives, as it would for a real stack.
    const engine = engineFor({
      ops: {
        account: queue.accountId ?? undefined,
        region: 'us-east-1',
        resources: {
          aws_sqs_queue: { q: { name: 'config-changes' } },
          aws_sqs_queue_policy: {
            p: { queue_url: '${aws_sqs_queue.q.url}', policy: JSON.stringify(policy) },
          },
        },
        state: { 'aws_sqs_queue.q': { id: url, url, arn, name: 'config-changes' } },
      },
    });
    expect(engine.checkItem(queue)).toMatchObject({
      status: 'IN_SYNC',
      addresses: ['aws_sqs_queue.q', 'aws_sqs_queue_policy.p'],
    });
  });

  it('reports a shorter retention and a longer visibility timeout than the IaC sets', () => {
    const engine = engineFor({
      ops: {
        resources: {
          aws_sqs_queue: {
            q: { name: 'config-changes', message_retention_seconds: 1209600, visibility_timeout_seconds: 30 },
          },
        },
      },
    });
    const changed = configItem(
      'AWS::SQS::Queue',
      url,
      { ...queue.configuration, VisibilityTimeout: '900' },
      {
        resourceName: 'config-changes',
      },
    );
    expect(engine.checkItem(changed).differences.map((d) => [d.path, d.expected, d.actual])).toEqual([
      ['message_retention_seconds', 1209600, '345600'],
      ['visibility_timeout_seconds', 30, '900'],
    ]);
  });

  it('compares the redrive policy as JSON, whatever its key order', () => {
    const redrive = { deadLetterTargetArn: `${arn}-dlq`, maxReceiveCount: 5 };
    const engine = engineFor({
      ops: {
        resources: {
          aws_sqs_queue: { q: { name: 'config-changes', redrive_policy: JSON.stringify(redrive) } },
        },
      },
    });
    const withRedrive = (text: string) =>
      configItem(
        'AWS::SQS::Queue',
        url,
        { ...queue.configuration, RedrivePolicy: text },
        { resourceName: 'config-changes' },
      );
    expect(
      engine.checkItem(withRedrive('{"maxReceiveCount":5,"deadLetterTargetArn":"' + arn + '-dlq"}')).status,
    ).toBe('IN_SYNC');
    expect(
      engine
        .checkItem(withRedrive(JSON.stringify({ ...redrive, maxReceiveCount: 50 })))
        .differences.map((d) => d.path),
    ).toEqual(['redrive_policy']);
  });
});
