import { RuleFixtures, tf } from '../../testing/rule-fixtures';

const organization = (extra: Record<string, unknown> = {}) => ({
  aws_organizations_organization: {
    org: { feature_set: 'ALL', enabled_policy_types: ['SERVICE_CONTROL_POLICY'], ...extra },
  },
});
const denyDoc = JSON.stringify({
  Version: '2012-10-17',
  Statement: { Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' },
});
const allowDoc = JSON.stringify({
  Version: '2012-10-17',
  Statement: { Effect: 'Allow', Action: ['ec2:*', 's3:*'], Resource: '*' },
});
const policy = (content: string, extra: Record<string, unknown> = {}) => ({
  aws_organizations_policy: { guardrail: { name: 'guardrail', content, ...extra } },
});
const attach = (
  name: string,
  target: string,
  policyId = '${aws_organizations_policy.guardrail.id}',
  extra: Record<string, unknown> = {},
) => ({
  [name]: { policy_id: policyId, target_id: target, ...extra },
});

export const ORGANIZATIONS_FIXTURES: Record<string, RuleFixtures> = {
  'GW-ORG-001': {
    passes: [
      {
        name: 'a guardrail at the root',
        json: tf({
          ...organization(),
          ...policy(denyDoc),
          aws_organizations_policy_attachment: attach(
            'root',
            '${aws_organizations_organization.org.roots[0].id}',
          ),
        }),
      },
      {
        name: 'a guardrail at a literal root id',
        json: tf({
          ...organization(),
          ...policy(denyDoc),
          aws_organizations_policy_attachment: attach('root', 'r-ab12'),
        }),
      },
    ],
    fails: [
      {
        name: 'guardrails on an OU only',
        json: tf({
          ...organization(),
          aws_organizations_organizational_unit: {
            prod: { name: 'Prod', parent_id: '${aws_organizations_organization.org.roots[0].id}' },
          },
          ...policy(denyDoc),
          aws_organizations_policy_attachment: attach(
            'prod',
            '${aws_organizations_organizational_unit.prod.id}',
          ),
        }),
        at: 'aws_organizations_organization.org',
      },
      {
        name: 'SCPs not enabled',
        json: tf(organization({ enabled_policy_types: ['TAG_POLICY'] })),
        at: 'aws_organizations_organization.org',
      },
      {
        name: 'a tag policy at the root',
        json: tf({
          ...organization(),
          ...policy('{}', { type: 'TAG_POLICY' }),
          aws_organizations_policy_attachment: attach(
            'root',
            '${aws_organizations_organization.org.roots[0].id}',
          ),
        }),
        at: 'aws_organizations_organization.org',
      },
    ],
    undecided: [
      {
        name: 'an attachment to a target given by a variable',
        json: tf({
          ...organization(),
          ...policy(denyDoc),
          aws_organizations_policy_attachment: attach('some', '${var.target}'),
        }),
        at: 'aws_organizations_organization.org',
      },
    ],
  },
  'GW-ORG-002': {
    passes: [
      {
        name: 'a managed FullAWSAccess attachment kept on destroy',
        json: tf({
          aws_organizations_policy_attachment: attach('full', 'ou-ab12-cdefgh34', 'p-FullAWSAccess', {
            skip_destroy: true,
          }),
        }),
      },
      {
        name: 'a managed FullAWSAccess attachment next to an allow-list SCP on the same target',
        json: tf({
          ...policy(allowDoc),
          aws_organizations_policy_attachment: {
            ...attach('full', '${aws_organizations_organizational_unit.sandbox.id}', 'p-FullAWSAccess'),
            ...attach('allow', '${aws_organizations_organizational_unit.sandbox.id}'),
          },
        }),
      },
      {
        name: 'another SCP',
        json: tf({
          ...policy(denyDoc),
          aws_organizations_policy_attachment: attach('deny', 'ou-ab12-cdefgh34'),
        }),
      },
    ],
    fails: [
      {
        name: 'a managed FullAWSAccess attachment that destroy detaches',
        json: tf({
          aws_organizations_policy_attachment: attach('full', 'ou-ab12-cdefgh34', 'p-FullAWSAccess'),
        }),
        at: 'aws_organizations_policy_attachment.full',
      },
      {
        name: 'a deny-only SCP beside it is no replacement',
        json: tf({
          ...policy(denyDoc),
          aws_organizations_policy_attachment: {
            ...attach('full', 'ou-ab12-cdefgh34', 'p-FullAWSAccess', { skip_destroy: false }),
            ...attach('deny', 'ou-ab12-cdefgh34'),
          },
        }),
        at: 'aws_organizations_policy_attachment.full',
      },
    ],
    undecided: [
      {
        name: 'skip_destroy computed',
        json: tf({
          aws_organizations_policy_attachment: attach('full', 'ou-ab12-cdefgh34', 'p-FullAWSAccess', {
            skip_destroy: '${var.keep}',
          }),
        }),
        at: 'aws_organizations_policy_attachment.full',
      },
    ],
  },
};
