import { RuleFixtures, tf } from '../../testing/rule-fixtures';

const busPolicy = (statement: Record<string, unknown>) => ({
  aws_cloudwatch_event_bus: { central: { name: 'central' } },
  aws_cloudwatch_event_bus_policy: {
    p: {
      event_bus_name: '${aws_cloudwatch_event_bus.central.name}',
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'OrgPutEvents',
            Effect: 'Allow',
            Action: 'events:PutEvents',
            Resource: '${aws_cloudwatch_event_bus.central.arn}',
            ...statement,
          },
        ],
      }),
    },
  },
});
const permission = (extra: Record<string, unknown>) => ({
  aws_cloudwatch_event_permission: { p: { statement_id: 'Org', action: 'events:PutEvents', ...extra } },
});

export const EVENTBRIDGE_FIXTURES: Record<string, RuleFixtures> = {
  'GW-EVB-001': {
    passes: [
      {
        name: '"*" on aws:PrincipalOrgID',
        json: tf(
          busPolicy({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }),
        ),
      },
      {
        name: 'named accounts',
        json: tf(busPolicy({ Principal: { AWS: ['111122223333', '444455556666'] } })),
      },
      {
        name: 'a permission for "*" conditioned on the organization',
        json: tf(
          permission({
            principal: '*',
            condition: { key: 'aws:PrincipalOrgID', type: 'StringEquals', value: 'o-abc123' },
          }),
        ),
      },
      { name: 'a permission for one account', json: tf(permission({ principal: '111122223333' })) },
    ],
    fails: [
      {
        name: '"*" without a condition',
        json: tf(busPolicy({ Principal: '*' })),
        at: 'aws_cloudwatch_event_bus_policy.p',
      },
      {
        name: '"*" on a source account instead of the organization',
        json: tf(
          busPolicy({ Principal: '*', Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }),
        ),
        at: 'aws_cloudwatch_event_bus_policy.p',
      },
      {
        name: 'a permission for "*"',
        json: tf(permission({ principal: '*' })),
        at: 'aws_cloudwatch_event_permission.p',
      },
    ],
    undecided: [
      {
        name: 'a policy given by a variable',
        json: tf({
          aws_cloudwatch_event_bus_policy: { p: { event_bus_name: 'central', policy: '${var.policy}' } },
        }),
        at: 'aws_cloudwatch_event_bus_policy.p',
      },
      {
        name: 'a computed permission principal',
        json: tf(permission({ principal: '${var.principal}' })),
        at: 'aws_cloudwatch_event_permission.p',
      },
    ],
  },
};
