import type { ConfigItem, LiveSource } from '../live/config-item';

/** A Terraform type folded into the live item of another resource, found through one of its arguments. */
export interface FoldSpec {
  readonly type: string;
  /** Arguments naming the parent (first one present wins): a reference to it or its id/name/ARN. */
  readonly parentAttributes: readonly string[];
}

export interface FoldedResource {
  readonly type: string;
  readonly address: string;
  /** Resolved arguments, ignore_changes applied. */
  readonly values: Readonly<Record<string, unknown>>;
}

export interface AdapterOptions {
  /** Compare auto scaling desired capacity, which scaling changes on its own. @default false */
  readonly compareDesiredCapacity?: boolean;
}

export interface ExpectedInput {
  /** Resolved arguments of the primary resource (ignore_changes applied); empty when only folded resources exist. */
  readonly values: Readonly<Record<string, unknown>>;
  /**
   * True when the IaC creates the resource itself: then it describes the whole resource and anything extra live
   * (a rule, an attachment, an inline policy) is drift. Rules added to a resource the IaC does not own are checked
   * for presence only.
   */
  readonly ownsResource: boolean;
  readonly folded: readonly FoldedResource[];
  /** Applied state attributes of the primary resource, when state was given. */
  readonly state: Readonly<Record<string, unknown>> | undefined;
  readonly defaultTags: Readonly<Record<string, string>>;
  /** Tag keys under `lifecycle.ignore_changes`, or 'all'. */
  readonly ignoredTags: readonly string[] | 'all';
  readonly options: AdapterOptions;
}

/** What the engine knows from the other live items when it decides whether an item is an AWS-created default. */
export interface AwsDefaultContext {
  /** Ids of the default VPCs among the live items seen so far. */
  readonly defaultVpcIds: ReadonlySet<string>;
}

/** Everything the engine needs to know about one live resource type of one source. */
export interface Adapter {
  /**
   * The live type: the AWS Config resource type, the CloudFormation type name for Cloud Control, or the documented
   * name of a direct read. Two adapters share a type only if their sources differ.
   */
  readonly configType: string;
  /** The source whose items `actual` reads. @default 'config' */
  readonly source?: LiveSource;
  /**
   * True for a second read of the resources another source's adapter compares (the same Terraform types, folds and
   * keys): the engine compares a managed resource through it only where the preferred adapter has no live input for
   * it (no item, no complete inventory), e.g. Cloud Control in a region where AWS Config does not record the type.
   * @default false
   */
  readonly fallback?: boolean;
  /**
   * True for types whose identity ignores region (IAM, which AWS Config records with awsRegion "global";
   * CloudFront; Organizations; the account password policy): matched and inventoried per account only.
   * @default false
   */
  readonly global?: boolean;
  /** Terraform types that create the live resource. */
  readonly terraformTypes: readonly string[];
  /** Terraform types whose settings live inside this type's configuration item. */
  readonly folds: readonly FoldSpec[];
  /** Names of the compared fields, for the documentation table. */
  readonly compared: readonly string[];
  /** The join key, in words, for the documentation table. */
  readonly joinKey: string;
  /**
   * Whether a complete inventory of this source lists the resource with these resolved arguments: a list handler may
   * list a subset of the type (Cloud Control lists EventBridge rules of the default bus only), and a resource outside
   * it is never proven deleted by it. @default every resource of the type
   */
  inInventory?(values: Readonly<Record<string, unknown>>): boolean;
  /** Keys a desired resource is known by: from its state attributes and its literal arguments. */
  desiredKeys(
    values: Readonly<Record<string, unknown>>,
    state: Readonly<Record<string, unknown>> | undefined,
  ): string[];
  /** Keys a live item is known by (never the IAM unique id or the RDS resource id). */
  liveKeys(item: ConfigItem): string[];
  expected(input: ExpectedInput): Record<string, unknown>;
  actual(item: ConfigItem, options: AdapterOptions): Record<string, unknown>;
  /**
   * Why the item is an AWS-created default (never UNMANAGED unless strict), or undefined. `context` holds what
   * the engine learned from other items, e.g. which VPCs are default VPCs.
   */
  awsDefault?(item: ConfigItem, context: AwsDefaultContext): string | undefined;
  /** Why the item is not UNMANAGED although no stack has it (instances launched by auto scaling), or undefined. */
  createdByService?(item: ConfigItem): string | undefined;
  /** True when the item shows the resource gone although not yet ResourceDeleted (terminated, deleted state). */
  gone?(item: ConfigItem): boolean;
}
