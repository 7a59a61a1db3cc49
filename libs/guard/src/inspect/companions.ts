import { CheckResult, TerraformConfigView, TerraformResource } from '../model';
import { shown, undecided } from '../values';

/** The companion resources of a resource (a bucket's versioning, a VPC's flow logs), and the ones that might be. */
export interface Companions {
  /** The companion's argument that names the resource (`bucket`, `vpc_id`). */
  readonly attribute: string;
  /** Companions that name the resource by reference, literal name or the same expression. */
  readonly matched: readonly TerraformResource[];
  /** Companions named by an expression that names no resource of this type: any of them might be this one's. */
  readonly unattributed: readonly TerraformResource[];
}

export function companions(
  config: TerraformConfigView,
  type: string,
  attribute: string,
  target: TerraformResource,
): Companions {
  return {
    attribute,
    matched: config.referencing(type, attribute, target),
    // Only needed when nothing matched.
    get unattributed() {
      return config.unattributed(type, attribute, target.type);
    },
  };
}

/**
 * The result for a resource without a matched companion: undecided when an unattributed companion might be its
 * own, else `violation`.
 */
export function withoutCompanion(found: Companions, violation: string): CheckResult[] {
  const maybe = found.unattributed[0];
  if (maybe === undefined) return [violation];
  return [
    undecided(
      `${violation}, unless ${maybe.address} is for it: its ${found.attribute} is ${shown(maybe.body.get(found.attribute))}`,
    ),
  ];
}
