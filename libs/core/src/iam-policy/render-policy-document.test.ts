import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PolicyDocumentError, renderPolicyDocument } from './render-policy-document';

interface RecordedCase {
  readonly name: string;
  readonly body: Record<string, unknown>;
  readonly json: string;
  readonly minifiedJson: string;
}

// Recorded from the provider itself by libs/core/scripts/record-rendered-policy-documents.ts.
const recorded = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'provider-rendered-policy-documents.json'), 'utf8'),
) as { provider: string; cases: RecordedCase[] };

describe(`renderPolicyDocument, against documents rendered by ${recorded.provider}`, () => {
  it('has the recorded edge cases and generated documents', () => {
    expect(recorded.cases.length).toBeGreaterThan(100);
  });

  it.each(recorded.cases.map((c) => [c.name, c] as const))('renders %s byte for byte', (_name, c) => {
    expect(renderPolicyDocument(c.body)).toEqual({ json: c.json, minifiedJson: c.minifiedJson });
  });
});

describe('renderPolicyDocument', () => {
  const body = {
    statement: [
      { actions: ['s3:GetObject'], resources: ['${aws_s3_bucket.b.arn}/*'] },
      { actions: ['s3:ListBucket'], resources: ['${aws_s3_bucket.b.arn}'] },
    ],
  };

  it('reads every argument through resolve', () => {
    const resolve = (v: unknown) =>
      JSON.parse(JSON.stringify(v).replaceAll('${aws_s3_bucket.b.arn}', 'arn:aws:s3:::b')) as unknown;
    expect(JSON.parse(renderPolicyDocument(body, resolve)?.minifiedJson ?? '')).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b' },
      ],
    });
  });

  it('is undefined when resolve cannot know an argument', () => {
    const resolve = (v: unknown) => (JSON.stringify(v).includes('${') ? undefined : v);
    expect(renderPolicyDocument(body, resolve)).toBeUndefined();
  });

  it('takes arguments as written by default, expressions included', () => {
    expect(renderPolicyDocument(body)?.minifiedJson).toContain('"Resource":"${aws_s3_bucket.b.arn}/*"');
  });

  it.each([
    [{ statement: [{ sid: 'A' }, { sid: 'A' }] }, /statement\[1\]: duplicate Sid \(A\)/],
    [{ statement: { effect: 'allow' } }, /statement\[0\].effect: expected Allow or Deny, got allow/],
    [{ statement: { sid: 'no-dash' } }, /statement\[0\].sid: must only include alphanumeric characters/],
    [{ version: '2020-01-01' }, /version: expected one of 2008-10-17, 2012-10-17, got 2020-01-01/],
    [
      { version: '2008-10-17', statement: { resources: ['arn:aws:s3:::b/&{aws:username}'] } },
      /not supported in document version 2008-10-17/,
    ],
    [{ source_policy_documents: ['not json'] }, /source_policy_documents\[0\]: not valid JSON/],
    [
      {
        source_policy_documents: [
          JSON.stringify({ Statement: [{ Sid: 'A' }] }),
          JSON.stringify({ Statement: [{ Sid: 'A' }] }),
        ],
      },
      /source_policy_documents\[1\]: duplicate Sid \(A\) in source_policy_documents/,
    ],
    [{ statement: { actions: [{}] } }, /statement\[0\].actions\[0\]: expected a string/],
  ])('refuses what the provider refuses: %j', (input, message) => {
    expect(() => renderPolicyDocument(input)).toThrow(PolicyDocumentError);
    expect(() => renderPolicyDocument(input)).toThrow(message);
  });
});

describe('renderPolicyDocument ordering', () => {
  it('sorts in UTF-8 byte order, as Go compares strings: characters above U+FFFF after U+E000..U+FFFF', () => {
    const rendered = renderPolicyDocument({
      statement: { actions: ['a\uffff', 'a\u{1f600}', 'a\u00e9', 'a'] },
    });
    expect(JSON.parse(rendered?.json ?? '').Statement[0].Action).toEqual([
      'a\u{1f600}',
      'a\uffff',
      'a\u00e9',
      'a',
    ]);
  });
});
