import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { SecretsmanagerSecret } from '@cdktf/provider-aws/lib/secretsmanager-secret';
import { requireWholeNumber } from '@groundwork/core';
import { requireKmsKeyArn } from '../internal/validate';
import { grantId, grantSecretRead } from './grant-secret-read';

const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;

export interface SecretProps {
  /**
   * Secret name: 1-512 of letters, digits and /_+=.@-. Avoid ending it with a hyphen and six characters, which
   * looks like the suffix Secrets Manager adds to ARNs. Tokens cannot be validated at synth time.
   * @default a generated name: `namePrefix` plus a unique suffix
   */
  readonly secretName?: string;
  /** Name prefix when `secretName` is not given. @default the construct path below the stack, joined by "/" */
  readonly namePrefix?: string;
  /** @default none */
  readonly description?: string;
  /**
   * Customer managed KMS key that encrypts the secret, as a key ARN (not an alias: the read grant names the key).
   * @default the AWS managed key aws/secretsmanager
   */
  readonly kmsKeyArn?: string;
  /**
   * Days Secrets Manager keeps a deleted secret before erasing it: 7 to 30, or 0 to erase at once (no recovery).
   * @default 30
   */
  readonly recoveryWindowDays?: number;
  /** @default none */
  readonly tags?: Record<string, string>;
}

/**
 * A Secrets Manager secret. Its value is set outside Terraform (console, CLI or a rotation function), so that
 * it never appears in code or in Terraform state.
 */
export class Secret extends Construct {
  readonly secret: SecretsmanagerSecret;
  readonly secretArn: string;
  readonly secretName: string;
  readonly kmsKeyArn?: string;
  private grants = 0;

  constructor(scope: Construct, id: string, props: SecretProps = {}) {
    super(scope, id);
    const where = `Secret ${this.node.path}`;
    if (props.secretName !== undefined && props.namePrefix !== undefined) {
      throw new Error(`${where}: give secretName or namePrefix, not both`);
    }
    for (const [prop, value] of [
      ['secretName', props.secretName],
      ['namePrefix', props.namePrefix],
    ] as const) {
      if (value !== undefined && !Token.isUnresolved(value) && !SECRET_NAME.test(value)) {
        throw new Error(`${where}: ${prop} must be 1-512 of letters, digits and /_+=.@-, got "${value}"`);
      }
    }
    const window = props.recoveryWindowDays ?? 30;
    if (!Token.isUnresolved(window)) {
      requireWholeNumber(where, 'recoveryWindowDays', window, {
        min: 7,
        max: 30,
        or: { value: 0, meaning: 'to delete without recovery' },
      });
    }
    requireKmsKeyArn(where, 'kmsKeyArn', props.kmsKeyArn);
    this.kmsKeyArn = props.kmsKeyArn;
    const defaultPrefix = `${this.node.scopes
      .slice(2)
      .map((c) => c.node.id.replace(/[^A-Za-z0-9/_+=.@-]/g, '-'))
      .join('/')}-`;
    this.secret = new SecretsmanagerSecret(this, 'secret', {
      name: props.secretName,
      namePrefix: props.secretName === undefined ? (props.namePrefix ?? defaultPrefix) : undefined,
      description: props.description,
      kmsKeyId: props.kmsKeyArn,
      recoveryWindowInDays: window,
      tags: props.tags,
    });
    this.secretArn = this.secret.arn;
    this.secretName = this.secret.name;
  }

  /**
   * Lets the role read the secret's value: an inline policy on the role with secretsmanager:GetSecretValue and
   * DescribeSecret on this secret, plus kms:Decrypt through Secrets Manager when a customer managed key is used.
   * @param role role name or ARN in this account (a token is taken as a name)
   */
  grantRead(role: string): IamRolePolicy {
    this.grants += 1;
    return grantSecretRead(this, grantId('read', role, this.grants), {
      secretArn: this.secretArn,
      kmsKeyArn: this.kmsKeyArn,
      role,
      caller: `Secret ${this.node.path}: grantRead`,
    });
  }
}
