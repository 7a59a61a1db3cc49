import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { physicalName } from '../internal/physical-name';

const ROLE_ARN = /^arn:aws(-cn|-us-gov|-iso|-iso-b)?:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;

/**
 * The role name from a role name or role ARN (paths are dropped: inline policies attach by name).
 * Tokens are taken as role names, since an ARN cannot be parsed before apply.
 */
export function roleNameOf(method: string, role: string): string {
  if (Token.isUnresolved(role)) return role;
  if (role.startsWith('arn:')) {
    const m = ROLE_ARN.exec(role);
    if (!m) {
      throw new Error(
        `${method}: "${role}" is not an IAM role ARN (arn:aws:iam::<account>:role/<path/>name); give the role's name or ARN`,
      );
    }
    return m[2];
  }
  if (!ROLE_NAME.test(role)) {
    throw new Error(
      `${method}: "${role}" is not an IAM role name (1-64 letters, digits and +=,.@_-); give the role's name or ARN`,
    );
  }
  return role;
}

export interface SecretReadGrant {
  readonly secretArn: string;
  /** Customer managed key that encrypts the secret; the AWS managed key needs no grant. @default none */
  readonly kmsKeyArn?: string;
  /** Role name or ARN in this account. */
  readonly role: string;
  /**
   * Who asks, for error messages: `Secret app/token: grantRead`.
   * @default 'grantSecretRead'
   */
  readonly caller?: string;
}

/**
 * Attaches an inline policy to the role that lets it read one secret (GetSecretValue, DescribeSecret) and,
 * for a customer managed key, decrypt with that key only through Secrets Manager.
 */
export function grantSecretRead(scope: Construct, id: string, grant: SecretReadGrant): IamRolePolicy {
  const roleName = roleNameOf(grant.caller ?? 'grantSecretRead', grant.role);
  const statements: Record<string, unknown>[] = [
    {
      Sid: 'ReadSecret',
      Effect: 'Allow',
      Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
      Resource: grant.secretArn,
    },
  ];
  if (grant.kmsKeyArn !== undefined) {
    statements.push({
      Sid: 'DecryptSecretThroughSecretsManager',
      Effect: 'Allow',
      Action: 'kms:Decrypt',
      Resource: grant.kmsKeyArn,
      Condition: { StringLike: { 'kms:ViaService': 'secretsmanager.*.amazonaws.com' } },
    });
  }
  const policy = new IamRolePolicy(scope, id, {
    role: roleName,
    policy: JSON.stringify({ Version: '2012-10-17', Statement: statements }),
  });
  policy.name = physicalName(policy, 128, /[\w+=,.@-]/);
  return policy;
}

/** A construct id for a grant: the role name when it is known at synth time, else a running number. */
export function grantId(prefix: string, role: string, index: number): string {
  if (Token.isUnresolved(role)) return `${prefix}-${index}`;
  const name = role.startsWith('arn:') ? role.slice(role.lastIndexOf('/') + 1) : role;
  return `${prefix}-${name}`;
}
