import { SimulatedIds } from '../simulated-ids';
import { readPolicyDocument } from './iam-policy-document';

const ctx = {
  account: '111122223333',
  region: 'eu-west-1',
  ids: new SimulatedIds('policy-document'),
  outputs: new Map(),
};

describe('data.aws_iam_policy_document', () => {
  it('computes json and minified_json as the provider does, "*" principals and not_principals included', () => {
    const read = readPolicyDocument(
      'deny',
      {
        statement: [
          {
            effect: 'Deny',
            actions: ['s3:*'],
            resources: ['arn:aws:s3:::logs/*', 'arn:aws:s3:::logs'],
            principals: [{ type: '*', identifiers: ['*'] }],
            condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
          },
          {
            actions: ['s3:GetObject'],
            resources: ['arn:aws:s3:::logs/*'],
            not_principals: [{ type: 'AWS', identifiers: ['arn:aws:iam::111122223333:root'] }],
          },
        ],
      },
      ctx,
    );
    expect(JSON.parse(String(read.json))).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Action: 's3:*',
          Resource: ['arn:aws:s3:::logs/*', 'arn:aws:s3:::logs'],
          Principal: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::logs/*',
          NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' },
        },
      ],
    });
    expect(read.minified_json).toBe(JSON.stringify(JSON.parse(String(read.json))));
    expect(read.id).toMatch(/^\d+$/);
  });

  it('fails the read as the provider does for a document it refuses', () => {
    expect(() =>
      readPolicyDocument(
        'dup',
        {
          statement: [
            { sid: 'A', actions: ['s3:*'] },
            { sid: 'A', actions: ['s3:*'] },
          ],
        },
        ctx,
      ),
    ).toThrow(/sid/i);
  });
});
