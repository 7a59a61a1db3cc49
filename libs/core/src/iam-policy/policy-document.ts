/** One principal entry of a statement: `{"AWS": [...]}` is type `AWS`; the bare `"*"` is type `*`, identifier `*`. */
export interface PolicyPrincipal {
  readonly type: string;
  readonly identifiers: readonly string[];
}

/** One condition: `{"<test>": {"<variable>": [<values>]}}`, booleans and numbers as IAM reads them, as strings. */
export interface PolicyCondition {
  readonly test: string;
  readonly variable: string;
  readonly values: readonly string[];
}

/**
 * One statement of an IAM policy, with every element as a list. An element the statement does not have is absent,
 * so `actions` undefined and `actions` empty stay distinguishable from each other only through `notActions`.
 */
export interface PolicyStatement {
  readonly sid?: string;
  /** As written (`Allow` or `Deny` in a valid policy); absent when the statement has none. */
  readonly effect?: string;
  readonly actions?: readonly string[];
  readonly notActions?: readonly string[];
  readonly resources?: readonly string[];
  readonly notResources?: readonly string[];
  readonly principals?: readonly PolicyPrincipal[];
  readonly notPrincipals?: readonly PolicyPrincipal[];
  readonly conditions: readonly PolicyCondition[];
}

/** An IAM policy document as AWS stores it, read into lists (a single string is a one-element list). */
export interface PolicyDocument {
  readonly version?: string;
  readonly id?: string;
  readonly statements: readonly PolicyStatement[];
}
