// Reads the events AWS Config sends: a custom rule invocation, an EventBridge change event, or the notification
// message inside them (also what SNS delivers). One reader for the CLI's files and the drift-checker Lambda.
import { isRecord } from '@groundwork/core';
import { DriftInputError, describe } from '../errors';
import {
  CONFIG_ITEM_CHANGE_DETAIL_TYPE,
  CONFIGURATION_ITEM_STATUSES,
  ClassifiedConfigEvent,
  ConfigEvent,
  ConfigurationItemSummary,
  EventFormConfigurationItem,
  RuleInvocation,
} from './config-event';
import { decodeNested } from './decode';

const CHANGE = 'ConfigurationItemChangeNotification';
const OVERSIZED = 'OversizedConfigurationItemChangeNotification';
const SCHEDULED = 'ScheduledNotification';
// Config's limits on resource identifiers, which PutEvaluations enforces too: type 1-256 characters, id 1-768.
const MAX_RESOURCE_TYPE = 256;
const MAX_RESOURCE_ID = 768;
const STATUSES: ReadonlySet<string> = new Set(CONFIGURATION_ITEM_STATUSES);

/** Where an input error is: the file or event, and the JSON pointer inside it. */
interface At {
  readonly source: string;
  readonly path: string;
}

const inside = (at: At, ...keys: string[]): At => ({
  source: at.source,
  path: `${at.path}${keys.map((k) => `/${k}`).join('')}`,
});

function fail(at: At, expected: string, got: unknown): never {
  throw new DriftInputError(at.source, at.path, expected, describe(got));
}

function object(value: unknown, at: At, what: string): Record<string, unknown> {
  return isRecord(value) ? value : fail(at, what, value);
}

function text(record: Record<string, unknown>, key: string, at: At, max = Infinity): string {
  const value = record[key];
  if (typeof value !== 'string' || value.length === 0) fail(inside(at, key), 'a non-empty string', value);
  if (value.length > max)
    throw new DriftInputError(
      at.source,
      inside(at, key).path,
      `at most ${max} characters, as AWS Config allows`,
      `${value.length} characters`,
    );
  return value;
}

function timestamp(record: Record<string, unknown>, key: string, at: At): string {
  const value = text(record, key, at);
  return Number.isNaN(Date.parse(value)) ? fail(inside(at, key), 'an ISO 8601 timestamp', value) : value;
}

/** The identity every item and summary carries: type, id, capture time and, where given, a known status. */
function identity(record: Record<string, unknown>, at: At): void {
  text(record, 'resourceType', at, MAX_RESOURCE_TYPE);
  text(record, 'resourceId', at, MAX_RESOURCE_ID);
  timestamp(record, 'configurationItemCaptureTime', at);
  const status = record['configurationItemStatus'];
  if (status !== undefined && (typeof status !== 'string' || !STATUSES.has(status)))
    fail(inside(at, 'configurationItemStatus'), `one of ${CONFIGURATION_ITEM_STATUSES.join(', ')}`, status);
}

function configurationItem(value: unknown, at: At): EventFormConfigurationItem {
  const item = object(value, at, 'a configuration item object');
  identity(item, at);
  const tags = item['tags'];
  if (tags !== undefined && tags !== null && !isRecord(tags)) fail(inside(at, 'tags'), 'a tag map', tags);
  return item as unknown as EventFormConfigurationItem;
}

function itemSummary(value: unknown, at: At): ConfigurationItemSummary {
  const summary = object(value, at, 'a configurationItemSummary object');
  identity(summary, at);
  return summary as unknown as ConfigurationItemSummary;
}

/** A notification message: a changed item, an oversized item's summary, or a scheduled notification. */
function notification(
  value: unknown,
  rule: RuleInvocation | null,
  at: At,
  messageTypes: readonly string[],
): ConfigEvent {
  const message = object(value, at, 'an AWS Config notification object');
  const type = message['messageType'];
  if (typeof type !== 'string' || !messageTypes.includes(type))
    fail(inside(at, 'messageType'), messageTypes.join(', ').replace(/, (?=[^,]*$)/, ' or '), type);
  if (type === CHANGE)
    return {
      kind: 'item-change',
      rule,
      item: configurationItem(message['configurationItem'], inside(at, 'configurationItem')),
    };
  if (type === OVERSIZED) {
    const delivery = message['s3DeliverySummary'];
    const location = isRecord(delivery) ? delivery['s3BucketLocation'] : undefined;
    return {
      kind: 'oversized',
      rule,
      summary: itemSummary(message['configurationItemSummary'], inside(at, 'configurationItemSummary')),
      ...(typeof location === 'string' && location !== '' && { s3BucketLocation: location }),
    };
  }
  return {
    kind: 'scheduled',
    rule,
    notificationCreationTime: timestamp(message, 'notificationCreationTime', at),
  };
}

/**
 * The invocation around an invokingEvent. Without a result token it is null (an invokingEvent cut out of its
 * invocation), unless the reader is to answer the rule.
 */
function ruleInvocation(event: Record<string, unknown>, at: At, answering: boolean): RuleInvocation | null {
  if (event['resultToken'] === undefined && !answering) return null;
  const resultToken = text(event, 'resultToken', at);
  const eventLeftScope = event['eventLeftScope'] ?? false;
  if (typeof eventLeftScope !== 'boolean') fail(inside(at, 'eventLeftScope'), 'a boolean', eventLeftScope);
  const name = event['configRuleName'];
  return { resultToken, eventLeftScope, configRuleName: typeof name === 'string' ? name : null };
}

export interface ReadOptions {
  /** The reader answers rule invocations (PutEvaluations): each needs its result token. @default false */
  readonly answering?: boolean;
}

/** An event and where its notification message sits (for the paths of errors found further in). */
export interface ReadEvent {
  readonly event: ConfigEvent;
  readonly messagePath: string;
}

/**
 * A custom Config rule invocation (`invokingEvent`, a JSON string or its object) or an EventBridge "Config
 * Configuration Item Change" event (`detail`, an object or a JSON string of one); undefined for any other value.
 * Throws a DriftInputError naming the path of what is wrong.
 */
export function readEventEnvelope(
  value: Record<string, unknown>,
  source: string,
  path = '',
  options: ReadOptions = {},
): ReadEvent | undefined {
  const at = { source, path };
  if (value['invokingEvent'] !== undefined) {
    const messageAt = inside(at, 'invokingEvent');
    const invoking = object(
      decodeNested(value['invokingEvent']),
      messageAt,
      'a JSON object (or a string of one)',
    );
    const rule = ruleInvocation(value, at, options.answering ?? false);
    return {
      event: notification(invoking, rule, messageAt, [CHANGE, OVERSIZED, SCHEDULED]),
      messagePath: messageAt.path,
    };
  }
  if (
    value['detail-type'] !== undefined ||
    (value['source'] === 'aws.config' && value['detail'] !== undefined)
  ) {
    if (value['detail-type'] !== CONFIG_ITEM_CHANGE_DETAIL_TYPE)
      fail(inside(at, 'detail-type'), `"${CONFIG_ITEM_CHANGE_DETAIL_TYPE}"`, value['detail-type']);
    if (value['source'] !== 'aws.config') fail(inside(at, 'source'), '"aws.config"', value['source']);
    const messageAt = inside(at, 'detail');
    const detail = object(decodeNested(value['detail']), messageAt, 'the Config notification object');
    return { event: notification(detail, null, messageAt, [CHANGE, OVERSIZED]), messagePath: messageAt.path };
  }
  return undefined;
}

/** A notification message on its own, as SNS delivers it (`Message`), with no rule invocation around it. */
export function readConfigNotification(message: unknown, source: string, path = ''): ConfigEvent {
  return notification(message, null, { source, path }, [CHANGE, OVERSIZED, SCHEDULED]);
}

/** An event read from a notification message, and where its item (or the message) sits. */
export interface ReadNotification {
  readonly event: ConfigEvent;
  readonly itemPath: string;
}

/**
 * A notification message that may carry several items: AWS Config's 1.0 change messages (`MessageVersion` "1.0")
 * list them in an array, `configurationItem: [...]` (or `configurationItems`), one change event each. Any other
 * message is one event, as readConfigNotification reads it.
 */
export function readConfigNotifications(message: unknown, source: string, path = ''): ReadNotification[] {
  const at = { source, path };
  if (isRecord(message) && message['messageType'] === CHANGE) {
    const key = ['configurationItem', 'configurationItems'].find((k) => Array.isArray(message[k]));
    if (key)
      return (message[key] as unknown[]).map((item, i) => {
        const itemAt = inside(at, key, String(i));
        return {
          event: { kind: 'item-change', rule: null, item: configurationItem(item, itemAt) },
          itemPath: itemAt.path,
        };
      });
  }
  const event = notification(message, null, at, [CHANGE, OVERSIZED, SCHEDULED]);
  return [{ event, itemPath: event.kind === 'item-change' ? inside(at, 'configurationItem').path : path }];
}

/** A custom rule invocation or an EventBridge change event; throws a DriftInputError naming what is wrong. */
export function readConfigEvent(event: unknown, source: string, options: ReadOptions = {}): ConfigEvent {
  const at = { source, path: '' };
  const read = readEventEnvelope(object(event, at, 'an AWS Config event object'), source, '', options);
  if (read) return read.event;
  return fail(
    at,
    `a custom Config rule invocation (with invokingEvent) or an EventBridge "${CONFIG_ITEM_CHANGE_DETAIL_TYPE}" event`,
    event,
  );
}

/**
 * What a function that AWS Config invokes makes of its event: the event as it answers it (every rule invocation with
 * its result token), or `malformed` with the reason, to be logged and dropped since a retry would fail the same way.
 * Never throws.
 */
export function classifyConfigEvent(event: unknown): ClassifiedConfigEvent {
  try {
    // Answering, every rule invocation has its rule, and a scheduled notification comes only in a rule invocation.
    return readConfigEvent(event, 'event', { answering: true }) as ClassifiedConfigEvent;
  } catch (error) {
    if (error instanceof DriftInputError) return { kind: 'malformed', reason: error.message };
    // Anything else is a bug in this reader; still never throw on input.
    return { kind: 'malformed', reason: `unexpected error while reading the event: ${String(error)}` };
  }
}
