import { isRecord } from '@groundwork/core';
import { GuardInputError } from '../guard-input-error';

/**
 * The properties of a JSON object or of an array of objects, in order: how the HCL JSON syntax reads a body or a
 * labelling level (an array lets a generator repeat a key or keep its order).
 */
export function properties(value: unknown, field: string, what: string): [string, unknown][] {
  const out: [string, unknown][] = [];
  eachProperty(value, field, what, (key, inner) => out.push([key, inner]));
  return out;
}

/** Visits the properties of an object or of an array of objects in order, without collecting them. */
function eachProperty(
  value: unknown,
  field: string,
  what: string,
  visit: (key: string, value: unknown) => void,
): void {
  if (isRecord(value)) {
    for (const key in value) visit(key, value[key]);
    return;
  }
  if (!Array.isArray(value)) {
    throw new GuardInputError(
      field,
      `"${field}" must be an object (or an array of objects) of ${what}, got ${kind(value)}`,
    );
  }
  value.forEach((element, i) => {
    if (!isRecord(element)) {
      throw new GuardInputError(
        `${field}[${i}]`,
        `"${field}[${i}]" must be an object of ${what}, got ${kind(element)}`,
      );
    }
    for (const key in element) visit(key, element[key]);
  });
}

/** Receives one block: its labels, in order, and its body. */
export type BlockVisitor = (labels: readonly string[], body: Readonly<Record<string, unknown>>) => void;

/**
 * Visits the blocks of a block type with `labels.length` labels (`resource`: type and name), in every form the HCL
 * JSON syntax accepts: each labelling level an object or an array of objects, and after the last label one block
 * body (an object) or several (an array of objects).
 */
export function eachLabelledBlock(
  value: unknown,
  field: string,
  labels: readonly string[],
  visit: BlockVisitor,
): void {
  if (labels.length === 0) return eachBody(value, field, [], visit);
  visitLevel(value, field, labels, [], visit);
}

function visitLevel(
  value: unknown,
  field: string,
  labels: readonly string[],
  found: readonly string[],
  visit: BlockVisitor,
): void {
  const last = found.length === labels.length - 1;
  eachProperty(value, field, `${labels[found.length]}s`, (key, inner) => {
    const labelled = [...found, key];
    // The field of a block body is only needed for a message: made then, not for every block.
    if (last) eachBody(inner, undefined, labelled, visit, field);
    else visitLevel(inner, `${field}.${key}`, labels, labelled, visit);
  });
}

/** One block body (an object) or several (an array of objects), after the last label. */
function eachBody(
  value: unknown,
  field: string | undefined,
  labels: readonly string[],
  visit: BlockVisitor,
  parent?: string,
): void {
  if (isRecord(value)) return visit(labels, value);
  const at = field ?? `${parent}.${labels[labels.length - 1]}`;
  if (!Array.isArray(value)) {
    throw new GuardInputError(at, `"${at}" must be a block body (an object), got ${kind(value)}`);
  }
  value.forEach((body, i) => {
    if (!isRecord(body)) {
      throw new GuardInputError(
        `${at}[${i}]`,
        `"${at}[${i}]" must be a block body (an object), got ${kind(body)}`,
      );
    }
    visit(labels, body);
  });
}

/** The bodies of a block type without labels (`locals`, a nested block): one object or an array of objects. */
export function unlabelledBodies(value: unknown, field: string): Readonly<Record<string, unknown>>[] {
  const out: Readonly<Record<string, unknown>>[] = [];
  eachLabelledBlock(value, field, [], (_labels, body) => out.push(body));
  return out;
}

export function kind(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
}
