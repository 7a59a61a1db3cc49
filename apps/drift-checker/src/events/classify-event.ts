// Turns whatever arrived into one of the forms the handler knows, or a reason why it is malformed.
// Nothing here throws: a malformed event is logged and dropped by the caller, so poison events never retry forever.
import { isRecord } from '@groundwork/core';
import {
  CONFIG_ITEM_CHANGE_DETAIL_TYPE,
  ConfigurationItemStatus,
  ConfigurationItemSummary,
  EventFormConfigurationItem,
} from './config-events';

/** What a custom Config rule invocation asks of us; `null` for EventBridge events, which need no evaluations. */
export interface RuleInvocation {
  readonly resultToken: string;
  readonly eventLeftScope: boolean;
  readonly configRuleName: string | null;
}

export type ClassifiedEvent =
  | {
      readonly kind: 'item-change';
      readonly rule: RuleInvocation | null;
      readonly item: EventFormConfigurationItem;
    }
  | {
      readonly kind: 'oversized';
      readonly rule: RuleInvocation | null;
      readonly summary: ConfigurationItemSummary;
    }
  | { readonly kind: 'scheduled'; readonly rule: RuleInvocation; readonly notificationCreationTime: Date }
  | { readonly kind: 'malformed'; readonly reason: string };

// PutEvaluations limits: ComplianceResourceType 1-256 characters, ComplianceResourceId 1-768.
const MAX_RESOURCE_TYPE = 256;
const MAX_RESOURCE_ID = 768;
const STATUSES: ReadonlySet<string> = new Set<ConfigurationItemStatus>([
  'OK',
  'ResourceDiscovered',
  'ResourceNotRecorded',
  'ResourceDeleted',
  'ResourceDeletedNotRecorded',
]);

class Malformed extends Error {}

function requireRecord(value: unknown, where: string): Record<string, unknown> {
  if (!isRecord(value)) throw new Malformed(`${where} must be an object, got ${describe(value)}`);
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 60))}`;
  return typeof value;
}

function requireString(record: Record<string, unknown>, key: string, where: string, max = Infinity): string {
  const value = record[key];
  if (typeof value !== 'string' || value.length === 0)
    throw new Malformed(`${where}.${key} must be a non-empty string, got ${describe(value)}`);
  if (value.length > max)
    throw new Malformed(
      `${where}.${key} is ${value.length} characters, more than AWS Config allows (${max})`,
    );
  return value;
}

function requireTime(record: Record<string, unknown>, key: string, where: string): string {
  const value = requireString(record, key, where);
  if (Number.isNaN(Date.parse(value)))
    throw new Malformed(`${where}.${key} is not a timestamp: ${describe(value)}`);
  return value;
}

function checkStatus(record: Record<string, unknown>, where: string): void {
  const status = record.configurationItemStatus;
  if (status !== undefined && (typeof status !== 'string' || !STATUSES.has(status)))
    throw new Malformed(`${where}.configurationItemStatus is not a Config status: ${describe(status)}`);
}

function checkIdentity(record: Record<string, unknown>, where: string): void {
  requireString(record, 'resourceType', where, MAX_RESOURCE_TYPE);
  requireString(record, 'resourceId', where, MAX_RESOURCE_ID);
  requireTime(record, 'configurationItemCaptureTime', where);
  checkStatus(record, where);
}

function configurationItem(value: unknown, where: string): EventFormConfigurationItem {
  const record = requireRecord(value, where);
  checkIdentity(record, where);
  if (record.tags !== undefined && record.tags !== null && !isRecord(record.tags))
    throw new Malformed(`${where}.tags must be a map, got ${describe(record.tags)}`);
  return record as unknown as EventFormConfigurationItem;
}

function itemSummary(value: unknown, where: string): ConfigurationItemSummary {
  const record = requireRecord(value, where);
  checkIdentity(record, where);
  return record as unknown as ConfigurationItemSummary;
}

function ruleInvocation(event: Record<string, unknown>): RuleInvocation {
  const resultToken = requireString(event, 'resultToken', 'event');
  const eventLeftScope = event.eventLeftScope ?? false;
  if (typeof eventLeftScope !== 'boolean')
    throw new Malformed(`event.eventLeftScope must be a boolean, got ${describe(eventLeftScope)}`);
  const name = event.configRuleName;
  return { resultToken, eventLeftScope, configRuleName: typeof name === 'string' ? name : null };
}

function classifyRuleInvocation(event: Record<string, unknown>): ClassifiedEvent {
  const raw = event.invokingEvent;
  if (typeof raw !== 'string')
    throw new Malformed(`event.invokingEvent must be a JSON string, got ${describe(raw)}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new Malformed(`event.invokingEvent is not valid JSON: ${(error as Error).message}`);
  }
  const invoking = requireRecord(parsed, 'invokingEvent');
  const rule = ruleInvocation(event);
  switch (invoking.messageType) {
    case 'ConfigurationItemChangeNotification':
      return {
        kind: 'item-change',
        rule,
        item: configurationItem(invoking.configurationItem, 'invokingEvent.configurationItem'),
      };
    case 'OversizedConfigurationItemChangeNotification':
      return {
        kind: 'oversized',
        rule,
        summary: itemSummary(invoking.configurationItemSummary, 'invokingEvent.configurationItemSummary'),
      };
    case 'ScheduledNotification':
      return {
        kind: 'scheduled',
        rule,
        notificationCreationTime: new Date(
          requireTime(invoking, 'notificationCreationTime', 'invokingEvent'),
        ),
      };
    default:
      throw new Malformed(
        `invokingEvent.messageType is not one the drift checker handles: ${describe(invoking.messageType)}`,
      );
  }
}

function classifyEventBridge(event: Record<string, unknown>): ClassifiedEvent {
  if (event.source !== 'aws.config')
    throw new Malformed(`event.source must be "aws.config", got ${describe(event.source)}`);
  const detail = requireRecord(event.detail, 'event.detail');
  switch (detail.messageType) {
    case 'ConfigurationItemChangeNotification':
      return {
        kind: 'item-change',
        rule: null,
        item: configurationItem(detail.configurationItem, 'detail.configurationItem'),
      };
    case 'OversizedConfigurationItemChangeNotification':
      return {
        kind: 'oversized',
        rule: null,
        summary: itemSummary(detail.configurationItemSummary, 'detail.configurationItemSummary'),
      };
    default:
      throw new Malformed(
        `detail.messageType is not one the drift checker handles: ${describe(detail.messageType)}`,
      );
  }
}

/** Classifies an incoming event; never throws. */
export function classifyEvent(event: unknown): ClassifiedEvent {
  try {
    const record = requireRecord(event, 'event');
    if ('invokingEvent' in record) return classifyRuleInvocation(record);
    if (record['detail-type'] === CONFIG_ITEM_CHANGE_DETAIL_TYPE) return classifyEventBridge(record);
    return {
      kind: 'malformed',
      reason: `neither a Config rule invocation (no invokingEvent) nor a "${CONFIG_ITEM_CHANGE_DETAIL_TYPE}" event (detail-type ${describe(record['detail-type'])})`,
    };
  } catch (error) {
    if (error instanceof Malformed) return { kind: 'malformed', reason: error.message };
    // Anything else is a bug in this file; still never throw on input.
    return { kind: 'malformed', reason: `unexpected error while reading the event: ${String(error)}` };
  }
}

/** True for the statuses of a resource that no longer exists. */
export function isDeletedStatus(status: string | undefined): boolean {
  return status === 'ResourceDeleted' || status === 'ResourceDeletedNotRecorded';
}
