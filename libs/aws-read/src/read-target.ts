// What a live source is asked to read: the types the drift engine's adapters compare through it, and where.
import { ADAPTERS, type LiveSource } from '@groundwork/drift';

/** A live type to read, as the adapter that compares it registers it. */
export interface ReadTarget {
  readonly resourceType: string;
  /** Its identity ignores the region (Organizations, IAM, CloudFront): read once, inventoried as "global". */
  readonly global: boolean;
}

/** The place an inventory of a global type names instead of a region. */
export const GLOBAL_PLACE = 'global';

/**
 * AWS Organizations has one endpoint, in us-east-1 (its "global" endpoint): its API, and Cloud Control's handlers of
 * its types, are called there whatever region the rest is read in.
 */
export const ORGANIZATIONS_REGION = 'us-east-1';

/**
 * The types the adapters registered with `source` compare: what that source reads (no second list to keep). Fallback
 * adapters are left out: their types are read only where the preferred source does not record them.
 */
export function adaptedTargets(source: LiveSource): ReadTarget[] {
  return ADAPTERS.filter((a) => (a.source ?? 'config') === source && !a.fallback).map((a) => ({
    resourceType: a.configType,
    global: a.global === true,
  }));
}

/** The region a type is read in: Organizations' own for its types, else the region read. */
export function regionToRead(resourceType: string, region: string): string {
  return resourceType.startsWith('AWS::Organizations::') ? ORGANIZATIONS_REGION : region;
}

/** The place an inventory of the type names: "global" for global types, else the region read. */
export function placeOf(target: ReadTarget, region: string): string {
  return target.global ? GLOBAL_PLACE : region;
}
