import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { requireWholeNumber } from '@groundwork/core';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { PolicyDocument } from '../policy/policy-document';
import { POLICY_SIZE_LIMITS } from '../policy/policy-size';
import { Statement } from '../policy/statement';

/** What every Groundwork role takes besides its trust. */
export interface RoleBaseProps {
  /** 1 to 64 letters, digits or +=,.@_- characters (not checked when it is a Terraform token). */
  readonly roleName: string;
  /** @default none */
  readonly description?: string;
  /** AWS- or customer-managed policy ARNs to attach. @default none */
  readonly managedPolicyArns?: readonly string[];
  /** Longest session, 3600 to 43200 seconds. @default 3600 */
  readonly maxSessionDurationSeconds?: number;
}

const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;

/** Checks shared role props; `where` names the construct and its path in errors. */
export function validateRoleBase(where: string, props: RoleBaseProps): void {
  if (!Token.isUnresolved(props.roleName) && !ROLE_NAME.test(props.roleName)) {
    throw new Error(
      `${where}: roleName "${props.roleName}" is not valid: use 1 to 64 letters, digits or +=,.@_- characters`,
    );
  }
  const duration = props.maxSessionDurationSeconds;
  if (duration !== undefined && !Token.isUnresolved(duration)) {
    // 1 to 12 hours
    requireWholeNumber(where, 'maxSessionDurationSeconds', duration, { min: 3600, max: 43200 });
  }
}

/**
 * An IAM role with a validated trust policy, attached managed policies and inline grants. The total size of the
 * inline policies is checked against the role quota (10,240 characters without whitespace) on every grant.
 */
export abstract class RoleBase extends Construct {
  private _role?: IamRole;
  private _trustPolicy?: PolicyDocument;
  private readonly inline: PolicyDocument[] = [];
  private attachments = 0;

  /** Subclasses call this once from their constructor, after creating what the trust policy refers to. */
  protected createRole(
    props: RoleBaseProps & { readonly trustPolicy: PolicyDocument; readonly path?: string },
  ): void {
    props.trustPolicy.assertValid('trust', `${this.node.path} trust policy`);
    this._trustPolicy = props.trustPolicy;
    this._role = new IamRole(this, 'role', {
      name: props.roleName,
      path: props.path,
      description: props.description,
      assumeRolePolicy: props.trustPolicy.toTerraformString(),
      maxSessionDuration: props.maxSessionDurationSeconds ?? 3600,
    });
    for (const arn of props.managedPolicyArns ?? []) this.attachManagedPolicy(arn);
  }

  get role(): IamRole {
    if (!this._role) throw new Error(`${this.node.path}: the role is not created yet`);
    return this._role;
  }

  /** The trust (assume-role) policy, as a document that can be inspected or evaluated. */
  get trustPolicy(): PolicyDocument {
    if (!this._trustPolicy) throw new Error(`${this.node.path}: the role is not created yet`);
    return this._trustPolicy;
  }

  get roleArn(): string {
    return this.role.arn;
  }

  get roleName(): string {
    return this.role.name;
  }

  attachManagedPolicy(policyArn: string): IamRolePolicyAttachment {
    this.attachments += 1;
    return new IamRolePolicyAttachment(this, `managed-policy-${this.attachments}`, {
      role: this.role.name,
      policyArn,
    });
  }

  /**
   * Adds `policy` as an inline policy named `name` (also its construct id: renaming it replaces the policy).
   * Throws when the policy is invalid or the role's inline policies together pass 10,240 characters.
   */
  grant(policy: PolicyDocument, name = `grant-${this.inline.length + 1}`): IamRolePolicy {
    policy.assertValid('inlineRole', `${this.node.path} policy "${name}"`);
    const total = [...this.inline, policy].reduce((sum, p) => sum + p.size(), 0);
    if (total > POLICY_SIZE_LIMITS.inlineRole) {
      throw new Error(
        `${this.node.path}: inline policies would total ${total} characters without whitespace, over the ` +
          `${POLICY_SIZE_LIMITS.inlineRole} a role allows: move some into a managed policy (attachManagedPolicy)`,
      );
    }
    this.inline.push(policy);
    return new IamRolePolicy(this, name, { name, role: this.role.name, policy: policy.toTerraformString() });
  }

  /**
   * Lets the role read one Secrets Manager secret (GetSecretValue and DescribeSecret on exactly that ARN), and
   * decrypt it when the secret uses a customer-managed KMS key. A token ARN is fine; it cannot be checked here.
   */
  grantReadSecret(secretArn: string, kmsKeyArn?: string): IamRolePolicy {
    const statements = [
      Statement.allow({
        sid: 'ReadSecret',
        actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
        resources: [secretArn],
      }),
    ];
    if (kmsKeyArn !== undefined) {
      statements.push(
        Statement.allow({
          sid: 'DecryptSecret',
          actions: ['kms:Decrypt'],
          resources: [kmsKeyArn],
          conditions: { StringLike: { 'kms:ViaService': 'secretsmanager.*.amazonaws.com' } },
        }),
      );
    }
    return this.grant(new PolicyDocument({ statements }), `read-secret-${this.inline.length + 1}`);
  }
}
