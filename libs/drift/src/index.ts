export { DRIFT_STATUSES } from './report-types';
export type {
  ChangeEvent,
  Difference,
  DriftReport,
  DriftStatus,
  LiveSourceKind,
  ResourceResult,
} from './report-types';
export { DriftInputError, type SourceFile } from './errors';
export type { DesiredModel, DesiredResource, DesiredStack } from './iac/desired-model';
export { parseIac } from './iac/parse-iac';
export { loadIacDir } from './iac/load-iac-dir';
export type { StackState, StateModel } from './state/state-model';
export { parseStates } from './state/parse-states';
export { loadStateDir } from './state/load-state-dir';
export type {
  ConfigItem,
  ConfigRelationship,
  Inventory,
  LiveInput,
  LiveSource,
  OversizedRef,
  SkippedNotification,
} from './live/config-item';
export { isDeletedItem, isDeletedStatus } from './live/config-item';
export * from './live/config-event';
export {
  classifyConfigEvent,
  readConfigEvent,
  readConfigNotifications,
  type ReadNotification,
  type ReadOptions,
} from './live/read-config-event';
export { parseLive } from './live/parse-live';
export {
  deliveredMessage,
  deliveredMessages,
  deliveredRecords,
  isDeliveryEvent,
  type DeliveredMessage,
} from './live/delivered-messages';
export type { LiveContext } from './live/live-context';
export { fromApiItem } from './live/from-api-item';
export { ACCOUNT_PASSWORD_POLICY_TYPE } from './live/from-password-policy';
export { INVENTORY_ENVELOPE_KEY, inventoryEnvelope, type InventoryEnvelope } from './live/inventory-envelope';
export { fallbackReads, type FallbackRead } from './live/fallback-reads';
export { recordedInventories } from './live/recorded-inventories';
export {
  DriftIgnore,
  driftIgnoreEntry,
  parseDriftIgnore,
  type DriftIgnoreOptions,
  type ExpiredRule,
  type IgnoreSubject,
} from './ignore/drift-ignore';
export { attachChanges, type AttachChangesOptions } from './changes/attach-changes';
export { changeSubjects, type ChangeSubject } from './changes/change-subjects';
export { parseCloudTrail } from './changes/parse-cloudtrail';
export { trailEventOf, viaOf, type TrailEvent } from './changes/trail-event';
export { DriftEngine, summarize, type DriftOptions } from './engine/drift-engine';
export type { Adapter } from './adapters/adapter';
export {
  ADAPTERS,
  ADAPTED_RESOURCE_TYPES,
  ADAPTED_TYPES_BY_SOURCE,
  FALLBACK_ADAPTERS,
} from './adapters/registry';
export { normalizePolicy, policiesEqual } from './normalize/iam-policy';
export { compareDocuments } from './normalize/compare';
export * from './checker-environment';
export * from './fast-path-calls';
export * from './live-read-permissions';
export * from './organization-sweep-environment';
export * from './report';
