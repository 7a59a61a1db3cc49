import { Body } from './terraform/body';
import { Expression } from './terraform/expression';

/**
 * Terraform JSON (`*.tf.json`, cdktf's `cdk.tf.json`): an object, or an array of objects, of top-level blocks.
 * Only the parts the guard reads are typed.
 */
export type TerraformJson =
  | {
      readonly resource?: unknown;
      readonly data?: unknown;
      readonly locals?: unknown;
      readonly [key: string]: unknown;
    }
  | readonly Record<string, unknown>[];

export type Severity = 'error' | 'warning';

/** A finding's level: the rule's severity when it holds, `note` when the rule could not decide. */
export type FindingLevel = Severity | 'note';

/** A suppression recorded in a resource's `//` metadata: the rule it silences and why. */
export interface Suppression {
  readonly ruleId: string;
  readonly reason: string;
}

/** One resource instance of the configuration (one per literal `count` or `for_each` element). */
export interface TerraformResource {
  readonly type: string;
  readonly name: string;
  /** The Terraform address: `aws_s3_bucket.logs`, `aws_s3_bucket.logs[0]`, `aws_s3_bucket.logs["a"]`. */
  readonly address: string;
  /** The instance key, when `count` or `for_each` is a known literal. */
  readonly instance?: number | string;
  /** `type.name`, the same for every instance of the block. */
  readonly blockAddress: string;
  /** The block's arguments and nested blocks, with this instance's `count.index` or `each` put in. */
  readonly body: Body;
  /** The cdktf construct path from the `//` metadata, or the address for plain Terraform JSON. */
  readonly constructPath: string;
  readonly suppressions: readonly Suppression[];
}

/** What a rule could not decide, because it rests on a value Terraform computes: reported as a note. */
export interface Undecided {
  readonly undecided: string;
}

/** A violation message, or what the rule could not decide. */
export type CheckResult = string | Undecided;

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
  /** Where the rule deliberately decides differently from the checkov or trivy check with the same purpose. */
  readonly differences?: readonly string[];
  /** Resource types the rule looks at. */
  readonly resourceTypes: readonly string[];
  /**
   * One result per violation (empty when compliant). Never a violation that rests on a value Terraform computes:
   * such a case is {@link Undecided} (a note), or compliant when the value cannot matter.
   */
  check(resource: TerraformResource, config: TerraformConfigView): readonly CheckResult[];
}

/** What a rule may ask about the rest of the configuration. */
export interface TerraformConfigView {
  /** Every resource instance of a type, in declaration order. */
  ofType(type: string): readonly TerraformResource[];
  /** A data source's body by address (`data.aws_iam_policy_document.x`), if the configuration declares it. */
  dataSource(address: string): Body | undefined;
  /**
   * Resources of `type` whose `attribute` names `target`: by reference (`${aws_s3_bucket.logs.id}`), by a literal
   * equal to the target's name, or by the same expression as the target's name (`${var.bucket}` on both).
   */
  referencing(type: string, attribute: string, target: TerraformResource): readonly TerraformResource[];
  /**
   * Resources of `type` whose `attribute` is computed and names no resource of `targetType` (`${var.bucket}` where
   * no bucket is named so): each might be any resource of that type, so a resource without companions is undecided.
   */
  unattributed(type: string, attribute: string, targetType: string): readonly TerraformResource[];
  /** The resources (of `type`, when given) an expression refers to. */
  referencedBy(expression: Expression, type?: string): readonly TerraformResource[];
}

/** A rule violation, or an undecided case, at one resource. */
export interface GuardFinding {
  readonly ruleId: string;
  /** The rule's severity; `note` when the rule could not decide. */
  readonly severity: FindingLevel;
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
