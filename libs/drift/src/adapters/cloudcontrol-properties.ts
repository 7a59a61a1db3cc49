import { isRecord } from '@groundwork/core';
import type { ConfigItem } from '../live/config-item';
import { actualTags } from '../normalize/tags';
import { UNKNOWN, conf } from './helpers';

/**
 * Whether a Cloud Control item is a full read (GetResource, the type's read handler) rather than a ListResources
 * summary: list handlers of several types return only what their list API gives (Organizations policies without
 * Content or TargetIds, accounts without ParentIds), so a property the read handler always returns tells the two
 * apart. In a summary, what only the read handler fetches is unknown, not unset.
 */
export function readInFull(item: ConfigItem, alwaysRead: string): boolean {
  return conf(item)[alwaysRead] !== undefined;
}

/** The value when the item is a full read, else UNKNOWN (not compared). */
export function ifRead(full: boolean, value: unknown): unknown {
  return full ? value : UNKNOWN;
}

/**
 * The tags of a Cloud Control item, from the schema's tag property (`Tags`, a list of `{Key, Value}`): absent in a
 * full read means none; in a summary, unknown. `aws:` tags are left out, as everywhere.
 */
export function cloudControlTags(item: ConfigItem, full: boolean): unknown {
  if (!full) return UNKNOWN;
  const list = conf(item)['Tags'];
  const tags: Record<string, string> = {};
  for (const t of Array.isArray(list) ? list : [])
    if (isRecord(t) && typeof t['Key'] === 'string') tags[t['Key']] = String(t['Value'] ?? '');
  return actualTags(tags);
}

/** A nested object property of a Cloud Control model, or an empty object. */
export function nested(parent: unknown, key: string): Record<string, unknown> {
  const v = isRecord(parent) ? parent[key] : undefined;
  return isRecord(v) ? v : {};
}
