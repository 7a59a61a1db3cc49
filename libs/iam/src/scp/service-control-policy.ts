import { PolicyDocument } from '../policy/policy-document';
import { Statement } from '../policy/statement';

/** A service control policy: a name, a description and a document validated as an SCP (5,120 characters). */
export interface ServiceControlPolicy {
  /** 1 to 128 characters; unique within the organization. */
  readonly name: string;
  readonly description: string;
  readonly document: PolicyDocument;
}

/** Options every SCP in the library takes. */
export interface ScpExemptionOptions {
  /**
   * Names of roles (with their path, if any, e.g. `admin/BreakGlass`) that the deny does not apply to, in any
   * account of the organization. Use a role only a few people or a pipeline can assume.
   * @default none
   */
  readonly exemptRoleNames?: readonly string[];
  /** @default 'aws' */
  readonly partition?: string;
}

/** Builds and validates an SCP; a library function that produced an invalid one would be a bug, so it throws. */
export function serviceControlPolicy(
  name: string,
  description: string,
  statements: readonly Statement[],
): ServiceControlPolicy {
  const document = new PolicyDocument({ statements });
  document.assertValid('scp', `SCP ${name}`);
  return { name, description, document };
}

/** The `ArnNotLike aws:PrincipalARN` condition that exempts the named roles, or nothing when none are named. */
export function exemptionCondition(options: ScpExemptionOptions): { ArnNotLike?: Record<string, string[]> } {
  const names = options.exemptRoleNames ?? [];
  if (names.length === 0) return {};
  for (const name of names) {
    if (!/^[\w+=,.@/-]{1,64}$/.test(name) || name.startsWith('/') || name.endsWith('/')) {
      throw new Error(
        `exempt role name "${name}" is not valid: give the role name, with its path but no leading or ` +
          'trailing "/", e.g. BreakGlass or admin/BreakGlass',
      );
    }
  }
  const partition = options.partition ?? 'aws';
  return {
    ArnNotLike: { 'aws:PrincipalARN': names.map((n) => `arn:${partition}:iam::*:role/${n}`) },
  };
}
