import { isRecord } from '@groundwork/core';
import { DriftInputError, describe } from '../errors';
import {
  CONFIG_ITEM_CHANGE_DETAIL_TYPE,
  NOTIFICATIONS_WITHOUT_ITEM,
  type ConfigEvent,
  type RuleInvocation,
} from './config-event';
import type { ConfigItem, Inventory, LiveInput, OversizedRef, SkippedNotification } from './config-item';
import { decodeNested, toIsoTime } from './decode';
import { deliveredMessages, isDeliveryEvent } from './delivered-messages';
import { fromApiItem } from './from-api-item';
import { fromCloudControl, isCloudControlOutput } from './from-cloud-control';
import { fromDeliveryChannels, isDeliveryChannelsOutput } from './from-delivery-channels';
import { fromOrganizationRead, isOrganizationRead } from './from-organization-read';
import { fromPasswordPolicy, isPasswordPolicyOutput } from './from-password-policy';
import { isInventoryEnvelope, readInventoryDeclaration } from './inventory-envelope';
import { type LiveContext, placeOfListing } from './live-context';
import { readConfigNotifications, readEventEnvelope } from './read-config-event';
import { recordedInventories } from './recorded-inventories';

interface Acc {
  items: ConfigItem[];
  inventories: Inventory[];
  oversized: OversizedRef[];
  skipped: SkippedNotification[];
  scheduled?: { notificationCreationTime?: string };
  ruleInvocation?: RuleInvocation;
}

/** Where a value is read: the file, the path inside it, and what the caller knows about it (--account, --region). */
interface At {
  readonly source: string;
  readonly path: string;
  readonly context: LiveContext;
}

const MAX_DEPTH = 6;

const LIVE_FORMS =
  'an AWS Config snapshot, event, rule invocation or item, a Cloud Control or IAM API output, or a groundworkInventory';

/** The place of a key inside `at`: built as a literal, since visit makes one per item of a snapshot. */
function inside(at: At, key: string): At {
  return { source: at.source, path: `${at.path}/${key}`, context: at.context };
}

function summaryRef(s: Record<string, unknown>, at: At, path: string): OversizedRef {
  if (typeof s['resourceType'] !== 'string' || typeof s['resourceId'] !== 'string')
    throw new DriftInputError(
      at.source,
      path,
      'a configurationItemSummary with resourceType and resourceId',
      describe(s),
    );
  const t = toIsoTime(s['configurationItemCaptureTime']);
  return { resourceType: s['resourceType'], resourceId: s['resourceId'], ...(t ? { captureTime: t } : {}) };
}

/** The item with the account and region the caller knows, where it carries none itself. */
function inContext(item: ConfigItem, context: LiveContext): ConfigItem {
  const accountId = item.accountId ?? context.accountId ?? null;
  const awsRegion = item.awsRegion ?? context.region ?? null;
  return accountId === item.accountId && awsRegion === item.awsRegion
    ? item
    : { ...item, accountId, awsRegion };
}

function addItem(raw: unknown, at: At, path: string, acc: Acc): void {
  acc.items.push(inContext(fromApiItem(raw, at.source, path), at.context));
}

/** A Config event: its item, the key to fetch (oversized), or the scheduled marker; and its rule invocation. */
function addEvent(event: ConfigEvent, at: At, itemPath: string, acc: Acc): void {
  if (event.rule) acc.ruleInvocation = event.rule;
  if (event.kind === 'scheduled')
    acc.scheduled = { notificationCreationTime: event.notificationCreationTime };
  else if (event.kind === 'oversized') {
    const { resourceType, resourceId, configurationItemCaptureTime } = event.summary;
    const captureTime = toIsoTime(configurationItemCaptureTime);
    acc.oversized.push({
      resourceType,
      resourceId,
      ...(captureTime ? { captureTime } : {}),
      ...(event.s3BucketLocation && { delivered: `s3://${event.s3BucketLocation}` }),
    });
  } else addItem(event.item, at, itemPath, acc);
}

/** Where a delivery notification says the delivered file is. */
function deliveredFile(message: Record<string, unknown>): string | undefined {
  const bucket = message['s3Bucket'];
  const key = message['s3ObjectKey'];
  return typeof bucket === 'string' && typeof key === 'string' ? `s3://${bucket}/${key}` : undefined;
}

function addNotifications(message: unknown, at: At, acc: Acc): void {
  // The delivery channel's topic carries these too, between the change notifications: no item to read.
  const type = isRecord(message) ? message['messageType'] : undefined;
  if (typeof type === 'string' && NOTIFICATIONS_WITHOUT_ITEM.has(type)) {
    const delivered = deliveredFile(message as Record<string, unknown>);
    acc.skipped.push({ messageType: type, path: at.path, ...(delivered && { delivered }) });
    return;
  }
  for (const { event, itemPath } of readConfigNotifications(message, at.source, at.path))
    addEvent(event, at, itemPath, acc);
}

/** A declared inventory: its items, read in its account and region, and what it says it lists in full. */
function addEnvelope(value: Record<string, unknown>, at: At, acc: Acc, depth: number): void {
  const { inventory, items } = readInventoryDeclaration(value, at.source, at.path);
  const context: LiveContext = {
    accountId: inventory.accountId ?? at.context.accountId,
    region: inventory.region ?? at.context.region,
  };
  const first = acc.items.length;
  visit(items, { source: at.source, path: `${at.path}/items`, context }, acc, depth + 1);
  const own = acc.items.slice(first);
  const misplaced = (what: string) => (names: readonly string[]) =>
    new DriftInputError(
      at.source,
      at.path,
      `items of one ${what}, or the ${what} in the groundworkInventory declaration`,
      `items of ${names.join(', ')}`,
    );
  if (inventory.resourceTypes === 'all-recorded') {
    acc.inventories.push(...recordedInventories(own, inventory.source));
    return;
  }
  acc.inventories.push({
    ...inventory,
    accountId:
      context.accountId ??
      placeOfListing(
        own.map((i) => i.accountId),
        misplaced('account'),
      ),
    region:
      context.region ??
      placeOfListing(
        own.map((i) => i.awsRegion),
        misplaced('region'),
      ),
  });
}

/** A delivered Config file: a snapshot (`configSnapshotId`) lists every recorded resource; a history file does not. */
function addConfigurationItems(value: Record<string, unknown>, at: At, acc: Acc, depth: number): void {
  const first = acc.items.length;
  visit(value['configurationItems'], inside(at, 'configurationItems'), acc, depth + 1);
  if (typeof value['configSnapshotId'] === 'string')
    acc.inventories.push(...recordedInventories(acc.items.slice(first), 'config'));
}

/**
 * SelectResourceConfig (or SelectAggregateResourceConfig) results: each a JSON string of the selected fields only, so
 * a query that did not select the resource's type and id gives items that cannot be matched.
 */
const SELECT_FIX =
  'SELECT resourceType, resourceId, accountId, awsRegion, configuration, supplementaryConfiguration, tags, configurationItemStatus, configurationItemCaptureTime WHERE …';

/** The fields a select output says its query selected (`QueryInfo.SelectFields`), when it says. */
function selectedFields(queryInfo: unknown): Set<string> | undefined {
  const fields = isRecord(queryInfo) ? queryInfo['SelectFields'] : undefined;
  if (!Array.isArray(fields)) return undefined;
  return new Set(fields.map((f) => (isRecord(f) && typeof f['Name'] === 'string' ? f['Name'] : '')));
}

function addSelectResults(output: Record<string, unknown>, at: At, acc: Acc): void {
  // An item with part of its configuration (configuration.instanceType) or without its supplementary configuration
  // (where S3 keeps versioning, policy, encryption) would show the rest as removed: drift that is not there.
  const selected = selectedFields(output['QueryInfo']);
  const partial = selected?.has('*')
    ? []
    : ['configuration', 'supplementaryConfiguration'].filter((f) => selected && !selected.has(f));
  if (partial.length > 0)
    throw new DriftInputError(
      at.source,
      `${at.path}/QueryInfo/SelectFields`,
      `a query that selects the whole ${partial.join(' and ')}, since what it leaves out would show as removed (${SELECT_FIX})`,
      `fields ${[...(selected ?? [])].join(', ')}`,
    );
  const results = output['Results'] as unknown[];
  results.forEach((result, i) => {
    const path = `${at.path}/Results/${i}`;
    const item = decodeNested(result);
    if (isRecord(item))
      for (const key of ['resourceType', 'resourceId'])
        if (item[key] === undefined)
          throw new DriftInputError(
            at.source,
            `${path}/${key}`,
            `${key} in every result: select it in the query (${SELECT_FIX})`,
            'a result without it',
          );
    addItem(item, at, path, acc);
  });
}

function visit(json: unknown, at: At, acc: Acc, depth: number): void {
  if (depth > MAX_DEPTH)
    throw new DriftInputError(
      at.source,
      at.path,
      `live data nested at most ${MAX_DEPTH} levels deep`,
      'deeper nesting',
    );
  const value = typeof json === 'string' ? decodeNested(json) : json;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) visit(value[i], inside(at, String(i)), acc, depth + 1);
    return;
  }
  if (!isRecord(value)) throw new DriftInputError(at.source, at.path, LIVE_FORMS, describe(value));
  // A configuration item (the bulk of a snapshot): no wrapper names a resource type at its top level, except a
  // compliance change notification (a message, not an item).
  if (typeof value['resourceType'] === 'string' && value['messageType'] === undefined)
    return addItem(value, at, at.path, acc);
  if (isInventoryEnvelope(value)) return addEnvelope(value, at, acc, depth);
  // Recording wrapper ({status_code, data}) and API responses.
  if (isRecord(value['data']) && 'status_code' in value)
    return visit(value['data'], inside(at, 'data'), acc, depth + 1);
  if (Array.isArray(value['configurationItems'])) return addConfigurationItems(value, at, acc, depth);
  if (Array.isArray(value['baseConfigurationItems'])) {
    visit(value['baseConfigurationItems'], inside(at, 'baseConfigurationItems'), acc, depth + 1);
    const unprocessed = value['unprocessedResourceKeys'];
    if (Array.isArray(unprocessed))
      unprocessed.forEach((k, i) => {
        if (isRecord(k)) acc.oversized.push(summaryRef(k, at, `${at.path}/unprocessedResourceKeys/${i}`));
      });
    return;
  }
  // BatchGetAggregateResourceConfig and GetAggregateResourceConfig output: the aggregator's keys are PascalCase.
  if (Array.isArray(value['BaseConfigurationItems'])) {
    visit(value['BaseConfigurationItems'], inside(at, 'BaseConfigurationItems'), acc, depth + 1);
    const unprocessed = value['UnprocessedResourceIdentifiers'];
    if (Array.isArray(unprocessed))
      unprocessed.forEach((k, i) => {
        if (isRecord(k))
          acc.oversized.push(
            summaryRef(
              { resourceType: k['ResourceType'], resourceId: k['ResourceId'] },
              at,
              `${at.path}/UnprocessedResourceIdentifiers/${i}`,
            ),
          );
      });
    return;
  }
  if (isRecord(value['ConfigurationItem']))
    return addItem(value['ConfigurationItem'], at, `${at.path}/ConfigurationItem`, acc);
  if (Array.isArray(value['resourceIdentifiers']))
    throw new DriftInputError(
      at.source,
      `${at.path}/resourceIdentifiers`,
      'configuration items, but a ListDiscoveredResources response holds only resource keys; fetch the items with BatchGetResourceConfig, or use --from-config',
      `${value['resourceIdentifiers'].length} resource keys`,
    );
  if (Array.isArray(value['Results'])) return addSelectResults(value, at, acc);
  // A Lambda event from SNS or SQS (`Records`), as the drift checker receives it.
  if (isDeliveryEvent(value)) {
    for (const { message, path } of deliveredMessages(value, at.source))
      visit(message, { source: at.source, path: `${at.path}${path}`, context: at.context }, acc, depth + 1);
    return;
  }
  if (Array.isArray(value['Messages'])) {
    value['Messages'].forEach((m, i) =>
      visit(isRecord(m) ? m['Body'] : m, inside(at, `Messages/${i}/Body`), acc, depth + 1),
    );
    return;
  }
  if (isCloudControlOutput(value)) {
    const read = fromCloudControl(value, at.source, at.path, at.context);
    for (const item of read.items) acc.items.push(item);
    if (read.inventory) acc.inventories.push(read.inventory);
    return;
  }
  if (isPasswordPolicyOutput(value)) {
    acc.items.push(fromPasswordPolicy(value, at.source, at.path, at.context));
    return;
  }
  if (isOrganizationRead(value)) {
    acc.items.push(fromOrganizationRead(value, at.source, at.path));
    return;
  }
  if (isDeliveryChannelsOutput(value)) {
    const read = fromDeliveryChannels(value, at.source, at.path, at.context);
    for (const item of read.items) acc.items.push(item);
    acc.inventories.push(read.inventory);
    return;
  }
  // Config's other EventBridge events (compliance changes, deliveries) carry no item, as its other messages.
  if (
    value['source'] === 'aws.config' &&
    typeof value['detail-type'] === 'string' &&
    value['detail-type'] !== CONFIG_ITEM_CHANGE_DETAIL_TYPE
  ) {
    acc.skipped.push({ messageType: value['detail-type'], path: at.path });
    return;
  }
  // A custom Config rule invocation, or an EventBridge "Config Configuration Item Change" event.
  const read = readEventEnvelope(value, at.source, at.path);
  if (read) return addEvent(read.event, at, `${read.messagePath}/configurationItem`, acc);
  // SNS notification: Message is a string on the wire, an object in the docs. It holds Config's message, or the
  // EventBridge event where a rule targets the topic.
  if (value['Type'] === 'Notification' && value['Message'] !== undefined)
    return visit(value['Message'], inside(at, 'Message'), acc, depth + 1);
  if (
    value['messageType'] !== undefined ||
    value['configurationItem'] !== undefined ||
    value['configurationItemSummary'] !== undefined
  )
    return addNotifications(value, at, acc);
  // Neither an item (whose fields are checked one by one) nor any wrapper read above.
  if (value['resourceType'] === undefined && value['resourceId'] === undefined)
    throw new DriftInputError(
      at.source,
      at.path,
      `${LIVE_FORMS} (see "Live inputs" in the CLI's README)`,
      `an object with keys ${Object.keys(value).slice(0, 8).join(', ') || '(none)'}`,
    );
  addItem(value, at, at.path, acc);
}

/**
 * Reads every live form: AWS Config's (a snapshot file, a delivered history file, a JSON array of items, an
 * EventBridge event, an SNS notification, a custom rule invocation, GetResourceConfigHistory, BatchGetResourceConfig
 * and SelectResourceConfig output), Cloud Control's GetResource and ListResources output, IAM's
 * GetAccountPasswordPolicy output, the Organizations reads of the organization (merged), Config's
 * DescribeDeliveryChannels output, a declared inventory envelope, and arrays mixing them. `context` gives the
 * account and region of what carries none (Cloud Control without an ARN, the password policy).
 */
export function parseLive(json: unknown, source: string, context: LiveContext = {}): LiveInput {
  const acc: Acc = { items: [], inventories: [], oversized: [], skipped: [] };
  visit(json, { source, path: '', context }, acc, 0);
  return acc;
}
