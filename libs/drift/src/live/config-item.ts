import type { LiveSourceKind } from '../report-types';
import type { RuleInvocation } from './config-event';

/**
 * Where a live item was read: AWS Config, the AWS Cloud Control API (types Config does not record, in their
 * CloudFormation resource-schema shape), or a direct service read where neither serves (IAM's account password
 * policy). The same set the report names on each result.
 */
export type LiveSource = LiveSourceKind;

/** A relationship of a configuration item; `resourceId` can be missing (Lambda → IAM role carries only a name). */
export interface ConfigRelationship {
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly resourceName: string | null;
  readonly relationshipName: string;
}

/**
 * One live resource, normalized from any source: every AWS Config form (event, API, select, snapshot), a Cloud
 * Control read (`resourceType` the CloudFormation type name, `resourceId` its primary identifier, `configuration` the
 * decoded properties) or a direct read (a type named after the API's noun).
 */
export interface ConfigItem {
  readonly source: LiveSource;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly resourceName: string | null;
  readonly arn: string | null;
  /** The item's region; `"global"` for types AWS Config records once for the account (IAM); null when unknown. */
  readonly awsRegion: string | null;
  /** Null when the input does not say (Cloud Control output without an ARN, and no --account). */
  readonly accountId: string | null;
  /** OK, ResourceDiscovered, ResourceDeleted, ResourceDeletedNotRecorded, ResourceNotRecorded. */
  readonly configurationItemStatus: string;
  /** ISO 8601, whatever form it arrived in. */
  readonly configurationItemCaptureTime: string | null;
  readonly configurationStateId: string | null;
  /** Decoded; null for deleted resources. */
  readonly configuration: Readonly<Record<string, unknown>> | null;
  /** Each value decoded from JSON strings (repeatedly where AWS serialized twice). */
  readonly supplementaryConfiguration: Readonly<Record<string, unknown>>;
  /** Tag map: the item's own map, else configuration or supplementary tags. */
  readonly tags: Readonly<Record<string, string>>;
  /**
   * False when the item says nothing about tags (an empty map and no tag list anywhere): some types are recorded
   * without tags, so their tags are not compared. Undefined counts as true.
   */
  readonly tagsRecorded?: boolean;
  readonly relationships: readonly ConfigRelationship[];
  /**
   * CloudTrail event ids of the calls that led to this configuration, as Config links them. Config filled it up to
   * item version 1.2; from version 1.3 it is empty, and the events are found with CloudTrail LookupEvents instead.
   */
  readonly relatedEvents?: readonly string[];
}

/** An oversized change notification, or a key BatchGetResourceConfig left unprocessed: the caller fetches the item. */
export interface OversizedRef {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly captureTime?: string;
  /** Where AWS Config delivered the full item of an oversized notification, `s3://bucket/key`. */
  readonly delivered?: string;
}

/**
 * A statement that the input lists every resource of some types in one account and region, so that a managed
 * resource missing from it is proven deleted. Complete inventories: a Config snapshot file (the types it has items
 * of), a Cloud Control ListResources output without NextToken (its TypeName), the sweep's listing, and a declared
 * inventory envelope. Events, histories, single reads and GetResource outputs are not.
 */
export interface Inventory {
  readonly source: LiveSource;
  /** Null when the input does not say: see the engine's rule for unknown accounts. */
  readonly accountId: string | null;
  /** `"global"` for global types; null when the input does not say. */
  readonly region: string | null;
  /**
   * The types listed in full; `'all-recorded'`: every type the source evidently records there, that is every type
   * with at least one item of that source in that account and region (a recorder records a type or it does not).
   */
  readonly resourceTypes: readonly string[] | 'all-recorded';
}

/** A message AWS Config published that carries no item (a delivery, a compliance change), skipped where it sat. */
export interface SkippedNotification {
  /** The message's `messageType`, or the EventBridge event's `detail-type`. */
  readonly messageType: string;
  /** JSON pointer of the message in its file. */
  readonly path: string;
  /** What a delivery notification announces: the delivered file, `s3://bucket/key`. */
  readonly delivered?: string;
}

export interface LiveInput {
  readonly items: ConfigItem[];
  /** What the input lists in full; only these prove that a managed resource missing from it is deleted. */
  readonly inventories: Inventory[];
  /** Summaries the caller must fetch (GetResourceConfigHistory with limit 1). */
  readonly oversized: OversizedRef[];
  /** Set for a ScheduledNotification rule invocation: no item, enumerate the recorder instead. */
  readonly scheduled?: { readonly notificationCreationTime?: string };
  readonly ruleInvocation?: RuleInvocation;
  /** Config's messages without an item met in the input (snapshot deliveries, compliance changes): skipped. */
  readonly skipped?: readonly SkippedNotification[];
}

export const DELETED_STATUSES: ReadonlySet<string> = new Set([
  'ResourceDeleted',
  'ResourceDeletedNotRecorded',
]);

/** True for the statuses of a resource that no longer exists. */
export function isDeletedStatus(status: string | undefined): boolean {
  return status !== undefined && DELETED_STATUSES.has(status);
}

export function isDeletedItem(item: ConfigItem): boolean {
  return isDeletedStatus(item.configurationItemStatus);
}

/**
 * Whether the item shows its type recorded: it has a configuration, or says the resource was deleted. A
 * ResourceNotRecorded item shows the opposite: the recorder stopped recording the type.
 */
export function showsTypeRecorded(item: ConfigItem): boolean {
  return item.configuration !== null || isDeletedItem(item);
}
