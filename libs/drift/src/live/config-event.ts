// The events AWS Config sends, typed from the captured examples in shared/aws-config/examples. Every field that a
// real capture omits somewhere is optional; read-config-event.ts validates what arrives.

/** The EventBridge detail-type of AWS Config's configuration item changes. */
export const CONFIG_ITEM_CHANGE_DETAIL_TYPE = 'Config Configuration Item Change';

/**
 * The other messages AWS Config publishes to its delivery channel's topic (Developer Guide, "Notifications that AWS
 * Config sends to an Amazon SNS topic"): deliveries, compliance changes, rule evaluations and delivery failures. They
 * carry no configuration item, so a batch of delivered messages skips them.
 */
export const NOTIFICATIONS_WITHOUT_ITEM: ReadonlySet<string> = new Set([
  'ComplianceChangeNotification',
  'ConfigRulesEvaluationStarted',
  'ConfigurationHistoryDeliveryCompleted',
  'ConfigurationSnapshotDeliveryStarted',
  'ConfigurationSnapshotDeliveryCompleted',
  'ConfigurationSnapshotDeliveryFailed',
  'OversizedConfigurationItemChangeDeliveryFailed',
]);

/** The configuration item statuses AWS Config uses. */
export const CONFIGURATION_ITEM_STATUSES = [
  'OK',
  'ResourceDiscovered',
  'ResourceNotRecorded',
  'ResourceDeleted',
  'ResourceDeletedNotRecorded',
] as const;
export type ConfigurationItemStatus = (typeof CONFIGURATION_ITEM_STATUSES)[number];

/** A configuration item in event form (rule invocations, EventBridge, SNS): `ARN`, `awsAccountId`, object `configuration`. */
export interface EventFormConfigurationItem {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly configurationItemCaptureTime: string;
  readonly configurationItemStatus?: ConfigurationItemStatus;
  readonly resourceName?: string | null;
  readonly ARN?: string;
  readonly awsAccountId?: string;
  readonly awsRegion?: string;
  readonly availabilityZone?: string | null;
  readonly configurationItemVersion?: string;
  /** An integer in events; only good for ordering (`4` is as valid as epoch milliseconds). */
  readonly configurationStateId?: number;
  readonly configurationStateMd5Hash?: string;
  readonly resourceCreationTime?: string | null;
  readonly tags?: Readonly<Record<string, string>>;
  readonly relationships?: readonly unknown[];
  /** An object; `null` for a deleted resource. */
  readonly configuration?: unknown;
  readonly supplementaryConfiguration?: Readonly<Record<string, unknown>>;
}

/** What an oversized change notification carries instead of the item: no configuration, relationships or tags. */
export interface ConfigurationItemSummary {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly configurationItemCaptureTime: string;
  readonly changeType?: 'CREATE' | 'UPDATE' | 'DELETE';
  readonly configurationItemStatus?: ConfigurationItemStatus;
  readonly configurationItemVersion?: string;
  readonly configurationStateId?: number;
  readonly awsAccountId?: string;
  readonly resourceName?: string | null;
  readonly ARN?: string;
  readonly awsRegion?: string;
  readonly availabilityZone?: string | null;
  readonly configurationStateMd5Hash?: string;
  readonly resourceCreationTime?: string | null;
}

/** What a custom Config rule invocation asks of the function: evaluations, sent back with its result token. */
export interface RuleInvocation {
  /** Opaque token that PutEvaluations must echo back. */
  readonly resultToken: string;
  /** True when the resource no longer matches the rule's scope: its evaluation must be NOT_APPLICABLE. */
  readonly eventLeftScope: boolean;
  readonly configRuleName: string | null;
}

/** A change to one item, in full. */
export interface ItemChangeEvent {
  readonly kind: 'item-change';
  readonly rule: RuleInvocation | null;
  readonly item: EventFormConfigurationItem;
}

/** A change to an item too large for the event: only its summary, the item is to be fetched. */
export interface OversizedItemEvent {
  readonly kind: 'oversized';
  readonly rule: RuleInvocation | null;
  readonly summary: ConfigurationItemSummary;
  /** Where Config delivered the full notification (`s3DeliverySummary.s3BucketLocation`, "bucket/key"), if it did. */
  readonly s3BucketLocation?: string;
}

/** A periodic rule invocation: no item, enumerate the recorder instead. */
export interface ScheduledEvent<Rule extends RuleInvocation | null = RuleInvocation | null> {
  readonly kind: 'scheduled';
  readonly rule: Rule;
  /** ISO 8601. */
  readonly notificationCreationTime: string;
}

/**
 * One AWS Config event. `rule` is the custom rule invocation it came in, null for an EventBridge event and for an
 * `invokingEvent` cut out of its invocation.
 */
export type ConfigEvent = ItemChangeEvent | OversizedItemEvent | ScheduledEvent;

/** An event a function cannot act on, and why; it is dropped, not retried. */
export interface MalformedConfigEvent {
  readonly kind: 'malformed';
  readonly reason: string;
}

/** What a function invoked by AWS Config receives: every rule invocation with its result token, or malformed. */
export type ClassifiedConfigEvent =
  ItemChangeEvent | OversizedItemEvent | ScheduledEvent<RuleInvocation> | MalformedConfigEvent;
