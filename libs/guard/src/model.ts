/** Terraform JSON (`*.tf.json`, cdktf's `cdk.tf.json`). Only the parts the guard reads are typed. */
export interface TerraformJson {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly [key: string]: unknown;
}

export type Severity = 'error' | 'warning';

/** A suppression recorded in a resource's `//` metadata: the rule it silences and why. */
export interface Suppression {
  readonly ruleId: string;
  readonly reason: string;
}

/** One resource block of the configuration. */
export interface TerraformResource {
  readonly type: string;
  readonly name: string;
  /** The Terraform address, e.g. `aws_s3_bucket.logs`. */
  readonly address: string;
  readonly values: Readonly<Record<string, unknown>>;
  /** The cdktf construct path from the `//` metadata, or the address for plain Terraform JSON. */
  readonly constructPath: string;
  readonly suppressions: readonly Suppression[];
}

/** A rule: a pure check over one resource, with the whole configuration at hand for related resources. */
export interface GuardRule {
  /** Stable id used in suppressions, e.g. `GW-S3-001`. */
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  /** Why it matters: the risk in one or two sentences. */
  readonly why: string;
  /** How to fix it, in Terraform argument terms. */
  readonly fix: string;
  /** The matching checkov check ids (empty when checkov has none). */
  readonly checkov: readonly string[];
  /** The matching trivy check ids (long form, e.g. `aws-s3-block-public-acls`; empty when trivy has none). */
  readonly trivy: readonly string[];
  /** Resource types the rule looks at. */
  readonly resourceTypes: readonly string[];
  /**
   * Returns one message per violation (empty when compliant). Must never report a violation that rests on a
   * value it cannot know: an unresolved reference (`${...}`) counts as compliant.
   */
  check(resource: TerraformResource, config: TerraformConfigView): readonly string[];
}

/** What a rule may ask about the rest of the configuration. */
export interface TerraformConfigView {
  /** Every resource of a type. */
  ofType(type: string): readonly TerraformResource[];
  /** A data source block's values by address (`data.aws_iam_policy_document.x`), if present. */
  dataSource(address: string): Readonly<Record<string, unknown>> | undefined;
  /** Resources of `type` whose `attribute` refers to `target` (by reference or by a literal equal to its name). */
  referencing(type: string, attribute: string, target: TerraformResource): readonly TerraformResource[];
}

/** A rule violation at one resource. */
export interface GuardFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly title: string;
  /** The stack name (the cdktf stack, or the file name for plain Terraform JSON). */
  readonly stack: string;
  /** The file scanned, when known (e.g. `cdktf.out/stacks/prod/cdk.tf.json`). */
  readonly file?: string;
  /** The line of the resource block in `file`, when the scanner had the file's text. */
  readonly line?: number;
  readonly address: string;
  readonly constructPath: string;
  readonly message: string;
  readonly fix: string;
  /** Present when the finding is suppressed in code. */
  readonly suppressed?: { readonly reason: string };
}
