import { synthConstruct } from '@groundwork/testing';
import { SsmInstanceRole } from './instance-role';

describe('SsmInstanceRole', () => {
  it('is an EC2 role with only the Session Manager managed policy', () => {
    const stack = synthConstruct((s) => void new SsmInstanceRole(s, 'role', { namePrefix: 'ops-' }));
    expect(stack.resource('aws_iam_role').values).toMatchObject({ name_prefix: 'ops-' });
    expect(stack.resources('aws_iam_role_policy_attachment')).toHaveLength(1);
    expect(stack.resource('aws_iam_role_policy_attachment').values.policy_arn).toMatch(
      /^arn:\$\{data\.aws_partition\.[^}]+\.partition\}:iam::aws:policy\/AmazonSSMManagedInstanceCore$/,
    );
    expect(stack.resources('aws_iam_role_policy')).toEqual([]);
  });

  it('fails when the name prefix is longer than IAM allows', () => {
    expect(() =>
      synthConstruct((s) => void new SsmInstanceRole(s, 'role', { namePrefix: 'x'.repeat(39) })),
    ).toThrow(
      `test/role: namePrefix must be 1-38 of letters, digits and +=,.@_- (IAM adds 26 characters), got "${'x'.repeat(39)}"`,
    );
  });
});
