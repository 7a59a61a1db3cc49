import { isRecord } from '@groundwork/core';
import { DriftInputError, describe } from '../errors';
import type { ConfigItem, LiveInput, OversizedRef } from './config-item';
import { decodeNested, toIsoTime } from './decode';
import { fromApiItem } from './from-api-item';

interface Acc {
  items: ConfigItem[];
  oversized: OversizedRef[];
  scheduled?: { notificationCreationTime?: string };
  ruleInvocation?: { resultToken: string; eventLeftScope: boolean; configRuleName?: string };
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

/** A Config notification message: change (item), oversized (summary) or scheduled (nothing). */
function message(msg: Record<string, unknown>, source: string, at: string, acc: Acc): void {
  const type = msg['messageType'];
  if (type === 'ScheduledNotification') {
    const t = msg['notificationCreationTime'];
    acc.scheduled = typeof t === 'string' ? { notificationCreationTime: t } : {};
  } else if (
    isRecord(msg['configurationItemSummary']) ||
    type === 'OversizedConfigurationItemChangeNotification'
  ) {
    const s = msg['configurationItemSummary'];
    if (!isRecord(s))
      throw new DriftInputError(source, `${at}/configurationItemSummary`, 'an object', describe(s));
    acc.oversized.push(summaryRef(s, source, `${at}/configurationItemSummary`));
  } else if (msg['configurationItem'] !== undefined) {
    acc.items.push(fromApiItem(msg['configurationItem'], source, `${at}/configurationItem`));
  } else {
    throw new DriftInputError(
      source,
      `${at}/messageType`,
      'ConfigurationItemChangeNotification, OversizedConfigurationItemChangeNotification or ScheduledNotification',
      describe(type),
    );
  }
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
  // EventBridge "Config Configuration Item Change" (detail is an object, sometimes a string).
  if (
    value['detail-type'] !== undefined ||
    (value['source'] === 'aws.config' && value['detail'] !== undefined)
  ) {
    const detail = decodeNested(value['detail']);
    if (!isRecord(detail))
      throw new DriftInputError(source, `${at}/detail`, 'the Config notification object', describe(detail));
    return message(detail, source, `${at}/detail`, acc);
  }
  // SNS notification: Message is a string on the wire, an object in the docs.
  if (value['Type'] === 'Notification' && value['Message'] !== undefined) {
    const msg = decodeNested(value['Message']);
    if (!isRecord(msg))
      throw new DriftInputError(source, `${at}/Message`, 'the Config notification object', describe(msg));
    return message(msg, source, `${at}/Message`, acc);
  }
  // Custom Config rule invocation.
  if (value['invokingEvent'] !== undefined) {
    const ev = decodeNested(value['invokingEvent']);
    if (!isRecord(ev))
      throw new DriftInputError(
        source,
        `${at}/invokingEvent`,
        'a JSON object (or a string of one)',
        describe(ev),
      );
    if (typeof value['resultToken'] === 'string')
      acc.ruleInvocation = {
        resultToken: value['resultToken'],
        eventLeftScope: value['eventLeftScope'] === true || value['eventLeftScope'] === 'true',
        ...(typeof value['configRuleName'] === 'string' ? { configRuleName: value['configRuleName'] } : {}),
      };
    return message(ev, source, `${at}/invokingEvent`, acc);
  }
  if (
    value['messageType'] !== undefined ||
    value['configurationItem'] !== undefined ||
    value['configurationItemSummary'] !== undefined
  )
    return message(value, source, at, acc);
  acc.items.push(fromApiItem(value, source, at));
}

/**
 * Reads every live form AWS Config produces: a snapshot file, a JSON array of items, an EventBridge event, an SNS
 * notification, a custom rule invocation (change-triggered, oversized, scheduled), or API responses
 * (GetResourceConfigHistory, BatchGetResourceConfig, SelectResourceConfig).
 */
export function parseLive(json: unknown, source: string): LiveInput {
  const acc: Acc = { items: [], oversized: [] };
  visit(json, source, '', acc, 0);
  return acc;
}
