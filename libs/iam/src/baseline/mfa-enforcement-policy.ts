import { PolicyDocument } from '../policy/policy-document';
import { Statement } from '../policy/statement';

// What a signed-in user without MFA may still do: see the password rules, change their own password (first
// sign-in often requires it) and set up their own MFA device. GetSessionToken lets CLI users trade an MFA code
// for a session that has MFA.
const ALLOWED_WITHOUT_MFA = [
  'iam:ChangePassword',
  'iam:CreateVirtualMFADevice',
  'iam:EnableMFADevice',
  'iam:GetAccountPasswordPolicy',
  'iam:GetMFADevice',
  'iam:GetUser',
  'iam:ListMFADevices',
  'iam:ListVirtualMFADevices',
  'iam:ResyncMFADevice',
  'sts:GetSessionToken',
];

// The user-scoped actions among them, limited to the caller's own user so that, for example, an administrator
// whose password leaked cannot attach an attacker's MFA device to another user.
const OWN_USER_ACTIONS = [
  'iam:ChangePassword',
  'iam:EnableMFADevice',
  'iam:GetMFADevice',
  'iam:GetUser',
  'iam:ListMFADevices',
  'iam:ResyncMFADevice',
];

/**
 * The MFA-enforcement policy for every human group: until a user signs in with MFA they may do nothing but
 * manage their own MFA device (and change their own password). Deactivating an MFA device needs MFA.
 * Uses the `${aws:username}` policy variable, so it only makes sense attached to IAM users or their groups.
 */
export function mfaEnforcementPolicy(partition = 'aws'): PolicyDocument {
  const ownUser = `arn:${partition}:iam::*:user/\${aws:username}`;
  // Device names are free text in the console, and an unassigned virtual device grants nothing.
  const anyVirtualDevice = `arn:${partition}:iam::*:mfa/*`;
  const withoutMfa = { BoolIfExists: { 'aws:MultiFactorAuthPresent': false } } as const;
  return new PolicyDocument({
    statements: [
      Statement.allow({
        sid: 'AllowViewAccountPasswordRulesAndDevices',
        actions: ['iam:GetAccountPasswordPolicy', 'iam:ListVirtualMFADevices'],
        resources: ['*'],
      }),
      Statement.allow({
        sid: 'AllowCreateVirtualMfaDevice',
        actions: ['iam:CreateVirtualMFADevice'],
        resources: [anyVirtualDevice],
      }),
      Statement.allow({
        sid: 'AllowManageOwnMfaAndPassword',
        actions: OWN_USER_ACTIONS,
        resources: [ownUser],
      }),
      Statement.allow({
        sid: 'AllowDeactivateOwnMfaOnlyWithMfa',
        actions: ['iam:DeactivateMFADevice'],
        resources: [ownUser],
        conditions: { Bool: { 'aws:MultiFactorAuthPresent': true } },
      }),
      Statement.deny({
        sid: 'DenyEverythingElseWithoutMfa',
        notActions: ALLOWED_WITHOUT_MFA,
        resources: ['*'],
        conditions: withoutMfa,
      }),
      Statement.deny({
        sid: 'DenyOtherUsersCredentialsWithoutMfa',
        actions: OWN_USER_ACTIONS,
        notResources: [ownUser],
        conditions: withoutMfa,
      }),
    ],
  });
}
