import { parsePolicyDocument, readPolicyJson } from './parse-policy-document';
import { renderPolicyDocument } from './render-policy-document';

describe('parsePolicyDocument', () => {
  it('reads statements into lists, with principals, not_principals and conditions', () => {
    const doc = parsePolicyDocument({
      Version: '2012-10-17',
      Id: 'P',
      Statement: [
        {
          Sid: 'A',
          Effect: 'Deny',
          Principal: '*',
          NotAction: 's3:GetObject',
          Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
          Condition: { Bool: { 'aws:SecureTransport': false }, NumericLessThan: { 's3:TlsVersion': 1.2 } },
        },
        { Effect: 'Allow', NotPrincipal: { AWS: ['a', 'b'], Service: 's' }, Action: '*', NotResource: '*' },
      ],
    });
    expect(doc).toEqual({
      version: '2012-10-17',
      id: 'P',
      statements: [
        {
          sid: 'A',
          effect: 'Deny',
          principals: [{ type: '*', identifiers: ['*'] }],
          notActions: ['s3:GetObject'],
          resources: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
          conditions: [
            { test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] },
            { test: 'NumericLessThan', variable: 's3:TlsVersion', values: ['1.2'] },
          ],
        },
        {
          effect: 'Allow',
          notPrincipals: [
            { type: 'AWS', identifiers: ['a', 'b'] },
            { type: 'Service', identifiers: ['s'] },
          ],
          actions: ['*'],
          notResources: ['*'],
          conditions: [],
        },
      ],
    });
  });

  it('reads a single statement object, text, URL-encoded text and JSON holding the document as a string', () => {
    const doc = { Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' } };
    const expected = {
      statements: [{ effect: 'Allow', actions: ['s3:*'], resources: ['*'], conditions: [] }],
    };
    const text = JSON.stringify(doc);
    expect(parsePolicyDocument(doc)).toEqual(expected);
    expect(parsePolicyDocument(text)).toEqual(expected);
    expect(parsePolicyDocument(encodeURIComponent(text))).toEqual(expected);
    expect(parsePolicyDocument(JSON.stringify(text))).toEqual(expected);
    expect(readPolicyJson(encodeURIComponent(text))).toEqual(doc);
  });

  it('is undefined for what is not a policy document', () => {
    expect(parsePolicyDocument('${jsonencode(local.policy)}')).toBeUndefined();
    expect(parsePolicyDocument(42)).toBeUndefined();
    expect(parsePolicyDocument({ Statement: 'x' })).toBeUndefined();
    expect(parsePolicyDocument({ Statement: ['x'] })).toBeUndefined();
  });

  it('reads back what the renderer wrote, with the wildcard principal as type "*"', () => {
    const rendered = renderPolicyDocument({
      statement: {
        effect: 'Deny',
        actions: ['s3:*'],
        principals: { type: '*', identifiers: ['*'] },
        not_principals: { type: 'AWS', identifiers: ['arn:aws:iam::111122223333:root'] },
        condition: { test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] },
      },
    });
    expect(parsePolicyDocument(rendered?.json)?.statements[0]).toEqual({
      effect: 'Deny',
      actions: ['s3:*'],
      principals: [{ type: '*', identifiers: ['*'] }],
      notPrincipals: [{ type: 'AWS', identifiers: ['arn:aws:iam::111122223333:root'] }],
      conditions: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
    });
  });
});
