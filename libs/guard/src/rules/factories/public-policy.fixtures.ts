import { FixtureCase, LocatedCase, RuleFixtures, tf } from '../../testing/rule-fixtures';

type Blocks = Record<string, Record<string, Record<string, unknown>>>;

const doc = (...statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const allow = (principal: unknown, extra: Record<string, unknown> = {}) => ({
  Sid: 'Grant',
  Effect: 'Allow',
  Principal: principal,
  Action: '*',
  Resource: '*',
  ...extra,
});

/**
 * The cases of a resource policy that must not allow everyone: `withPolicy` puts a policy (JSON or a reference) on
 * the resource at `at`, `data` is there for data sources.
 */
export function publicPolicyFixtures(withPolicy: (policy: string) => Blocks, at: string): RuleFixtures {
  const json = (policy: string, data?: Blocks) => tf(withPolicy(policy), data);
  const passes: FixtureCase[] = [
    { name: 'a named account', json: json(doc(allow({ AWS: 'arn:aws:iam::111122223333:root' }))) },
    { name: 'a service principal', json: json(doc(allow({ Service: 'events.amazonaws.com' }))) },
    {
      name: '"*" narrowed to the organization',
      json: json(doc(allow('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }))),
    },
    {
      name: '"*" narrowed to a source ARN',
      json: json(
        doc(allow({ AWS: '*' }, { Condition: { ArnLike: { 'aws:SourceArn': '${aws_sns_topic.t.arn}' } } })),
      ),
    },
    {
      name: '"*" through VPC endpoints of one account (jsonencode)',
      json: json(
        '${jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "*", Resource = "*", Condition = { StringEquals = { "aws:VpceAccount" = "111122223333" } } }] })}',
      ),
    },
    { name: '"*" in a Deny', json: json(doc({ ...allow('*'), Effect: 'Deny' })) },
    {
      name: 'a jsonencode policy for one account',
      json: json(
        '${jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "*", Resource = "*" }] })}',
      ),
    },
    {
      name: 'a wildcard only in the role path of one account',
      json: json(doc(allow({ AWS: 'arn:aws:iam::111122223333:role/*' }))),
    },
    {
      name: 'a principal taken from a role ARN',
      json: json('${data.aws_iam_policy_document.p.json}', {
        aws_iam_policy_document: {
          p: {
            statement: {
              actions: ['*'],
              resources: ['*'],
              principals: { type: 'AWS', identifiers: ['${aws_iam_role.app.arn}'] },
            },
          },
        },
      }),
    },
  ];
  const fails: LocatedCase[] = [
    { name: 'Principal "*"', json: json(doc(allow('*'))), at },
    {
      name: 'Principal AWS "*" among others',
      json: json(doc(allow({ AWS: ['arn:aws:iam::111122223333:root', '*'] }))),
      at,
    },
    {
      name: 'a jsonencode policy for "*" around a reference',
      json: json(
        '${jsonencode({\n  Version = "2012-10-17"\n  Statement = [{\n    Effect    = "Allow"\n    Principal = { AWS = "*" }\n    Action    = ["*"]\n    Resource  = [var.resource_arn, "${var.resource_arn}/*"]\n  }]\n})}',
      ),
      at,
    },
    {
      name: 'a principal ARN whose account is a wildcard (every account)',
      json: json(doc(allow({ AWS: 'arn:aws:iam::*:role/app' }))),
      at,
    },
    {
      name: 'Principal written as a list holding "*"',
      json: json(doc(allow(['arn:aws:iam::111122223333:root', '*']))),
      at,
    },
    {
      name: 'hand-written policy JSON with trailing commas, around an interpolated ARN',
      json: json(
        '{\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Principal": {"AWS": "*"},\n      "Action": ["*",],\n      "Resource": "${var.resource_arn}",\n    },\n  ]\n}\n',
      ),
      at,
    },
    {
      name: '"*" narrowed only to ARNs of any account',
      json: json(
        doc(allow('*', { Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/app' } } })),
      ),
      at,
    },
    {
      name: '"*" with a condition that does not narrow the caller',
      json: json(doc(allow('*', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } }))),
      at,
    },
    {
      name: '"*" with a negated caller condition',
      json: json(
        doc(allow('*', { Condition: { StringNotEquals: { 'aws:SourceAccount': '111122223333' } } })),
      ),
      at,
    },
    {
      name: 'a data source statement for type "*"',
      json: json('${data.aws_iam_policy_document.p.json}', {
        aws_iam_policy_document: {
          p: {
            statement: [
              {
                sid: 'Open',
                actions: ['*'],
                resources: ['*'],
                principals: [{ type: '*', identifiers: ['*'] }],
              },
            ],
          },
        },
      }),
      at,
    },
  ];
  const undecided: LocatedCase[] = [
    { name: 'a policy built by jsonencode', json: json('${jsonencode(local.policy)}'), at },
    {
      name: 'a jsonencode policy whose principal is a variable',
      json: json(
        '${jsonencode({ Statement = [{ Effect = "Allow", Principal = var.principal, Action = "*", Resource = "*" }] })}',
      ),
      at,
    },
    {
      name: 'a principal given by a variable',
      json: json('${data.aws_iam_policy_document.p.json}', {
        aws_iam_policy_document: {
          p: {
            statement: {
              actions: ['*'],
              resources: ['*'],
              principals: { type: 'AWS', identifiers: ['${var.principal}'] },
            },
          },
        },
      }),
      at,
    },
  ];
  return { passes, fails, undecided };
}
