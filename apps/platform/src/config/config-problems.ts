import { isRecord } from '@groundwork/core';
import * as z from 'zod/mini';
import { ConfigError } from './config-error';

/**
 * Marks an issue whose message is a whole sentence about several fields or the context ("… is not an approved
 * region"), printed after its path as it is, rather than as "expected <message>, got <value>".
 */
export const SENTENCE = { sentence: true } as const;

/**
 * Parses one configuration file against its schema. Throws a ConfigError naming the file and listing every problem
 * at once, each as `<field path>: expected <what>, got <value>` (or a sentence for checks across fields).
 */
export function parseConfigFile<T extends z.ZodMiniType>(file: string, text: string, schema: T): z.output<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(file, [`not valid JSON: ${(err as Error).message}`]);
  }
  if (!isRecord(json)) throw new ConfigError(file, ['expected a JSON object at the top level']);
  const result = schema.safeParse(json, { reportInput: true });
  if (!result.success) throw new ConfigError(file, result.error.issues.flatMap(problems));
  return result.data;
}

function problems(issue: z.core.$ZodIssue): string[] {
  const at = fieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `${at ? `${at}.` : ''}${key}: ${issue.message}`);
  }
  if (issue.code === 'custom' && issue.params?.['sentence'] === true) return [`${at}: ${issue.message}`];
  return [`${at}: expected ${issue.message}, got ${describeValue(issue.input)}`];
}

/** `web.minCapacity`, `bastionAllowedCidrs[0]`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function describeValue(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
