import { renderPolicyDocument } from './iam-policy-document';

describe('renderPolicyDocument', () => {
  it('renders aws_iam_policy_document with single values unwrapped and conditions grouped by test', () => {
    const doc = JSON.parse(
      renderPolicyDocument({
        statement: [
          {
            actions: ['sts:AssumeRole'],
            principals: [{ type: 'Service', identifiers: ['ec2.amazonaws.com'] }],
            condition: [
              { test: 'StringEquals', variable: 'aws:SourceAccount', values: ['111111111111'] },
              { test: 'StringEquals', variable: 'aws:SourceOrgID', values: ['o-1', 'o-2'] },
            ],
          },
        ],
      }),
    );
    expect(doc).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'sts:AssumeRole',
          Principal: { Service: 'ec2.amazonaws.com' },
          Condition: {
            StringEquals: { 'aws:SourceAccount': '111111111111', 'aws:SourceOrgID': ['o-1', 'o-2'] },
          },
        },
      ],
    });
  });
});
