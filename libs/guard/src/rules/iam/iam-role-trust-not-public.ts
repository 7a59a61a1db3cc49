import { allowsEveryone, everyoneNamed, readPolicy } from '../../inspect/policies';
import { CheckResult, GuardRule } from '../../model';
import { undecided } from '../../values';
import { statementName } from '../factories/public-policy-rule';

export const iamRoleTrustNotPublic: GuardRule = {
  id: 'GW-IAM-004',
  severity: 'error',
  title: 'IAM role trust must not let everyone assume the role',
  why: 'A trust policy that allows "*" with no condition on the caller lets any AWS account assume the role and use its permissions.',
  fix: 'Name the accounts, roles or services that may assume the role, or add a condition such as aws:PrincipalOrgID or aws:PrincipalArn.',
  checkov: ['CKV_AWS_60'],
  trivy: [],
  differences: [
    'A "*" principal narrowed by aws:PrincipalOrgID, aws:PrincipalArn or aws:PrincipalAccount passes; checkov reports any "*".',
  ],
  resourceTypes: ['aws_iam_role'],
  check(role, config) {
    const read = readPolicy(role.body.get('assume_role_policy'), config);
    if (read === undefined) return [];
    if ('unreadable' in read) return [undecided(`cannot tell who may assume the role: ${read.unreadable}`)];
    return read.statements.flatMap((s): CheckResult[] => {
      const answer = allowsEveryone(s);
      if (answer === 'yes')
        return [`${statementName(s)} lets everyone (${everyoneNamed(s)}) assume the role`];
      if (answer === 'unknown')
        return [
          undecided(`${statementName(s)} has computed principals: cannot tell who may assume the role`),
        ];
      return [];
    });
  },
};
