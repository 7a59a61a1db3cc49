import { isRecord } from '@groundwork/core';
import providerBlocks from './provider-blocks.json';

/** Nested block types by name, with their own nested block types: what the provider schema calls blocks. */
export interface BlockTree {
  readonly [block: string]: BlockTree;
}

const BLOCKS = providerBlocks as { resources: Record<string, BlockTree>; data: Record<string, BlockTree> };

/** Which form to write at one place of the document; `true` chooses the array form. */
export type FormChoice = (place: string) => boolean;

/**
 * Terraform JSON written in the object form (cdktf's) rewritten in the array forms the HCL JSON syntax also
 * accepts, with the same meaning: the root and each labelling level as arrays of objects (split one property per
 * element), and each block body as an array of one object. Which nested keys are blocks (and not map or object
 * arguments such as `tags`) comes from the provider schema recorded in provider-blocks.json. `choose` picks the
 * form at each place; by default every place takes the array form.
 */
export function toArrayForm(json: Record<string, unknown>, choose: FormChoice = () => true): unknown {
  const top = Object.entries(json).map(([key, value]): [string, unknown] => {
    if (key === 'resource' || key === 'data')
      return [key, labels(value, key, BLOCKS[key === 'resource' ? 'resources' : 'data'], choose)];
    if (key === 'locals') return [key, choose('locals') ? [value] : value];
    return [key, value];
  });
  return level(top, '(root)', choose);
}

/** An object's properties as one object, or as an array of one-property objects. */
function level(entries: [string, unknown][], place: string, choose: FormChoice): unknown {
  return choose(place) ? entries.map(([k, v]) => ({ [k]: v })) : Object.fromEntries(entries);
}

function labels(
  value: unknown,
  section: string,
  schemas: Record<string, BlockTree>,
  choose: FormChoice,
): unknown {
  if (!isRecord(value)) throw new Error(`${section}: fixtures are written in the object form`);
  const types = Object.entries(value).map(([type, byName]): [string, unknown] => {
    const tree = schemas[type];
    if (tree === undefined) {
      throw new Error(
        `${section}.${type} is not in provider-blocks.json: run libs/guard/scripts/record-provider-blocks.ts`,
      );
    }
    if (!isRecord(byName)) throw new Error(`${section}.${type}: fixtures are written in the object form`);
    const names = Object.entries(byName).map(([name, body]): [string, unknown] => {
      const place = `${section}.${type}.${name}`;
      const converted = blockBody(body, tree, place, choose);
      return [name, choose(`${place}[]`) ? [converted] : converted];
    });
    return [type, level(names, `${section}.${type}`, choose)];
  });
  return level(types, section, choose);
}

function blockBody(body: unknown, tree: BlockTree, place: string, choose: FormChoice): unknown {
  if (!isRecord(body)) return body;
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => {
      if (key === 'dynamic') return [key, dynamicBlocks(value, tree, `${place}.dynamic`, choose)];
      const nested = tree[key];
      if (nested === undefined || key === '//') return [key, value];
      const at = `${place}.${key}`;
      if (Array.isArray(value))
        return [key, value.map((b, i) => blockBody(b, nested, `${at}[${i}]`, choose))];
      // A block list given by an expression (`ingress = var.rules`) is an argument, not a block body.
      if (!isRecord(value)) return [key, value];
      const converted = blockBody(value, nested, at, choose);
      return [key, choose(at) ? [converted] : converted];
    }),
  );
}

function dynamicBlocks(value: unknown, tree: BlockTree, place: string, choose: FormChoice): unknown {
  if (!isRecord(value)) return value;
  const byType = Object.entries(value).map(([type, dynamic]): [string, unknown] => {
    const nested = tree[type];
    if (nested === undefined || !isRecord(dynamic)) return [type, dynamic];
    const at = `${place}.${type}`;
    const content = blockBody(dynamic.content, nested, `${at}.content`, choose);
    const converted = { ...dynamic, content: choose(`${at}.content`) ? [content] : content };
    return [type, choose(at) ? [converted] : converted];
  });
  return level(byType, place, choose);
}
