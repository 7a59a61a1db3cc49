import { Suppression } from './model';
import { isRecord } from '@groundwork/core';

/**
 * Where suppressions live in a resource's `//` metadata block:
 * `"//": { "guard": { "suppressions": { "<rule id>": "<reason>" } } }`. Terraform ignores `//` keys, and cdktf
 * keeps its own `metadata` next to ours.
 */
export const SUPPRESSIONS_METADATA_PATH = ['guard', 'suppressions'] as const;

/** Reads the suppressions of one resource block; entries without a reason are ignored (a reason is required). */
export function readSuppressions(values: Readonly<Record<string, unknown>>): Suppression[] {
  const comment = values['//'];
  if (!isRecord(comment) || !isRecord(comment.guard) || !isRecord(comment.guard.suppressions)) return [];
  return Object.entries(comment.guard.suppressions)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
    .map(([ruleId, reason]) => ({ ruleId, reason }));
}
