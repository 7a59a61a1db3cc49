import fc from 'fast-check';
import { normalizePolicy, policiesEqual } from './iam-policy';

const action = fc.constantFrom(
  's3:GetObject',
  's3:PutObject',
  'sts:AssumeRole',
  'kms:Decrypt',
  'ec2:*',
  'iam:PassRole',
);
const resource = fc.constantFrom(
  '*',
  'arn:aws:s3:::b',
  'arn:aws:s3:::b/*',
  'arn:aws:kms:eu-west-1:111122223333:key/k',
);
const principal = fc.oneof(
  fc.constant<unknown>('*'),
  fc.record({
    AWS: fc.uniqueArray(
      fc.constantFrom('arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:role/x'),
      { minLength: 1, maxLength: 2 },
    ),
  }),
  fc.record({
    Service: fc.uniqueArray(fc.constantFrom('ec2.amazonaws.com', 'lambda.amazonaws.com'), {
      minLength: 1,
      maxLength: 2,
    }),
  }),
);
const statement = fc.record(
  {
    Sid: fc.constantFrom('A', 'B', 'C'),
    Effect: fc.constantFrom('Allow', 'Deny'),
    Action: fc.uniqueArray(action, { minLength: 1, maxLength: 3 }),
    Resource: fc.uniqueArray(resource, { minLength: 1, maxLength: 3 }),
    Principal: principal,
    Condition: fc.record({
      Bool: fc.record({ 'aws:SecureTransport': fc.constantFrom(['false'], ['true']) }),
    }),
  },
  { requiredKeys: ['Effect', 'Action'] },
);
const document = fc.record({
  Version: fc.constant('2012-10-17'),
  Statement: fc.array(statement, { minLength: 1, maxLength: 4 }),
});

/** Rewrites a document without changing its meaning, driven by random choices. */
function reencode(doc: { Version: string; Statement: Record<string, unknown>[] }, seed: number[]): unknown {
  let i = 0;
  const pick = (): number => seed[i++ % seed.length];
  const statements = doc.Statement.map((s) => {
    const out: Record<string, unknown> = {};
    const entries = Object.entries(s);
    if (pick() % 2) entries.reverse();
    for (const [k, v] of entries) {
      if (Array.isArray(v) && v.length === 1 && pick() % 2) out[k] = v[0];
      else if (Array.isArray(v)) out[k] = pick() % 2 ? [...v].reverse() : v;
      else if (k === 'Principal' && v === '*' && pick() % 2) out[k] = { AWS: '*' };
      else if (k === 'Principal' && typeof v === 'object' && v !== null) {
        const p: Record<string, unknown> = {};
        for (const [pk, pv] of Object.entries(v))
          p[pk] = Array.isArray(pv) && pv.length === 1 && pick() % 2 ? pv[0] : pv;
        out[k] = p;
      } else out[k] = v;
    }
    return out;
  });
  if (pick() % 2) statements.reverse();
  const rewritten =
    pick() % 2
      ? { Statement: statements, Version: doc.Version }
      : { Version: doc.Version, Statement: statements };
  const json = JSON.stringify(rewritten, null, pick() % 2 ? 2 : undefined);
  switch (pick() % 3) {
    case 0:
      return rewritten;
    case 1:
      return json;
    default:
      return encodeURIComponent(json);
  }
}

describe('normalizePolicy', () => {
  it('decodes URL-encoded JSON as AWS Config delivers it', () => {
    const encoded =
      '%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Service%22%3A%22ec2.amazonaws.com%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D';
    expect(normalizePolicy(encoded)).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com'] }, Action: ['sts:AssumeRole'] },
      ],
    });
  });

  it('treats Principal "*" as {"AWS": "*"} and a string as a one-element list', () => {
    expect(
      policiesEqual(
        { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }] },
        { Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['s3:GetObject'] }] },
      ),
    ).toBe(true);
  });

  it('treats an account id principal as its root ARN, and action names case-insensitively, as IAM does', () => {
    const written = {
      Statement: [
        { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 's3:getobject', Resource: '*' },
      ],
    };
    const stored = {
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'S3:GetObject',
          Resource: '*',
        },
      ],
    };
    expect(policiesEqual(written, stored)).toBe(true);
    expect(
      policiesEqual(written, {
        Statement: [{ ...stored.Statement[0], Principal: { AWS: 'arn:aws:iam::444455556666:root' } }],
      }),
    ).toBe(false);
  });

  it('decodes a JSON string holding a JSON string (Lambda policies in history items)', () => {
    expect(
      policiesEqual(JSON.stringify(JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'a:b' }] })), {
        Statement: { Effect: 'Allow', Action: ['a:b'] },
      }),
    ).toBe(true);
  });

  it('tells apart documents that differ in meaning', () => {
    const base = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }],
    };
    expect(policiesEqual(base, { ...base, Statement: [{ ...base.Statement[0], Effect: 'Deny' }] })).toBe(
      false,
    );
    expect(
      policiesEqual(base, {
        ...base,
        Statement: [{ ...base.Statement[0], Action: ['s3:GetObject', 's3:PutObject'] }],
      }),
    ).toBe(false);
    expect(
      policiesEqual(base, {
        ...base,
        Statement: [{ ...base.Statement[0], Principal: { AWS: 'arn:aws:iam::1:root' } }],
      }),
    ).toBe(false);
    expect(policiesEqual(base, 'not a policy')).toBe(false);
  });

  it('property: documents equal in meaning compare equal whatever the encoding, key order, statement order or string-vs-list form', () => {
    fc.assert(
      fc.property(document, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (doc, seed) => {
        expect(policiesEqual(doc, reencode(doc, seed))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: changing one action of one statement is always seen', () => {
    fc.assert(
      fc.property(document, fc.nat(), (doc, n) => {
        const i = n % doc.Statement.length;
        const changed = {
          ...doc,
          Statement: doc.Statement.map((s, j) =>
            j === i ? { ...s, Action: [...s.Action, 'iam:CreateUser'] } : s,
          ),
        };
        // Adding an action the statement did not have changes the meaning, unless another identical statement exists.
        const duplicate = doc.Statement.some(
          (s, j) => j !== i && JSON.stringify(s) === JSON.stringify(changed.Statement[i]),
        );
        if (!duplicate) expect(policiesEqual(doc, changed)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
