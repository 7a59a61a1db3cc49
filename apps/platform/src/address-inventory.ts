import { join } from 'node:path';
import { PLATFORM_DIR } from './paths';

// The Terraform address of a resource is its identity in state: when an address disappears, the next apply destroys
// that resource, and a new address creates one. The inventory is the committed list of every address of every
// stack, so that a change to it is seen (and reviewed) in the diff instead of in a plan.

/** The committed inventory, written by `npm run addresses`. */
export const ADDRESS_INVENTORY_FILE = join(PLATFORM_DIR, 'addresses.txt');

/** Addresses by stack name. */
export type AddressInventory = Readonly<Record<string, readonly string[]>>;

type Blocks = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** Every resource (`type.name`) and data source (`data.type.name`) address of one stack's Terraform JSON, sorted. */
export function stackAddresses(json: { readonly resource?: Blocks; readonly data?: Blocks }): string[] {
  const addresses = (section: Blocks | undefined, prefix: string) =>
    Object.entries(section ?? {}).flatMap(([type, byName]) =>
      Object.keys(byName).map((name) => `${prefix}${type}.${name}`),
    );
  return [...addresses(json.resource, ''), ...addresses(json.data, 'data.')].sort();
}

const HEADER = [
  '# Every Terraform address of every stack of the platform, as synthesized from apps/platform/config.',
  '# An address that disappears is destroyed by the next apply; a new one is created. Written by `npm run addresses`;',
  '# apps/platform/src/app.test.ts fails when the platform no longer matches it.',
];

/** The inventory as the committed file holds it: one `[stack]` section per stack, stacks and addresses sorted. */
export function formatInventory(inventory: AddressInventory): string {
  const sections = Object.keys(inventory)
    .sort()
    .map((stack) => [`[${stack}]`, ...[...inventory[stack]].sort()].join('\n'));
  return `${[HEADER.join('\n'), ...sections].join('\n\n')}\n`;
}

/** Reads the committed file back; throws naming the line when it is not in the format `formatInventory` writes. */
export function parseInventory(text: string): AddressInventory {
  const inventory: Record<string, string[]> = {};
  let current: string[] | undefined;
  text.split('\n').forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const section = /^\[([\w-]+)\]$/.exec(line);
    if (section) {
      current = inventory[section[1]] = [];
    } else if (current && /^(data\.)?[a-z0-9_]+\.[\w-]+$/.test(line)) {
      current.push(line);
    } else {
      throw new Error(
        `${ADDRESS_INVENTORY_FILE}:${i + 1}: expected "[stack]" or a Terraform address, got "${line}"`,
      );
    }
  });
  return inventory;
}

/**
 * What changed between the committed inventory and the current one, as lines a reviewer reads: `+ app-dev
 * aws_x.y (new: the next apply creates it)`, `- …` for removed ones, whole stacks likewise. Empty when equal.
 */
export function inventoryChanges(committed: AddressInventory, current: AddressInventory): string[] {
  const changes: string[] = [];
  for (const stack of [...new Set([...Object.keys(committed), ...Object.keys(current)])].sort()) {
    const before = new Set(committed[stack] ?? []);
    const after = new Set(current[stack] ?? []);
    if (!(stack in current)) changes.push(`- [${stack}] (the whole stack is gone)`);
    if (!(stack in committed)) changes.push(`+ [${stack}] (a new stack)`);
    for (const address of [...after].filter((a) => !before.has(a)).sort()) {
      changes.push(`+ ${stack} ${address} (new: the next apply creates it)`);
    }
    for (const address of [...before].filter((a) => !after.has(a)).sort()) {
      changes.push(`- ${stack} ${address} (gone: the next apply destroys it)`);
    }
  }
  return changes;
}
