// Documents of AWS-managed policies the baseline attaches by ARN, as AWS publishes them, so that tests can
// evaluate what a group member may do. Only the policies the evaluation tests need are here.
import { PolicyJson } from '../policy/policy-document';

export const ADMINISTRATOR_ACCESS: PolicyJson = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }],
};

export const POWER_USER_ACCESS: PolicyJson = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      NotAction: ['iam:*', 'organizations:*', 'account:*'],
      Resource: ['*'],
    },
    {
      Effect: 'Allow',
      Action: [
        'account:GetAccountInformation',
        'account:GetPrimaryEmail',
        'account:ListRegions',
        'iam:CreateServiceLinkedRole',
        'iam:DeleteServiceLinkedRole',
        'iam:ListRoles',
        'organizations:DescribeOrganization',
      ],
      Resource: ['*'],
    },
  ],
};

/** The SCP AWS attaches to every root, OU and account by default. */
export const FULL_AWS_ACCESS: PolicyJson = ADMINISTRATOR_ACCESS;
