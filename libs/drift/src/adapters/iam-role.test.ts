import { awsConfigExample } from '../fixtures/load-fixture';
import { configItem, engineFor } from '../fixtures/harness';
import { parseLive } from '../live/parse-live';

const [roleNow, roleBefore] = parseLive(
  awsConfigExample('custodian-placebo-GetResourceConfigHistory-iam-role.json'),
  'role',
).items;

const trust = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

describe('AWS::IAM::Role adapter (real items)', () => {
  const engine = engineFor({
    iam: {
      resources: {
        aws_iam_role: {
          test: {
            name: 'c7n-json-diff-test',
            assume_role_policy: '${data.aws_iam_policy_document.trust.json}',
          },
        },
        aws_iam_role_policy_attachment: {
          ssm: {
            role: '${aws_iam_role.test.name}',
            policy_arn: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
          },
          power: { role: '${aws_iam_role.test.name}', policy_arn: 'arn:aws:iam::aws:policy/PowerUserAccess' },
        },
        // Recorded inside the role's item (instanceProfileList), not as an item of its own.
        aws_iam_instance_profile: { test: { name: 'c7n-json-diff-test', role: '${aws_iam_role.test.name}' } },
      },
      data: {
        aws_iam_policy_document: {
          trust: {
            statement: [
              {
                actions: ['sts:AssumeRole'],
                principals: [{ type: 'Service', identifiers: ['ec2.amazonaws.com'] }],
              },
            ],
          },
        },
      },
    },
  });

  it('joins by role name (not the AROA id), renders the policy-document data source and decodes the URL-encoded trust policy', () => {
    expect(engine.checkItem(roleBefore)).toMatchObject({
      status: 'IN_SYNC',
      resourceId: 'AROAY5Y4D45RLATRHIRGV',
      addresses: [
        'aws_iam_role.test',
        'aws_iam_instance_profile.test',
        'aws_iam_role_policy_attachment.power',
        'aws_iam_role_policy_attachment.ssm',
      ],
    });
  });

  it('detects AdministratorAccess attached outside the IaC (the real drift in the capture)', () => {
    expect(engine.checkItem(roleNow).differences).toEqual([
      {
        path: 'managed_policy_arns',
        expected: undefined,
        actual: 'arn:aws:iam::aws:policy/AdministratorAccess',
        type: 'ADD',
      },
    ]);
  });

  it('folds aws_iam_policy_attachment into each role it names, so its policies are not reported as added', () => {
    const viaPolicyAttachment = engineFor({
      iam: {
        resources: {
          aws_iam_role: {
            test: { name: 'c7n-json-diff-test', assume_role_policy: JSON.stringify(trust) },
          },
          aws_iam_instance_profile: { test: { name_prefix: 'c7n-json-', role: 'c7n-json-diff-test' } },
          aws_iam_policy_attachment: {
            ssm: {
              name: 'ssm',
              roles: ['${aws_iam_role.test.name}'],
              policy_arn: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
            },
            power: {
              name: 'power',
              roles: ['c7n-json-diff-test'],
              users: [],
              policy_arn: 'arn:aws:iam::aws:policy/PowerUserAccess',
            },
          },
        },
      },
    });
    expect(viaPolicyAttachment.checkItem(roleBefore)).toMatchObject({
      status: 'IN_SYNC',
      addresses: [
        'aws_iam_role.test',
        'aws_iam_instance_profile.test',
        'aws_iam_policy_attachment.power',
        'aws_iam_policy_attachment.ssm',
      ],
    });
    expect(viaPolicyAttachment.checkItem(roleNow).differences).toEqual([
      expect.objectContaining({ path: 'managed_policy_arns', type: 'ADD' }),
    ]);
    // Principals given as a whole-list expression cannot be told: not checked, and said so.
    const opaque = engineFor({
      iam: {
        resources: {
          aws_iam_policy_attachment: {
            any: { name: 'any', roles: '${var.roles}', policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
          },
        },
      },
    }).check([]);
    expect(opaque.resources).toEqual([
      expect.objectContaining({ status: 'NOT_CHECKED', address: 'aws_iam_policy_attachment.any' }),
    ]);
  });

  it('detects a changed trust policy and an inline policy added by hand', () => {
    const changed = configItem(
      'AWS::IAM::Role',
      'AROA1',
      {
        roleName: 'ops',
        path: '/',
        assumeRolePolicyDocument: encodeURIComponent(
          JSON.stringify({
            ...trust,
            Statement: [{ ...trust.Statement[0], Principal: { AWS: 'arn:aws:iam::999999999999:root' } }],
          }),
        ),
        attachedManagedPolicies: [],
        rolePolicyList: [
          {
            policyName: 'backdoor',
            policyDocument: encodeURIComponent(
              JSON.stringify({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
            ),
          },
        ],
      },
      { resourceName: 'ops', ARN: 'arn:aws:iam::111122223333:role/ops' },
    );
    const result = engineFor({
      iam: {
        resources: { aws_iam_role: { ops: { name: 'ops', assume_role_policy: JSON.stringify(trust) } } },
      },
    }).checkItem(changed);
    expect(result.differences.map((d) => [d.path, d.type])).toEqual([
      ['assume_role_policy', 'NOT_EQUAL'],
      ['inline_policy.backdoor', 'ADD'],
    ]);
  });

  it('never calls a service-linked role unmanaged', () => {
    const slr = configItem(
      'AWS::IAM::Role',
      'AROA2',
      { roleName: 'AWSServiceRoleForAutoScaling', path: '/aws-service-role/autoscaling.amazonaws.com/' },
      { resourceName: 'AWSServiceRoleForAutoScaling' },
    );
    expect(engineFor({ iam: { resources: {} } }).checkItem(slr).reason).toMatch(/service-linked role/);
  });

  it('reports an instance profile the IaC does not declare, or one it declares that no longer carries the role', () => {
    const declared = (profiles: Record<string, Record<string, unknown>>) =>
      engineFor({
        iam: {
          resources: {
            aws_iam_role: { test: { name: 'c7n-json-diff-test' } },
            aws_iam_role_policy_attachment: {
              ssm: {
                role: 'c7n-json-diff-test',
                policy_arn: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
              },
              power: { role: 'c7n-json-diff-test', policy_arn: 'arn:aws:iam::aws:policy/PowerUserAccess' },
            },
            aws_iam_instance_profile: profiles,
          },
        },
      }).checkItem(roleBefore).differences;
    expect(declared({})).toEqual([
      { path: 'instance_profiles', expected: '(none)', actual: ['/c7n-json-diff-test'], type: 'NOT_EQUAL' },
    ]);
    expect(declared({ p: { name: 'other', path: '/service/', role: '${aws_iam_role.test.name}' } })).toEqual([
      {
        path: 'instance_profiles',
        expected: '/service/other',
        actual: ['/c7n-json-diff-test'],
        type: 'NOT_EQUAL',
      },
    ]);
  });
});
