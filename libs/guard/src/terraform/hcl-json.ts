import { isRecord } from '@groundwork/core';
import { GuardInputError } from '../guard-input-error';

/** One block read from its labelling levels: the labels, in order, and its body. */
export interface LabelledBlock {
  readonly labels: readonly string[];
  readonly body: Readonly<Record<string, unknown>>;
  /** Where it is in the file, for messages: `resource.aws_s3_bucket.logs`. */
  readonly field: string;
}

/**
 * The properties of a JSON object or of an array of objects, in order: how the HCL JSON syntax reads a body or a
 * labelling level (an array lets a generator repeat a key or keep its order).
 */
export function properties(value: unknown, field: string, what: string): [string, unknown][] {
  if (isRecord(value)) return Object.entries(value);
  if (Array.isArray(value)) {
    return value.flatMap((element, i) => {
      if (!isRecord(element)) {
        throw new GuardInputError(
          `${field}[${i}]`,
          `"${field}[${i}]" must be an object of ${what}, got ${kind(element)}`,
        );
      }
      return Object.entries(element);
    });
  }
  throw new GuardInputError(
    field,
    `"${field}" must be an object (or an array of objects) of ${what}, got ${kind(value)}`,
  );
}

/**
 * The blocks of a block type with `labels.length` labels (`resource`: type and name), in every form the HCL JSON
 * syntax accepts: each labelling level an object or an array of objects, and after the last label one block body
 * (an object) or several (an array of objects).
 */
export function labelledBlocks(value: unknown, field: string, labels: readonly string[]): LabelledBlock[] {
  const out: LabelledBlock[] = [];
  const visit = (v: unknown, at: string, found: string[]) => {
    if (found.length < labels.length) {
      for (const [key, inner] of properties(v, at, `${labels[found.length]}s`))
        visit(inner, `${at}.${key}`, [...found, key]);
      return;
    }
    const bodies = Array.isArray(v) ? v : [v];
    bodies.forEach((body, i) => {
      const where = Array.isArray(v) ? `${at}[${i}]` : at;
      if (!isRecord(body)) {
        throw new GuardInputError(where, `"${where}" must be a block body (an object), got ${kind(body)}`);
      }
      out.push({ labels: found, body, field: at });
    });
  };
  visit(value, field, []);
  return out;
}

/** The bodies of a block type without labels (`locals`, a nested block): one object or an array of objects. */
export function unlabelledBodies(value: unknown, field: string): Readonly<Record<string, unknown>>[] {
  return labelledBlocks(value, field, []).map((b) => b.body);
}

export function kind(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
}
