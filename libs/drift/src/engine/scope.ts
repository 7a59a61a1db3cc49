// Accounts and regions in identity: a live item is the managed resource of a stack only within the same account
// and, for regional types, the same region. What neither side says is unknown; how an unknown is read is decided
// once per check, from what the input and the stacks do say.
import type { ConfigItem } from '../live/config-item';

/** The region of a live item, for matching: Config's `"global"` (IAM) says nothing about where a resource lives. */
export function itemRegion(item: ConfigItem): string | null {
  return item.awsRegion === 'global' ? null : item.awsRegion;
}

/** True when two values can name the same place: equal, or one of them unknown. */
export function sameOrUnknown(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/** What `only` found in a set: its one value, nothing known at all, or several values. */
const NOTHING_KNOWN = '';

function only(values: ReadonlySet<string>): string | undefined {
  if (values.size !== 1) return undefined;
  for (const v of values) return v;
  return undefined;
}

/**
 * The one value an unknown stands for: the input's when it names exactly one, else (when the input names none) the
 * checked stacks' when they name exactly one, else `NOTHING_KNOWN` when nobody names any (all unknowns are one),
 * else undefined: several are in scope, and an unknown could be any of them.
 */
function soleValue(inInput: ReadonlySet<string>, inStacks: ReadonlySet<string>): string | undefined {
  if (inInput.size > 0) return only(inInput);
  if (inStacks.size > 0) return only(inStacks);
  return NOTHING_KNOWN;
}

/**
 * How unknown accounts and regions are read in one check. The safe rule: an unknown stands for the one account
 * (region) in scope when there is exactly one, and proves nothing when there are several.
 */
export class ScopeResolution {
  private readonly soleAccount: string | undefined;
  private readonly soleRegion: string | undefined;

  constructor(
    input: { readonly accounts: ReadonlySet<string>; readonly regions: ReadonlySet<string> },
    stacks: { readonly accounts: ReadonlySet<string>; readonly regions: ReadonlySet<string> },
  ) {
    this.soleAccount = soleValue(input.accounts, stacks.accounts);
    this.soleRegion = soleValue(input.regions, stacks.regions);
  }

  /** The account to match an item by: its own, else the one account in scope, else unknown (null). */
  matchAccount(account: string | null): string | null {
    return account ?? (this.soleAccount ? this.soleAccount : null);
  }

  /**
   * The account an inventory or a managed resource stands for: `''` when no account is known anywhere (then all
   * unknowns are the same one), undefined when it is unknown and several accounts are in scope.
   */
  account(account: string | null): string | undefined {
    return account ?? this.soleAccount;
  }

  /** As account(), for regions; Config's `"global"` counts as unknown. */
  region(region: string | null): string | undefined {
    return region !== null && region !== 'global' ? region : this.soleRegion;
  }
}
