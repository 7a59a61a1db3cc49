// Event shapes AWS Config sends, typed from the captured examples in shared/aws-config/examples
// (@types/aws-lambda has no type for custom Config rule invocations). Every field that a real capture omits
// somewhere is optional: validation happens in classify-event.ts, not here.
import type { EventBridgeEvent } from 'aws-lambda';

/** Configuration item status values AWS Config uses. */
export type ConfigurationItemStatus =
  'OK' | 'ResourceDiscovered' | 'ResourceNotRecorded' | 'ResourceDeleted' | 'ResourceDeletedNotRecorded';

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

/** What an oversized notification carries instead of the item: no configuration, relationships or tags. */
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

export interface ConfigurationItemChangeNotification {
  readonly messageType: 'ConfigurationItemChangeNotification';
  readonly configurationItem: EventFormConfigurationItem;
  /** `null`, `{changedProperties: {}, changeType}` or full per-path entries; not used for drift. */
  readonly configurationItemDiff?: unknown;
  readonly notificationCreationTime?: string;
  readonly recordVersion?: string;
}

export interface OversizedConfigurationItemChangeNotification {
  readonly messageType: 'OversizedConfigurationItemChangeNotification';
  readonly configurationItemSummary: ConfigurationItemSummary;
  readonly notificationCreationTime?: string;
  readonly recordVersion?: string;
}

/** A periodic rule invocation: no configuration item at all. */
export interface ScheduledNotification {
  readonly messageType: 'ScheduledNotification';
  readonly awsAccountId: string;
  readonly notificationCreationTime: string;
  readonly recordVersion?: string;
}

/** The parsed `invokingEvent` of a custom Config rule invocation. */
export type InvokingEvent =
  ConfigurationItemChangeNotification | OversizedConfigurationItemChangeNotification | ScheduledNotification;

/** The event a CUSTOM_LAMBDA Config rule sends: `invokingEvent` and `ruleParameters` are JSON strings. */
export interface ConfigRuleInvocationEvent {
  readonly invokingEvent: string;
  readonly ruleParameters?: string;
  /** Opaque token that PutEvaluations must echo back. */
  readonly resultToken: string;
  /** True when the resource no longer matches the rule's scope: its evaluation must be NOT_APPLICABLE. */
  readonly eventLeftScope: boolean;
  readonly executionRoleArn?: string;
  readonly configRuleArn?: string;
  readonly configRuleName?: string;
  readonly configRuleId?: string;
  readonly accountId?: string;
  readonly version?: string;
}

export const CONFIG_ITEM_CHANGE_DETAIL_TYPE = 'Config Configuration Item Change';

/** The EventBridge event AWS Config emits for a recorded change; `detail` is an object, not a string. */
export type ConfigItemChangeEvent = EventBridgeEvent<
  typeof CONFIG_ITEM_CHANGE_DETAIL_TYPE,
  ConfigurationItemChangeNotification | OversizedConfigurationItemChangeNotification
>;

/** Everything the drift checker accepts. */
export type DriftCheckerEvent = ConfigItemChangeEvent | ConfigRuleInvocationEvent;
