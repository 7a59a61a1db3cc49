import { isRecord } from '@groundwork/core';

export interface IgnoredArguments {
  readonly values: Record<string, unknown>;
  /** Tag keys ignored (default_tags included), or 'all' for `ignore_changes = [tags]`. */
  readonly ignoredTags: readonly string[] | 'all';
}

/**
 * Removes what `lifecycle.ignore_changes` names from resolved arguments, as Terraform does: a top-level attribute
 * (`tags`, `desired_capacity`), or one key of a map (`tags["Owner"]`, `tags.Owner`).
 */
export function applyIgnoreChanges(
  values: Record<string, unknown>,
  ignore: readonly string[],
): IgnoredArguments {
  if (ignore.length === 0) return { values, ignoredTags: [] };
  const out: Record<string, unknown> = { ...values };
  const ignoredTags: string[] = [];
  let allTags = false;
  for (const raw of ignore) {
    const m = /^([A-Za-z0-9_-]+)(?:\["([^"]+)"\]|\.([A-Za-z0-9_:/-]+))?/.exec(raw.trim());
    if (!m) continue;
    const [, attr, key1, key2] = m;
    const key = key1 ?? key2;
    if (key === undefined) {
      delete out[attr];
      if (attr === 'tags' || attr === 'tags_all') allTags = true;
    } else {
      if (attr === 'tags' || attr === 'tags_all') ignoredTags.push(key);
      if (isRecord(out[attr])) {
        const copy = { ...(out[attr] as Record<string, unknown>) };
        delete copy[key];
        out[attr] = copy;
      }
    }
  }
  return { values: out, ignoredTags: allTags ? 'all' : ignoredTags };
}
