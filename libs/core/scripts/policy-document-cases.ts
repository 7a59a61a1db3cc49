// The `aws_iam_policy_document` bodies whose rendering record-rendered-policy-documents.ts records: named edge cases
// of the provider's rendering, then documents drawn from a seeded generator (the same seed, the same documents).

export interface PolicyDocumentCase {
  readonly name: string;
  readonly body: Record<string, unknown>;
}

const EDGE_CASES: readonly PolicyDocumentCase[] = [
  { name: 'no statements', body: {} },
  { name: 'version 2008-10-17 and a policy id', body: { version: '2008-10-17', policy_id: 'P1' } },
  {
    name: 'single values become strings, several are sorted in reverse',
    body: {
      statement: [
        {
          actions: ['s3:GetObject', 's3:ListBucket', 's3:PutObject'],
          resources: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
          principals: [{ type: 'Service', identifiers: ['ec2.amazonaws.com'] }],
        },
      ],
    },
  },
  {
    name: 'duplicate actions are one',
    body: { statement: { actions: ['s3:GetObject', 's3:GetObject'] } },
  },
  {
    name: 'principals of one type joined in set order',
    body: {
      statement: {
        actions: ['sts:AssumeRole'],
        principals: [
          { type: 'AWS', identifiers: ['z1', 'a1'] },
          { type: 'AWS', identifiers: ['m2'] },
          { type: 'AWS', identifiers: ['b3', 'c3'] },
        ],
      },
    },
  },
  {
    name: 'conditions of one key joined in set order, values in their order',
    body: {
      statement: {
        actions: ['s3:*'],
        condition: [
          { test: 'StringLike', variable: 'aws:PrincipalTag/team', values: ['v1'] },
          { test: 'StringLike', variable: 'aws:PrincipalTag/team', values: ['v2', 'v0'] },
          { test: 'StringLike', variable: 'aws:PrincipalTag/team', values: ['v3'] },
          { test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] },
        ],
      },
    },
  },
  {
    name: 'the wildcard principal and not_principals',
    body: {
      statement: [
        { effect: 'Deny', actions: ['s3:*'], principals: [{ type: '*', identifiers: ['*'] }] },
        { actions: ['s3:*'], not_principals: [{ type: '*', identifiers: ['*'] }] },
        { actions: ['s3:*'], principals: [{ type: 'AWS', identifiers: ['*'] }] },
        {
          actions: ['s3:*'],
          principals: [
            { type: '*', identifiers: ['*'] },
            { type: 'AWS', identifiers: ['a'] },
          ],
        },
      ],
    },
  },
  {
    name: 'policy variables written &{...}',
    body: {
      statement: {
        sid: 'Home',
        actions: ['s3:GetObject'],
        resources: ['arn:aws:s3:::home/&{aws:username}/*'],
        condition: { test: 'StringLike', variable: 's3:prefix', values: ['&{aws:username}/'] },
      },
    },
  },
  {
    name: 'HTML characters and line separators are escaped as Go escapes them',
    body: { statement: { actions: ['a<b>&c\u2028d\u2029'], resources: ['é/ü/漢'] } },
  },
  {
    name: 'booleans and numbers as strings',
    body: {
      statement: {
        actions: ['s3:*'],
        condition: { test: 'NumericLessThan', variable: 'k', values: [true, 1.5, 1e23, 7] },
      },
    },
  },
  {
    name: 'empty condition values and empty strings',
    body: {
      statement: { sid: '', actions: ['s3:*'], condition: { test: 'Null', variable: 'k', values: [] } },
    },
  },
  {
    name: 'source and override documents merged by Sid',
    body: {
      source_policy_documents: [
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'S',
              Effect: 'Allow',
              Action: ['b', 'a'],
              Resource: '*',
              Principal: { AWS: ['x', 'y'], Service: 's' },
              Condition: { Bool: { k: true }, StringEquals: { j: ['1'] } },
            },
            { Effect: 'Deny', Action: 'c', Principal: '*' },
          ],
        }),
        JSON.stringify({
          Statement: [{ Sid: 'U', Effect: 'Allow', NotAction: ['x'], Principal: { AWS: '*' } }],
        }),
      ],
      override_policy_documents: [
        JSON.stringify({
          Version: '2012-10-17',
          Id: 'O',
          Statement: [
            { Sid: 'T', Action: ['q'] },
            { Sid: 'S2', Effect: 'Allow', Action: 'z', Principal: { AWS: ['a'] } },
          ],
        }),
      ],
      statement: [
        { sid: 'T', actions: ['t'] },
        { sid: 'S', actions: ['over'] },
      ],
    },
  },
];

/** mulberry32: a small seeded generator, so the recorded documents are reproducible. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:*',
  'kms:Decrypt',
  'sts:AssumeRole',
  '*',
  'ec2:Describe*',
];
const RESOURCES = [
  '*',
  'arn:aws:s3:::b',
  'arn:aws:s3:::b/*',
  'arn:aws:s3:::b/&{aws:userid}/*',
  'arn:aws:kms:*:*:key/1',
];
const TYPES = ['AWS', 'Service', 'Federated', '*', 'CanonicalUser'];
const IDENTIFIERS = [
  '*',
  'arn:aws:iam::111122223333:root',
  '444455556666',
  'ec2.amazonaws.com',
  'lambda.amazonaws.com',
  'arn:aws:iam::111122223333:role/app',
  'cognito-identity.amazonaws.com',
];
const TESTS = ['StringEquals', 'StringLike', 'Bool', 'ArnLike', 'ForAnyValue:StringEquals'];
const VARIABLES = [
  'aws:SourceAccount',
  'aws:PrincipalOrgID',
  'aws:SecureTransport',
  'token.actions.githubusercontent.com:sub',
];
const VALUES = [
  'o-abc123',
  '111122223333',
  'false',
  'repo:acme/app:ref:refs/heads/main',
  '&{aws:username}',
  'z',
  'a',
];

function generated(count: number, seed: number): PolicyDocumentCase[] {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(from: readonly T[]) => from[int(from.length)];
  const some = <T>(from: readonly T[], max: number) => Array.from({ length: 1 + int(max) }, () => pick(from));
  const blocks = <T>(make: () => T, max: number): T | T[] => {
    const list = Array.from({ length: 1 + int(max) }, make);
    return list.length === 1 && next() < 0.5 ? list[0] : list;
  };
  const out: PolicyDocumentCase[] = [];
  for (let i = 0; i < count; i++) {
    const statements = Array.from({ length: 1 + int(3) }, (_, j) => {
      const s: Record<string, unknown> = {};
      if (next() < 0.4) s.sid = `S${i}x${j}`;
      if (next() < 0.5) s.effect = pick(['Allow', 'Deny']);
      s[next() < 0.8 ? 'actions' : 'not_actions'] = some(ACTIONS, 4);
      if (next() < 0.7) s[next() < 0.8 ? 'resources' : 'not_resources'] = some(RESOURCES, 3);
      const principal = () => ({ type: pick(TYPES), identifiers: some(IDENTIFIERS, 3) });
      if (next() < 0.6) s[next() < 0.8 ? 'principals' : 'not_principals'] = blocks(principal, 3);
      const condition = () => ({ test: pick(TESTS), variable: pick(VARIABLES), values: some(VALUES, 3) });
      if (next() < 0.6) s.condition = blocks(condition, 4);
      return s;
    });
    out.push({
      name: `generated ${i}`,
      body: { statement: statements.length === 1 && next() < 0.5 ? statements[0] : statements },
    });
  }
  return out;
}

export function policyDocumentCases(): PolicyDocumentCase[] {
  return [...EDGE_CASES, ...generated(100, 20250514)];
}
