import { parseIac } from '../iac/parse-iac';
import { terraformJson } from '../fixtures/harness';
import { fallbackReads } from './fallback-reads';

describe('fallbackReads', () => {
  it('lists each account and region where the IaC puts resources of a type a fallback reads, once', () => {
    const desired = parseIac([
      {
        path: 'stacks/drift/cdk.tf.json',
        content: terraformJson('drift', {
          account: '111122223333',
          region: 'eu-west-1',
          aliases: { 'us-east-1': { account: '111122223333', region: 'us-east-1' } },
          resources: {
            aws_cloudwatch_event_rule: {
              home: { name: 'home' },
              forward: { provider: 'aws.us-east-1', name: 'forward' },
              again: { provider: 'aws.us-east-1', name: 'again' },
            },
            aws_sqs_queue: { q: { name: 'q' } },
          },
        }),
      },
    ]);
    expect(fallbackReads(desired)).toEqual(
      ['eu-west-1', 'us-east-1'].map((region) => ({
        source: 'cloudcontrol',
        resourceType: 'AWS::Events::Rule',
        preferredSource: 'config',
        preferredType: 'AWS::Events::Rule',
        account: '111122223333',
        region,
      })),
    );
  });
});
