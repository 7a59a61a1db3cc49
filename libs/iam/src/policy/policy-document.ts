import { mergeStatements } from './merge-statements';
import { POLICY_SIZE_LIMITS, PolicyKind, policySize } from './policy-size';
import { Statement, StatementJson, StatementProps } from './statement';
import { escapeForTerraform } from './terraform-escape';

export interface PolicyJson {
  Version: '2012-10-17';
  Statement: StatementJson[];
}

export interface PolicyDocumentProps {
  /** @default none: add them with `addStatements` */
  readonly statements?: readonly (Statement | StatementProps)[];
  /**
   * Accept Allow statements that grant every action (`*`) on every resource (`*`). Validation rejects them
   * otherwise: full administrator access should be the AWS-managed AdministratorAccess policy, given on purpose.
   * @default false
   */
  readonly allowAdministrator?: boolean;
}

/** An IAM policy document: statements, validation per policy kind, merging and rendering. */
export class PolicyDocument {
  readonly allowAdministrator: boolean;
  private readonly _statements: Statement[];

  constructor(props: PolicyDocumentProps = {}) {
    this.allowAdministrator = props.allowAdministrator ?? false;
    this._statements = (props.statements ?? []).map((s) => (s instanceof Statement ? s : new Statement(s)));
  }

  get statements(): readonly Statement[] {
    return this._statements;
  }

  addStatements(...statements: readonly (Statement | StatementProps)[]): this {
    for (const s of statements) this._statements.push(s instanceof Statement ? s : new Statement(s));
    return this;
  }

  /** A document with the same meaning and fewer statements (see `mergeStatements`). */
  merged(): PolicyDocument {
    return new PolicyDocument({
      statements: mergeStatements(this._statements),
      allowAdministrator: this.allowAdministrator,
    });
  }

  toJson(): PolicyJson {
    return { Version: '2012-10-17', Statement: this._statements.map((s) => s.toJson()) };
  }

  /** Minified IAM JSON, exactly what AWS receives. */
  toString(): string {
    return JSON.stringify(this.toJson());
  }

  /** The JSON for a Terraform string argument: policy variables like `${aws:username}` escaped as `$${...}`. */
  toTerraformString(): string {
    return escapeForTerraform(this.toString());
  }

  /** Characters AWS counts against the size quota (whitespace excluded; a lower bound with Terraform tokens). */
  size(): number {
    return policySize(this.toJson());
  }

  /** Every problem with this document used as a policy of `kind`; empty when it is valid. */
  validate(kind: PolicyKind): string[] {
    const errors: string[] = [];
    if (this._statements.length === 0) errors.push('the policy has no statements: add at least one');
    const sids = this._statements.map((s) => s.sid).filter((sid): sid is string => !!sid);
    for (const sid of new Set(sids)) {
      if (sids.filter((s) => s === sid).length > 1) errors.push(`Sid "${sid}" is used more than once`);
    }
    this._statements.forEach((statement, index) => {
      const where = statement.sid ? `statement "${statement.sid}"` : `statement ${index + 1}`;
      const hasResources = statement.resources !== undefined || statement.notResources !== undefined;
      if (kind === 'trust') {
        if (statement.principals === undefined) {
          errors.push(`${where} of a trust policy needs principals: name who may assume the role`);
        }
        if (hasResources) {
          errors.push(
            `${where} of a trust policy has resources: trust policies apply to the role itself, remove them`,
          );
        }
      } else {
        if (statement.principals !== undefined) {
          const what = kind === 'scp' ? 'an SCP' : 'an identity policy';
          errors.push(
            `${where} of ${what} has principals: the principal is whoever the policy is attached to, remove them`,
          );
        }
        if (!hasResources) errors.push(`${where} needs resources or notResources (use ['*'] for all)`);
      }
      if (statement.isAdministrator && !this.allowAdministrator) {
        errors.push(
          `${where} allows "*" on "*" (full administrator access): narrow the actions or resources, ` +
            'attach AdministratorAccess on purpose, or set allowAdministrator: true',
        );
      }
    });
    const limit = POLICY_SIZE_LIMITS[kind];
    const size = this.size();
    if (size > limit) {
      errors.push(
        `the policy is ${size} characters without whitespace, over the ${limit} allowed for a ${kindName(kind)}: ` +
          'merge statements (merged()), use wildcards, or split it into several policies',
      );
    }
    return errors;
  }

  /** Throws with every problem listed when the document is not valid as a policy of `kind`. */
  assertValid(kind: PolicyKind, label: string): void {
    const errors = this.validate(kind);
    if (errors.length > 0) {
      throw new Error(`${label}: invalid ${kindName(kind)}: ${errors.join('; ')}`);
    }
  }
}

function kindName(kind: PolicyKind): string {
  switch (kind) {
    case 'managed':
      return 'managed policy';
    case 'inlineRole':
      return 'role inline policy';
    case 'inlineUser':
      return 'user inline policy';
    case 'inlineGroup':
      return 'group inline policy';
    case 'scp':
      return 'service control policy';
    case 'trust':
      return 'role trust policy';
  }
}
