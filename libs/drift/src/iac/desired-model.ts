/** A provider's `ignore_tags` block: tag keys, and key prefixes, that Terraform neither sets nor removes. */
export interface IgnoredTagKeys {
  readonly keys: readonly string[];
  readonly keyPrefixes: readonly string[];
}

/** One Terraform resource or data source of one stack, as written in the synthesized JSON. */
export interface DesiredResource {
  readonly stack: string;
  /** `aws_vpc.main` for resources, `data.aws_iam_policy_document.trust` for data sources. */
  readonly address: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  /** Arguments as written, with `//`, lifecycle, provider, depends_on, count and for_each removed. */
  readonly values: Readonly<Record<string, unknown>>;
  /** Construct path from the resource's `//` metadata, when synthesized by cdktf. */
  readonly constructPath: string | null;
  /** `lifecycle.ignore_changes`: attribute names, or 'all'. */
  readonly ignoreChanges: readonly string[] | 'all';
  /** Provider `default_tags` that apply to this resource (its provider alias). */
  readonly defaultTags: Readonly<Record<string, string>>;
  /** Provider `ignore_tags` that apply to this resource (its provider alias): tags Terraform never manages. */
  readonly ignoreTags?: IgnoredTagKeys;
  /**
   * The AWS account of its provider (the alias its `provider` argument names): `allowed_account_ids` when it lists
   * one id, else the account of `assume_role.role_arn`; null when the IaC does not say (the engine then looks at
   * the state's ARNs).
   */
  readonly account: string | null;
  /** Its provider's `region`; null when the IaC does not say (a variable, the environment). */
  readonly region: string | null;
  /** Set when the resource uses count or for_each (one block, several instances). */
  readonly repeated: boolean;
  readonly file: string;
}

export interface DesiredStack {
  readonly name: string;
  readonly file: string;
  /** The default provider's account, as on DesiredResource.account. */
  readonly account: string | null;
  /** The default provider's region, as on DesiredResource.region. */
  readonly region: string | null;
  readonly resources: readonly DesiredResource[];
  readonly dataSources: readonly DesiredResource[];
}

/** The desired state: every stack of a cdktf output directory, or every plain Terraform JSON file. */
export interface DesiredModel {
  readonly stacks: readonly DesiredStack[];
}
