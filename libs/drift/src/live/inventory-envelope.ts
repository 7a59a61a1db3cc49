// The declared inventory envelope: a file that says it lists every resource of some types in one account and
// region, `{"groundworkInventory": {source, accountId, region, resourceTypes}, "items": [...any accepted form...]}`.
// The format for saving a listing as complete (a sweep's, or one a user vouches for).
import { isAccountId, isRecord } from '@groundwork/core';
import { DriftInputError, describe } from '../errors';
import type { Inventory, LiveSource } from './config-item';

export const INVENTORY_ENVELOPE_KEY = 'groundworkInventory';

/** A declared inventory as written: what it lists in full, and its items in any accepted form. */
export interface InventoryEnvelope {
  readonly [INVENTORY_ENVELOPE_KEY]: Inventory;
  readonly items: readonly unknown[];
}

/** The envelope that declares `inventory` complete over `items` (what the live reads write, and --save). */
export function inventoryEnvelope(inventory: Inventory, items: readonly unknown[]): InventoryEnvelope {
  const resourceTypes =
    inventory.resourceTypes === 'all-recorded'
      ? 'all-recorded'
      : [...new Set(inventory.resourceTypes)].sort();
  return { [INVENTORY_ENVELOPE_KEY]: { ...inventory, resourceTypes }, items };
}

const SOURCES: readonly LiveSource[] = ['config', 'cloudcontrol', 'direct'];

/** True for a declared inventory envelope. */
export function isInventoryEnvelope(value: Record<string, unknown>): boolean {
  return value[INVENTORY_ENVELOPE_KEY] !== undefined;
}

function optionalText(
  decl: Record<string, unknown>,
  key: string,
  valid: (v: string) => boolean,
  expected: string,
  source: string,
  at: string,
): string | null {
  const value = decl[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !valid(value))
    throw new DriftInputError(source, `${at}/${key}`, expected, describe(value));
  return value;
}

/** The declaration, validated; `items` is where its items are. */
export function readInventoryDeclaration(
  value: Record<string, unknown>,
  source: string,
  at: string,
): { readonly inventory: Inventory; readonly items: unknown[] } {
  const declAt = `${at}/${INVENTORY_ENVELOPE_KEY}`;
  const decl = value[INVENTORY_ENVELOPE_KEY];
  if (!isRecord(decl))
    throw new DriftInputError(
      source,
      declAt,
      'an object {source, accountId, region, resourceTypes}',
      describe(decl),
    );
  const from = decl['source'];
  if (typeof from !== 'string' || !(SOURCES as readonly string[]).includes(from))
    throw new DriftInputError(source, `${declAt}/source`, `one of ${SOURCES.join(', ')}`, describe(from));
  const accountId = optionalText(
    decl,
    'accountId',
    isAccountId,
    'a 12-digit account id, or null',
    source,
    declAt,
  );
  const region = optionalText(
    decl,
    'region',
    (r) => /^[a-z0-9-]+$/.test(r),
    'a region such as "eu-west-1" ("global" for global types), or null',
    source,
    declAt,
  );
  const types = decl['resourceTypes'];
  const listed =
    types === 'all-recorded' ||
    (Array.isArray(types) && types.length > 0 && types.every((t) => typeof t === 'string' && t !== ''));
  if (!listed)
    throw new DriftInputError(
      source,
      `${declAt}/resourceTypes`,
      'a non-empty list of the resource types listed in full, or "all-recorded"',
      describe(types),
    );
  const items = value['items'];
  if (!Array.isArray(items))
    throw new DriftInputError(
      source,
      `${at}/items`,
      'the list of items of the inventory (any accepted form; empty when there are none)',
      describe(items),
    );
  return {
    inventory: {
      source: from as LiveSource,
      accountId,
      region,
      resourceTypes: types === 'all-recorded' ? 'all-recorded' : [...(types as string[])],
    },
    items,
  };
}
