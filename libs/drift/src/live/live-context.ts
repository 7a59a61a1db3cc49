/**
 * What the caller knows about an input that does not say it itself: the account and region it was read in (the
 * CLI's --account and --region). Cloud Control and direct-read outputs carry neither; items that do keep their own.
 */
export interface LiveContext {
  readonly accountId?: string;
  readonly region?: string;
}

/**
 * The one account (or region) the items of a listing name, null if none does; a listing of several is an input
 * error, which `misplaced` describes (a listing is of one account and region). Config's `"global"` names no region.
 */
export function placeOfListing(
  values: readonly (string | null)[],
  misplaced: (names: readonly string[]) => Error,
): string | null {
  const known = [...new Set(values.filter((v): v is string => v !== null && v !== 'global'))];
  if (known.length > 1) throw misplaced(known);
  return known[0] ?? null;
}
