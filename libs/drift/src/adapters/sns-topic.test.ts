import { awsConfigExample } from '../fixtures/load-fixture';
import { configItem, engineFor } from '../fixtures/harness';

describe('AWS::SNS::Topic adapter (real select items)', () => {
  const rows = (
    awsConfigExample('custodian-placebo-SelectResourceConfig-sns-topic.json') as {
      data: { Results: string[] };
    }
  ).data.Results.map((r) => JSON.parse(r));

  const item = (row: {
    resourceId: string;
    configuration: Record<string, unknown>;
    supplementaryConfiguration: Record<string, unknown>;
  }) =>
    configItem('AWS::SNS::Topic', row.resourceId, row.configuration, {
      supplementaryConfiguration: row.supplementaryConfiguration,
      // Where the captured topics live (their ARNs): the state's ARNs place the stack there too.
      awsAccountId: '644160558196',
      awsRegion: 'ap-northeast-2',
    });

  it('compares the topic policy semantically when the IaC sets one, and its KMS key', () => {
    const arn = 'arn:aws:sns:ap-northeast-2:644160558196:sns-test-has-statement';
    const engine = engineFor({
      msg: {
        resources: {
          aws_sns_topic: {
            t: { name: 'sns-test-has-statement' },
            relay: {
              name: 'sandbox-relay',
              tags: { foo: 'true' },
              kms_master_key_id:
                'arn:aws:kms:ap-northeast-2:644160558196:key/83a5b9da-e2ed-417c-b55b-894a75a8d140',
            },
          },
          aws_sns_topic_policy: {
            p: {
              arn: '${aws_sns_topic.t.arn}',
              policy: JSON.stringify({
                Version: '2008-10-17',
                Statement: [
                  {
                    Sid: '__default_statement_ID',
                    Effect: 'Deny',
                    Principal: { AWS: ['*'] },
                    Action: ['SNS:Publish'],
                    Resource: arn,
                    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
                  },
                ],
              }),
            },
          },
        },
        state: {
          'aws_sns_topic.t': { id: arn, arn },
          'aws_sns_topic.relay': { id: rows[0].resourceId, arn: rows[0].resourceId },
        },
      },
    });
    expect(engine.checkItem(item(rows[1]))).toMatchObject({
      status: 'IN_SYNC',
      addresses: ['aws_sns_topic.t', 'aws_sns_topic_policy.p'],
    });
    expect(engine.checkItem(item(rows[0])).status).toBe('MODIFIED');
    expect(engine.checkItem(item(rows[0])).differences.map((d) => d.path)).toEqual(['tags.foo']);
  });
});
