import { canonicalJson } from './canonical';

/**
 * The values of a normalized document. Both sides of a comparison (IaC and live) are projected onto plain objects
 * whose leaves are scalars, ordered lists, or the markers below.
 */

/** A value that cannot be known (an unresolvable reference, a field the live item does not record): never compared. */
export const UNKNOWN: unique symbol = Symbol('unknown');
export type Unknown = typeof UNKNOWN;

/** An unordered collection: compared element by element regardless of order. */
export class NormSet {
  /**
   * @param items elements (scalars or plain objects)
   * @param exclusive when true, elements present only live are drift (ADD); when false only missing ones are
   */
  constructor(
    readonly items: readonly unknown[],
    readonly exclusive = true,
  ) {}
}

/** A keyed collection (tags, inline policies by name): compared key by key, extra live keys are ADD when exclusive. */
export class NormMap {
  constructor(
    readonly entries: Readonly<Record<string, unknown>>,
    readonly exclusive = true,
  ) {}
}

/** A value compared as a whole; differences show the whole value (policy documents). */
export class NormWhole {
  private canonical: string | undefined;

  /** @param keyOf the comparison key of the value (canonical JSON unless given) */
  constructor(
    readonly value: unknown,
    private readonly keyOf: (value: unknown) => string = canonicalJson,
  ) {}

  /** The comparison key, computed once. */
  get key(): string {
    return (this.canonical ??= this.keyOf(this.value));
  }
}

/** A string compared after a custom equivalence (engine versions, KMS key ids, ARNs that may be names). */
export class NormMatch {
  constructor(
    readonly value: string,
    readonly matches: (actual: unknown) => boolean,
  ) {}
}

export function containsUnknown(value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (value instanceof NormSet) return value.items.some(containsUnknown);
  if (value instanceof NormWhole) return containsUnknown(value.value);
  if (value instanceof NormMap || value instanceof NormMatch) return false;
  // Own enumerable keys, as Object.values gives, without building the list: this runs at every level of a compare.
  for (const k in value)
    if (
      Object.prototype.hasOwnProperty.call(value, k) &&
      containsUnknown((value as Record<string, unknown>)[k])
    )
      return true;
  return false;
}
