import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { requireWholeNumber } from '@groundwork/core';
import { PolicyDocument } from '../policy/policy-document';
import { ConditionValue, Conditions, Statement } from '../policy/statement';
import { RoleBase, RoleBaseProps, validateRoleBase } from './role-base';

export interface CrossAccountRoleProps extends RoleBaseProps {
  /** 12-digit ids of the accounts whose principals may switch into the role. Tokens are not checked. */
  readonly trustedAccountIds: readonly string[];
  /**
   * Require MFA (`aws:MultiFactorAuthPresent`) to assume the role. Turning it off is for third-party services
   * that cannot present MFA; give them an `externalId` instead.
   * @default true
   */
  readonly requireMfa?: boolean;
  /** Refuse sessions whose MFA sign-in is older than this many seconds. @default none */
  readonly maxMfaAgeSeconds?: number;
  /**
   * The `sts:ExternalId` a third party must send, 2 to 1224 characters of letters, digits and `+=,.@:/-_`.
   * @default none
   */
  readonly externalId?: string;
  /**
   * ISO 8601 date-time after which the role can no longer be assumed (`aws:CurrentTime`), for temporary access
   * such as a consultant's engagement. Existing sessions last until they expire.
   * @default none
   */
  readonly expiresAt?: string;
  /** @default '/' */
  readonly path?: string;
  /**
   * Only these principals of the trusted accounts may assume the role (`aws:PrincipalArn`), such as the roles of
   * a central service; with it, the account's other roles and users are refused.
   * @default any principal of the trusted accounts that meets the other conditions
   */
  readonly trustedPrincipalArns?: readonly string[];
}

const ACCOUNT_ID = /^\d{12}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
// What IAM's Date operators read: a date, or a date-time with seconds optional and a Z or numeric offset.
// Date.parse alone would also accept forms like "June 30, 2027" that IAM does not.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** A switch role for people (or a third party) in other accounts: MFA required by default, optional ExternalId. */
export class CrossAccountRole extends RoleBase {
  constructor(scope: Construct, id: string, props: CrossAccountRoleProps) {
    super(scope, id);
    const where = `CrossAccountRole ${this.node.path}`;
    validateRoleBase(where, props);
    this.createRole({ ...props, trustPolicy: crossAccountTrustPolicy(props, 'aws', where) });
  }
}

/**
 * The trust policy of a `CrossAccountRole` (exported so it can be evaluated and reused); `where` names the caller
 * in errors.
 */
export function crossAccountTrustPolicy(
  props: CrossAccountRoleProps,
  partition = 'aws',
  where = 'CrossAccountRole',
): PolicyDocument {
  if (props.trustedAccountIds.length === 0) {
    throw new Error(`${where}: trustedAccountIds is empty: give at least one 12-digit account id`);
  }
  for (const accountId of props.trustedAccountIds) {
    if (!Token.isUnresolved(accountId) && !ACCOUNT_ID.test(accountId)) {
      throw new Error(`${where}: trusted account id "${accountId}" must be 12 digits`);
    }
  }
  if (
    props.externalId !== undefined &&
    !Token.isUnresolved(props.externalId) &&
    !EXTERNAL_ID.test(props.externalId)
  ) {
    throw new Error(
      `${where}: externalId must be 2 to 1224 characters of letters, digits and +=,.@:/-_, got "${props.externalId}"`,
    );
  }
  const maxAge = props.maxMfaAgeSeconds;
  if (maxAge !== undefined && !Token.isUnresolved(maxAge)) {
    requireWholeNumber(where, 'maxMfaAgeSeconds', maxAge, { min: 1 });
  }
  const requireMfa = props.requireMfa ?? true;
  if (!requireMfa && maxAge !== undefined) {
    throw new Error(`${where}: maxMfaAgeSeconds needs requireMfa: remove one of them`);
  }
  if (
    props.expiresAt !== undefined &&
    !Token.isUnresolved(props.expiresAt) &&
    (!ISO_8601.test(props.expiresAt) || Number.isNaN(Date.parse(props.expiresAt)))
  ) {
    throw new Error(
      `${where}: expiresAt "${props.expiresAt}" is not an ISO 8601 date-time, e.g. 2027-03-31T23:59:59Z`,
    );
  }

  const conditions: Record<string, Record<string, ConditionValue>> = {};
  const add = (operator: string, key: string, value: string | number | boolean): void => {
    conditions[operator] = { ...conditions[operator], [key]: value };
  };
  if (requireMfa) add('Bool', 'aws:MultiFactorAuthPresent', true);
  if (maxAge !== undefined) add('NumericLessThan', 'aws:MultiFactorAuthAge', maxAge);
  if (props.externalId !== undefined) add('StringEquals', 'sts:ExternalId', props.externalId);
  if (props.expiresAt !== undefined) add('DateLessThan', 'aws:CurrentTime', props.expiresAt);
  if (props.trustedPrincipalArns !== undefined) {
    if (props.trustedPrincipalArns.length === 0)
      throw new Error(
        `${where}: trustedPrincipalArns is empty: give the role ARNs that may assume it, or leave it out`,
      );
    conditions['ArnEquals'] = { 'aws:PrincipalArn': [...props.trustedPrincipalArns] };
  }

  return new PolicyDocument({
    statements: [
      Statement.allow({
        sid: 'TrustedAccounts',
        principals: {
          AWS: props.trustedAccountIds.map((accountId) => `arn:${partition}:iam::${accountId}:root`),
        },
        actions: ['sts:AssumeRole'],
        conditions: Object.keys(conditions).length > 0 ? (conditions as Conditions) : undefined,
      }),
    ],
  });
}
