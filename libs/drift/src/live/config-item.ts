import type { RuleInvocation } from './config-event';

/** A relationship of a configuration item; `resourceId` can be missing (Lambda → IAM role carries only a name). */
export interface ConfigRelationship {
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly resourceName: string | null;
  readonly relationshipName: string;
}

/** A configuration item normalized from any AWS Config form (event, API, select, snapshot). */
export interface ConfigItem {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly resourceName: string | null;
  readonly arn: string | null;
  readonly awsRegion: string | null;
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
}

/** An oversized change notification, or a key BatchGetResourceConfig left unprocessed: the caller fetches the item. */
export interface OversizedRef {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly captureTime?: string;
}

export interface LiveInput {
  readonly items: ConfigItem[];
  /** Summaries the caller must fetch (GetResourceConfigHistory with limit 1). */
  readonly oversized: OversizedRef[];
  /** Set for a ScheduledNotification rule invocation: no item, enumerate the recorder instead. */
  readonly scheduled?: { readonly notificationCreationTime?: string };
  readonly ruleInvocation?: RuleInvocation;
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
