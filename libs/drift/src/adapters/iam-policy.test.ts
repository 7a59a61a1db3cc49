import { configItem, engineFor } from '../fixtures/harness';

describe('AWS::IAM::Policy adapter (built in the schema shape)', () => {
  it('compares the default version document semantically', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }],
    };
    const arn = 'arn:aws:iam::111122223333:policy/read';
    const engine = engineFor({
      iam: {
        resources: { aws_iam_policy: { read: { name: 'read', policy: JSON.stringify(doc) } } },
        state: { 'aws_iam_policy.read': { id: arn, arn } },
      },
    });
    const item = (document: unknown) =>
      configItem(
        'AWS::IAM::Policy',
        'ANPA1',
        {
          policyName: 'read',
          arn,
          defaultVersionId: 'v2',
          policyVersionList: [
            {
              versionId: 'v2',
              isDefaultVersion: true,
              document: encodeURIComponent(JSON.stringify(document)),
            },
          ],
        },
        { ARN: arn },
      );
    expect(
      engine.checkItem(item({ ...doc, Statement: [{ ...doc.Statement[0], Action: 's3:GetObject' }] })).status,
    ).toBe('IN_SYNC');
    expect(
      engine.checkItem(item({ ...doc, Statement: [{ ...doc.Statement[0], Action: 's3:*' }] })).differences[0]
        .path,
    ).toBe('policy');
  });
});
