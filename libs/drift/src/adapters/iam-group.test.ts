import { configItem, engineFor } from '../fixtures/harness';

describe('AWS::IAM::Group adapter', () => {
  it('compares a group’s attachments and inline policies', () => {
    const group = configItem(
      'AWS::IAM::Group',
      'AGPA1',
      {
        groupName: 'devs',
        path: '/',
        attachedManagedPolicies: [{ policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
        groupPolicyList: [],
      },
      { resourceName: 'devs' },
    );
    const engine = engineFor({
      iam: {
        resources: {
          aws_iam_group: { devs: { name: 'devs' } },
          aws_iam_group_policy_attachment: {
            ro: { group: 'devs', policy_arn: 'arn:aws:iam::aws:policy/ViewOnlyAccess' },
          },
        },
      },
    });
    expect(engine.checkItem(group).differences.map((d) => [d.type, d.expected ?? d.actual])).toEqual([
      ['REMOVE', 'arn:aws:iam::aws:policy/ViewOnlyAccess'],
      ['ADD', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
    ]);
  });
});
