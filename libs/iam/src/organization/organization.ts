import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { OrganizationsAccount } from '@cdktf/provider-aws/lib/organizations-account';
import { OrganizationsOrganization } from '@cdktf/provider-aws/lib/organizations-organization';
import { OrganizationsOrganizationalUnit } from '@cdktf/provider-aws/lib/organizations-organizational-unit';
import { OrganizationsPolicy } from '@cdktf/provider-aws/lib/organizations-policy';
import { OrganizationsPolicyAttachment } from '@cdktf/provider-aws/lib/organizations-policy-attachment';
import { ServiceControlPolicy } from '../scp/service-control-policy';
import {
  DEFAULT_OU_TREE,
  OrganizationalUnitSpec,
  flattenOrganizationalUnits,
} from './organizational-unit-spec';

/** The name for the organization root in SCP targets. */
export const ORGANIZATION_ROOT = 'Root';

/** Service principals the organization always trusts: AWS Config, CloudTrail and IAM Identity Center. */
export const DEFAULT_SERVICE_ACCESS_PRINCIPALS: readonly string[] = [
  'config.amazonaws.com',
  'cloudtrail.amazonaws.com',
  'sso.amazonaws.com',
];

export interface MemberAccountSpec {
  /** Account name; also its construct id, so renaming it in code replaces (closes and recreates) the account. */
  readonly name: string;
  /** Root user e-mail address, unique across AWS. */
  readonly email: string;
  /** OU path the account lives in, e.g. `Workloads/Prod`, or `Root`. */
  readonly organizationalUnit: string;
  /** Close the account when it is removed from code (otherwise it only leaves Terraform state). @default false */
  readonly closeOnDeletion?: boolean;
  /** Let IAM users and roles in the account see billing. @default false */
  readonly iamUserAccessToBilling?: boolean;
  /** Role Organizations creates in the account for the management account to assume. @default 'OrganizationAccountAccessRole' */
  readonly accessRoleName?: string;
  /**
   * The id of an account that already exists: the first apply imports it (a Terraform `import` block) instead of
   * creating one, and its name and e-mail are never changed by Terraform, because the provider replaces an account
   * (closing or removing it) to change either. Omit to create a new account. @default none
   */
  readonly existingAccountId?: string;
}

/** An SCP and where it is attached: `Root` and/or OU paths. */
export interface ScpAttachmentSpec {
  readonly policy: ServiceControlPolicy;
  readonly targets: readonly string[];
}

export interface OrganizationProps {
  /** @default DEFAULT_OU_TREE: Security, Infrastructure, Workloads/Prod, Workloads/NonProd, Sandbox */
  readonly organizationalUnits?: readonly OrganizationalUnitSpec[];
  /** Member accounts to create. @default none */
  readonly accounts?: readonly MemberAccountSpec[];
  /** SCPs and their targets. @default none (AWS keeps FullAWSAccess attached everywhere) */
  readonly serviceControlPolicies?: readonly ScpAttachmentSpec[];
  /** Service principals trusted besides config, cloudtrail and sso. @default none */
  readonly additionalServiceAccessPrincipals?: readonly string[];
}

/** SCPs per root, OU or account that AWS allows, FullAWSAccess (attached by default) included. */
export const MAX_SCPS_PER_TARGET = 5;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The AWS Organization (all features, SCPs enabled, trusted access for Config, CloudTrail and SSO), its OU tree,
 * optional member accounts and SCP attachments. Deploy it from the management account.
 */
export class Organization extends Construct {
  readonly organization: OrganizationsOrganization;
  /** Id of the organization root (`r-...`). */
  readonly rootId: string;
  /** OUs by path (`Workloads/Prod`). */
  readonly organizationalUnits: Readonly<Record<string, OrganizationsOrganizationalUnit>>;
  readonly accounts: Readonly<Record<string, OrganizationsAccount>>;
  private readonly policies = new Map<string, { resource: OrganizationsPolicy; content: string }>();
  private readonly attachmentsByTarget = new Map<string, Set<string>>();

  constructor(scope: Construct, id: string, props: OrganizationProps = {}) {
    super(scope, id);
    let organizationalUnits: ReturnType<typeof flattenOrganizationalUnits>;
    try {
      organizationalUnits = flattenOrganizationalUnits(props.organizationalUnits ?? DEFAULT_OU_TREE);
    } catch (e) {
      throw new Error(`${this.where}: ${(e as Error).message}`);
    }
    const principals = [
      ...new Set([...DEFAULT_SERVICE_ACCESS_PRINCIPALS, ...(props.additionalServiceAccessPrincipals ?? [])]),
    ];
    this.organization = new OrganizationsOrganization(this, 'organization', {
      featureSet: 'ALL',
      enabledPolicyTypes: ['SERVICE_CONTROL_POLICY'],
      awsServiceAccessPrincipals: principals,
    });
    this.rootId = this.organization.roots.get(0).id;

    const ous: Record<string, OrganizationsOrganizationalUnit> = {};
    for (const ou of organizationalUnits) {
      ous[ou.path] = new OrganizationsOrganizationalUnit(this, `ou-${ou.path.replace(/\//g, '-')}`, {
        name: ou.name,
        parentId: ou.parentPath === undefined ? this.rootId : ous[ou.parentPath].id,
      });
    }
    this.organizationalUnits = ous;

    const accounts: Record<string, OrganizationsAccount> = {};
    for (const account of props.accounts ?? []) {
      if (accounts[account.name])
        throw new Error(`${this.where}: account "${account.name}" is listed twice: keep one`);
      if (!Token.isUnresolved(account.email) && !EMAIL.test(account.email)) {
        throw new Error(
          `${this.where}: account "${account.name}" has e-mail "${account.email}": give a valid address`,
        );
      }
      const existing = account.existingAccountId;
      if (existing !== undefined && !Token.isUnresolved(existing) && !/^\d{12}$/.test(existing)) {
        throw new Error(
          `account "${account.name}" has existingAccountId "${existing}": give the 12-digit account id`,
        );
      }
      const created = new OrganizationsAccount(this, `account-${account.name}`, {
        name: account.name,
        email: account.email,
        parentId: this.targetId(account.organizationalUnit, `account "${account.name}"`),
        closeOnDeletion: account.closeOnDeletion ?? false,
        iamUserAccessToBilling: account.iamUserAccessToBilling ? 'ALLOW' : 'DENY',
        roleName: account.accessRoleName ?? 'OrganizationAccountAccessRole',
        lifecycle: {
          // Organizations does not return these after creation; without this every plan would replace the account.
          ignoreChanges: [
            'role_name',
            'iam_user_access_to_billing',
            // An adopted account keeps the name and e-mail it has: changing either would replace it.
            ...(existing === undefined ? [] : ['name', 'email']),
          ],
        },
      });
      if (existing !== undefined) created.importFrom(existing);
      accounts[account.name] = created;
    }
    this.accounts = accounts;

    for (const spec of props.serviceControlPolicies ?? []) this.attachPolicy(spec.policy, spec.targets);
  }

  /** The OU at `path`; throws listing the known paths when there is none. */
  organizationalUnit(path: string): OrganizationsOrganizationalUnit {
    const ou = this.organizationalUnits[path];
    if (!ou) {
      throw new Error(
        `${this.where}: no OU at "${path}": known paths are ${Object.keys(this.organizationalUnits).join(', ')}`,
      );
    }
    return ou;
  }

  /**
   * Creates the SCP (once per policy name) and attaches it to each target (`Root` or an OU path). Construct ids
   * derive from the policy name and target, so renaming either replaces the attachment.
   */
  attachPolicy(policy: ServiceControlPolicy, targets: readonly string[]): OrganizationsPolicy {
    if (targets.length === 0) {
      throw new Error(
        `${this.where}: SCP ${policy.name} has no targets: give Root or OU paths such as Workloads/Prod`,
      );
    }
    policy.document.assertValid('scp', `${this.where}: SCP ${policy.name}`);
    const content = policy.document.toString();
    const existing = this.policies.get(policy.name);
    if (existing && existing.content !== content) {
      throw new Error(
        `${this.where}: two different SCPs are named ${policy.name}: give one a different name (ServiceControlPolicy.name)`,
      );
    }
    const resource =
      existing?.resource ??
      new OrganizationsPolicy(this, `scp-${policy.name}`, {
        name: policy.name,
        description: policy.description,
        type: 'SERVICE_CONTROL_POLICY',
        content: policy.document.toTerraformString(),
      });
    this.policies.set(policy.name, { resource, content });
    for (const target of targets) {
      const targetId = this.targetId(target, `SCP ${policy.name}`);
      const attached = this.attachmentsByTarget.get(target) ?? new Set<string>();
      if (attached.has(policy.name))
        throw new Error(`${this.where}: SCP ${policy.name} is attached to ${target} twice`);
      if (attached.size + 1 >= MAX_SCPS_PER_TARGET) {
        throw new Error(
          `${this.where}: ${target} would have ${attached.size + 2} SCPs (${[...attached, policy.name].join(', ')} and ` +
            `FullAWSAccess), over the ${MAX_SCPS_PER_TARGET} AWS allows: combine some with ` +
            'combineServiceControlPolicies',
        );
      }
      attached.add(policy.name);
      this.attachmentsByTarget.set(target, attached);
      new OrganizationsPolicyAttachment(this, `scp-${policy.name}-${target.replace(/\//g, '-')}`, {
        policyId: resource.id,
        targetId,
      });
    }
    return resource;
  }

  /** The construct and its path, at the start of every error. */
  private get where(): string {
    return `Organization ${this.node.path}`;
  }

  private targetId(target: string, what: string): string {
    if (target === ORGANIZATION_ROOT) return this.rootId;
    const ou = this.organizationalUnits[target];
    if (!ou) {
      throw new Error(
        `${this.where}: ${what} targets "${target}", which is not Root or an OU path: use one of ` +
          `${[ORGANIZATION_ROOT, ...Object.keys(this.organizationalUnits)].join(', ')}`,
      );
    }
    return ou.id;
  }
}
