import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { IamAccountPasswordPolicy } from '@cdktf/provider-aws/lib/iam-account-password-policy';
import { IamGroup } from '@cdktf/provider-aws/lib/iam-group';
import { IamGroupPolicyAttachment } from '@cdktf/provider-aws/lib/iam-group-policy-attachment';
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { IamUser } from '@cdktf/provider-aws/lib/iam-user';
import { IamUserGroupMembership } from '@cdktf/provider-aws/lib/iam-user-group-membership';
import { IamUserLoginProfile } from '@cdktf/provider-aws/lib/iam-user-login-profile';
import { awsManagedPolicyArn } from '../policy/managed-policy-arn';
import { PolicyDocument } from '../policy/policy-document';
import { Statement } from '../policy/statement';
import { developerIamPolicy } from './developer-iam-policy';
import { mfaEnforcementPolicy } from './mfa-enforcement-policy';
import { PasswordPolicyProps, ResolvedPasswordPolicy, resolvePasswordPolicy } from './password-policy';

export const HUMAN_GROUPS = ['Admins', 'Developers', 'Auditors'] as const;
export type HumanGroup = (typeof HUMAN_GROUPS)[number];

export interface LoginProfileProps {
  /**
   * A base64 PGP public key or `keybase:<username>`: the generated initial password is stored in Terraform state
   * encrypted with it. Required unless `storeInitialPasswordInState` is true.
   * @default none
   */
  readonly pgpKey?: string;
  /**
   * Keep the generated initial password in Terraform state in plain text (readable by anyone who can read state).
   * @default false
   */
  readonly storeInitialPasswordInState?: boolean;
  /** Make the user choose a new password at first sign-in. @default true */
  readonly passwordResetRequired?: boolean;
}

/** An IAM user: created, placed in its groups, never given access keys. */
export interface IamUserEntry {
  readonly kind: 'iamUser';
  /** 1 to 64 characters: letters, digits and `+=,.@_-`. */
  readonly userName: string;
  readonly groups: readonly HumanGroup[];
  /** Console access. Without it the user has no password (and, having no access keys, no way in). @default none */
  readonly loginProfile?: LoginProfileProps;
}

/**
 * A person who signs in through the SAML identity provider instead of as an IAM user. No IAM user is created;
 * the person may assume the federated role of each of their groups, matched on the SAML subject (`SAML:sub`).
 * MFA for them is the identity provider's job: AWS sees no MFA flag on SAML sessions.
 */
export interface FederatedUserEntry {
  readonly kind: 'federated';
  /** The SAML subject (NameID) the identity provider sends, often the e-mail address. */
  readonly subject: string;
  readonly groups: readonly HumanGroup[];
}

export type UserEntry = IamUserEntry | FederatedUserEntry;

export interface IdentityBaselineProps {
  /** People and their groups. @default none */
  readonly users?: readonly UserEntry[];
  /** @default the defaults of `PasswordPolicyProps` (14 characters, all classes, 90 days, 24 remembered) */
  readonly passwordPolicy?: PasswordPolicyProps;
  /**
   * Managed policy ARNs for Developers instead of the default PowerUserAccess plus the limited IAM set
   * (`developerIamPolicy`).
   * @default PowerUserAccess and a customer-managed policy from `developerIamPolicy`
   */
  readonly developerPolicyArns?: readonly string[];
  /**
   * Roles Developers may pass to services with the default policy set.
   * @default ['arn:<partition>:iam::*:role/service/*'], the path `ServiceRole` uses
   */
  readonly developerPassRoleArns?: readonly string[];
  /** ARN of the account's SAML provider. Required when a user entry is federated. @default none */
  readonly samlProviderArn?: string;
  /** Prefix for group, policy and role names, to run several baselines side by side. @default '' */
  readonly namePrefix?: string;
  /** @default 'aws' */
  readonly partition?: string;
}

const USER_NAME = /^[\w+=,.@-]{1,64}$/;
const SAML_AUDIENCE = 'https://signin.aws.amazon.com/saml';

/**
 * An account's human identity baseline: the password policy; the groups Admins (AdministratorAccess),
 * Developers (PowerUserAccess plus limited IAM, or given policies) and Auditors (ReadOnlyAccess and
 * SecurityAudit), each with the MFA-enforcement policy; IAM users in those groups without access keys; and, for
 * federated people, one SAML role per group with the same permissions.
 */
export class IdentityBaseline extends Construct {
  readonly passwordPolicy: ResolvedPasswordPolicy;
  readonly groups: Readonly<Record<HumanGroup, IamGroup>>;
  /** Managed policy ARNs attached to each group (the MFA policy not included). */
  readonly groupPolicyArns: Readonly<Record<HumanGroup, readonly string[]>>;
  readonly mfaPolicy: IamPolicy;
  readonly mfaPolicyDocument: PolicyDocument;
  /** The Developers' limited IAM policy, when the default Developer policy set is used. */
  readonly developerIamPolicy?: IamPolicy;
  readonly users: Readonly<Record<string, IamUser>>;
  /** The SAML role per group that has federated members. */
  readonly federatedRoles: Readonly<Partial<Record<HumanGroup, IamRole>>>;

  constructor(scope: Construct, id: string, props: IdentityBaselineProps = {}) {
    super(scope, id);
    const partition = props.partition ?? 'aws';
    const prefix = props.namePrefix ?? '';
    const where = `IdentityBaseline ${this.node.path}`;
    const users = props.users ?? [];
    validateUsers(where, users, props.samlProviderArn);

    this.passwordPolicy = resolvePasswordPolicy(props.passwordPolicy, where);
    const pp = this.passwordPolicy;
    new IamAccountPasswordPolicy(this, 'password-policy', {
      minimumPasswordLength: pp.minimumLength,
      requireLowercaseCharacters: pp.requireLowercase,
      requireUppercaseCharacters: pp.requireUppercase,
      requireNumbers: pp.requireNumbers,
      requireSymbols: pp.requireSymbols,
      allowUsersToChangePassword: true,
      maxPasswordAge: pp.maxAgeDays === 0 ? undefined : pp.maxAgeDays,
      passwordReusePrevention: pp.reusePrevention === 0 ? undefined : pp.reusePrevention,
      hardExpiry: pp.hardExpiry,
    });

    this.mfaPolicyDocument = mfaEnforcementPolicy(partition);
    this.mfaPolicyDocument.assertValid('managed', 'IdentityBaseline MFA policy');
    this.mfaPolicy = new IamPolicy(this, 'mfa-policy', {
      name: `${prefix}RequireMfa`,
      description: 'Without MFA, a user may do nothing but manage their own MFA device',
      policy: this.mfaPolicyDocument.toTerraformString(),
    });

    let developerArns: readonly string[];
    if (props.developerPolicyArns !== undefined) {
      if (props.developerPolicyArns.length === 0) {
        throw new Error(
          `${where}: developerPolicyArns is empty: give at least one policy ARN, or leave it out for the default set`,
        );
      }
      developerArns = props.developerPolicyArns;
    } else {
      const passRoles = props.developerPassRoleArns ?? [`arn:${partition}:iam::*:role/service/*`];
      const document = developerIamPolicy(passRoles);
      document.assertValid('managed', 'IdentityBaseline developer IAM policy');
      this.developerIamPolicy = new IamPolicy(this, 'developer-iam-policy', {
        name: `${prefix}DeveloperIamAccess`,
        description: 'Read IAM and pass service roles; no user, group or key management',
        policy: document.toTerraformString(),
      });
      developerArns = [awsManagedPolicyArn('PowerUserAccess', partition), this.developerIamPolicy.arn];
    }
    this.groupPolicyArns = {
      Admins: [awsManagedPolicyArn('AdministratorAccess', partition)],
      Developers: developerArns,
      Auditors: [
        awsManagedPolicyArn('ReadOnlyAccess', partition),
        awsManagedPolicyArn('SecurityAudit', partition),
      ],
    };

    const groups = {} as Record<HumanGroup, IamGroup>;
    for (const group of HUMAN_GROUPS) {
      const slug = group.toLowerCase();
      groups[group] = new IamGroup(this, `${slug}-group`, { name: `${prefix}${group}` });
      this.groupPolicyArns[group].forEach((arn, index) => {
        new IamGroupPolicyAttachment(this, `${slug}-policy-${index}`, {
          group: groups[group].name,
          policyArn: arn,
        });
      });
      new IamGroupPolicyAttachment(this, `${slug}-mfa`, {
        group: groups[group].name,
        policyArn: this.mfaPolicy.arn,
      });
    }
    this.groups = groups;

    const iamUsers: Record<string, IamUser> = {};
    for (const entry of users) {
      if (entry.kind !== 'iamUser') continue;
      const user = new IamUser(this, `user-${entry.userName}`, { name: entry.userName, forceDestroy: false });
      iamUsers[entry.userName] = user;
      new IamUserGroupMembership(this, `user-${entry.userName}-groups`, {
        user: user.name,
        groups: entry.groups.map((g) => groups[g].name),
      });
      if (entry.loginProfile) {
        new IamUserLoginProfile(this, `user-${entry.userName}-login`, {
          user: user.name,
          pgpKey: entry.loginProfile.pgpKey,
          passwordResetRequired: entry.loginProfile.passwordResetRequired ?? true,
          // The password is set once; later changes to these inputs must not replace the user's password.
          lifecycle: { ignoreChanges: ['password_length', 'password_reset_required', 'pgp_key'] },
        });
      }
    }
    this.users = iamUsers;

    const federatedRoles: Partial<Record<HumanGroup, IamRole>> = {};
    for (const group of HUMAN_GROUPS) {
      const subjects = users
        .filter((u): u is FederatedUserEntry => u.kind === 'federated' && u.groups.includes(group))
        .map((u) => u.subject);
      if (subjects.length === 0 || props.samlProviderArn === undefined) continue;
      const trust = new PolicyDocument({
        statements: [
          Statement.allow({
            sid: 'FederatedMembers',
            principals: { Federated: [props.samlProviderArn] },
            actions: ['sts:AssumeRoleWithSAML'],
            conditions: { StringEquals: { 'SAML:aud': SAML_AUDIENCE, 'SAML:sub': subjects } },
          }),
        ],
      });
      trust.assertValid('trust', `IdentityBaseline federated ${group} role`);
      const slug = group.toLowerCase();
      const role = new IamRole(this, `federated-${slug}-role`, {
        name: `${prefix}Federated${group}`,
        description: `${group} permissions for people who sign in through the SAML identity provider`,
        assumeRolePolicy: trust.toTerraformString(),
        maxSessionDuration: 3600,
      });
      this.groupPolicyArns[group].forEach((arn, index) => {
        new IamRolePolicyAttachment(this, `federated-${slug}-policy-${index}`, {
          role: role.name,
          policyArn: arn,
        });
      });
      federatedRoles[group] = role;
    }
    this.federatedRoles = federatedRoles;
  }
}

function validateUsers(
  where: string,
  users: readonly UserEntry[],
  samlProviderArn: string | undefined,
): void {
  const seen = new Set<string>();
  for (const entry of users) {
    const name = entry.kind === 'iamUser' ? entry.userName : entry.subject;
    const label = entry.kind === 'iamUser' ? `user "${name}"` : `federated user "${name}"`;
    if (seen.has(`${entry.kind}:${name}`))
      throw new Error(`${where}: ${label} is listed twice: keep one entry`);
    seen.add(`${entry.kind}:${name}`);
    if (entry.groups.length === 0) {
      throw new Error(`${where}: ${label} has no groups: give at least one of ${HUMAN_GROUPS.join(', ')}`);
    }
    for (const group of entry.groups) {
      if (!(HUMAN_GROUPS as readonly string[]).includes(group)) {
        throw new Error(`${where}: ${label} has unknown group "${group}": use ${HUMAN_GROUPS.join(', ')}`);
      }
    }
    if (entry.kind === 'iamUser') {
      if (!Token.isUnresolved(name) && !USER_NAME.test(name)) {
        throw new Error(
          `${where}: user name "${name}" is not valid: use 1 to 64 letters, digits or +=,.@_- characters`,
        );
      }
      const login = entry.loginProfile;
      if (login && !login.pgpKey && login.storeInitialPasswordInState !== true) {
        throw new Error(
          `${where}: user "${name}" has a login profile without pgpKey: give a PGP key (or keybase:<name>) to encrypt the ` +
            'initial password, or set storeInitialPasswordInState: true to keep it in state in plain text',
        );
      }
    } else {
      if (name.trim() === '') throw new Error(`${where}: a federated user has an empty subject`);
      if (samlProviderArn === undefined) {
        throw new Error(
          `${where}: ${label} needs samlProviderArn: give the ARN of the account's SAML provider`,
        );
      }
    }
  }
}
