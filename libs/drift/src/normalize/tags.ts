import type { IgnoredTagKeys } from '../iac/desired-model';
import { NormMap } from './norm-values';

function isAwsTag(key: string): boolean {
  // The fourth character first: most keys are not `aws:` ones, and lower-casing each would copy it.
  return key.charCodeAt(3) === 58 && key.slice(0, 3).toLowerCase() === 'aws';
}

/** Tags that AWS adds itself (`aws:cloudformation:*`, `aws:autoscaling:groupName`, ...): never drift. */
export function withoutAwsTags(tags: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(tags)) if (!isAwsTag(k)) out[k] = tags[k];
  return out;
}

/**
 * The tags the IaC expects: provider default_tags merged under the resource's own tags (the resource wins, as in
 * the AWS provider). Undefined when neither sets any, so that tags are not compared at all.
 */
export function expectedTags(
  resourceTags: unknown,
  defaultTags: Readonly<Record<string, string>>,
): NormMap | undefined {
  const own =
    typeof resourceTags === 'object' && resourceTags !== null && !Array.isArray(resourceTags)
      ? (resourceTags as Record<string, unknown>)
      : {};
  // One pass each, defaults first: a key both set keeps the default's place and takes the resource's value.
  const merged: Record<string, unknown> = {};
  let any = false;
  for (const k of Object.keys(defaultTags))
    if (!isAwsTag(k)) {
      merged[k] = defaultTags[k];
      any = true;
    }
  for (const k of Object.keys(own))
    if (!isAwsTag(k)) {
      merged[k] = own[k] === null ? '' : own[k];
      any = true;
    }
  return !any && resourceTags === undefined ? undefined : new NormMap(merged);
}

export function actualTags(tags: Readonly<Record<string, string>>): NormMap {
  return new NormMap(withoutAwsTags(tags));
}

/** Whether the provider's `ignore_tags` covers this key (an exact key, or a key prefix). */
export function isIgnoredTag(key: string, ignore: IgnoredTagKeys): boolean {
  return ignore.keys.includes(key) || ignore.keyPrefixes.some((p) => key.startsWith(p));
}

/**
 * A normalized document without the tags the provider's `ignore_tags` covers, on either side: Terraform neither sets
 * nor removes them, so another tool adding one is not drift.
 */
export function withoutIgnoredTags(
  doc: Record<string, unknown>,
  ignore: IgnoredTagKeys | undefined,
): Record<string, unknown> {
  const tags = doc['tags'];
  if (!ignore || !(tags instanceof NormMap)) return doc;
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(tags.entries)) if (!isIgnoredTag(k, ignore)) kept[k] = v;
  return { ...doc, tags: new NormMap(kept, tags.exclusive) };
}
