import { isRecord } from '@groundwork/core';
import { DriftInputError, describe } from '../errors';
import type { ConfigEvent, RuleInvocation } from './config-event';
import type { ConfigItem, Inventory, LiveInput, OversizedRef } from './config-item';
import { decodeNested, toIsoTime } from './decode';
import { fromApiItem } from './from-api-item';
import { readConfigNotification, readEventEnvelope } from './read-config-event';

interface Acc {
  items: ConfigItem[];
  inventories: Inventory[];
  oversized: OversizedRef[];
  scheduled?: { notificationCreationTime?: string };
  ruleInvocation?: RuleInvocation;
}

function summaryRef(s: Record<string, unknown>, source: string, at: string): OversizedRef {
  if (typeof s['resourceType'] !== 'string' || typeof s['resourceId'] !== 'string')
    throw new DriftInputError(
      source,
      at,
      'a configurationItemSummary with resourceType and resourceId',
      describe(s),
    );
  const t = toIsoTime(s['configurationItemCaptureTime']);
  return { resourceType: s['resourceType'], resourceId: s['resourceId'], ...(t ? { captureTime: t } : {}) };
}

/** A Config event: its item, the key to fetch (oversized), or the scheduled marker; and its rule invocation. */
function addEvent(event: ConfigEvent, source: string, messageAt: string, acc: Acc): void {
  if (event.rule) acc.ruleInvocation = event.rule;
  if (event.kind === 'scheduled')
    acc.scheduled = { notificationCreationTime: event.notificationCreationTime };
  else if (event.kind === 'oversized') {
    const { resourceType, resourceId, configurationItemCaptureTime } = event.summary;
    const captureTime = toIsoTime(configurationItemCaptureTime);
    acc.oversized.push({ resourceType, resourceId, ...(captureTime ? { captureTime } : {}) });
  } else acc.items.push(fromApiItem(event.item, source, `${messageAt}/configurationItem`));
}

function visit(json: unknown, source: string, at: string, acc: Acc, depth: number): void {
  if (depth > 6)
    throw new DriftInputError(source, at, 'AWS Config data nested at most 6 levels deep', 'deeper nesting');
  const value = typeof json === 'string' ? decodeNested(json) : json;
  if (Array.isArray(value)) {
    value.forEach((v, i) => visit(v, source, `${at}/${i}`, acc, depth + 1));
    return;
  }
  if (!isRecord(value))
    throw new DriftInputError(
      source,
      at,
      'an AWS Config snapshot, event, rule invocation or item',
      describe(value),
    );
  // Recording wrapper ({status_code, data}) and API responses.
  if (isRecord(value['data']) && 'status_code' in value)
    return visit(value['data'], source, `${at}/data`, acc, depth + 1);
  if (Array.isArray(value['configurationItems']))
    return visit(value['configurationItems'], source, `${at}/configurationItems`, acc, depth + 1);
  if (Array.isArray(value['baseConfigurationItems'])) {
    visit(value['baseConfigurationItems'], source, `${at}/baseConfigurationItems`, acc, depth + 1);
    const unprocessed = value['unprocessedResourceKeys'];
    if (Array.isArray(unprocessed))
      unprocessed.forEach((k, i) => {
        if (isRecord(k)) acc.oversized.push(summaryRef(k, source, `${at}/unprocessedResourceKeys/${i}`));
      });
    return;
  }
  if (Array.isArray(value['resourceIdentifiers']))
    throw new DriftInputError(
      source,
      `${at}/resourceIdentifiers`,
      'configuration items, but a ListDiscoveredResources response holds only resource keys; fetch the items with BatchGetResourceConfig, or use --from-config',
      `${value['resourceIdentifiers'].length} resource keys`,
    );
  if (Array.isArray(value['Results']))
    return visit(value['Results'], source, `${at}/Results`, acc, depth + 1);
  if (Array.isArray(value['Messages'])) {
    value['Messages'].forEach((m, i) =>
      visit(isRecord(m) ? m['Body'] : m, source, `${at}/Messages/${i}/Body`, acc, depth + 1),
    );
    return;
  }
  // A custom Config rule invocation, or an EventBridge "Config Configuration Item Change" event.
  const read = readEventEnvelope(value, source, at);
  if (read) return addEvent(read.event, source, read.messagePath, acc);
  // SNS notification: Message is a string on the wire, an object in the docs.
  if (value['Type'] === 'Notification' && value['Message'] !== undefined) {
    const message = decodeNested(value['Message']);
    return addEvent(readConfigNotification(message, source, `${at}/Message`), source, `${at}/Message`, acc);
  }
  if (
    value['messageType'] !== undefined ||
    value['configurationItem'] !== undefined ||
    value['configurationItemSummary'] !== undefined
  )
    return addEvent(readConfigNotification(value, source, at), source, at, acc);
  acc.items.push(fromApiItem(value, source, at));
}

/**
 * Reads every live form AWS Config produces: a snapshot file, a JSON array of items, an EventBridge event, an SNS
 * notification, a custom rule invocation (change-triggered, oversized, scheduled), or API responses
 * (GetResourceConfigHistory, BatchGetResourceConfig, SelectResourceConfig).
 */
export function parseLive(json: unknown, source: string): LiveInput {
  const acc: Acc = { items: [], inventories: [], oversized: [] };
  visit(json, source, '', acc, 0);
  return acc;
}
