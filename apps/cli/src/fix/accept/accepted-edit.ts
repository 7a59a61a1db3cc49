/** One live value accepted into the IaC at a construct path. */
export type AcceptedEdit =
  /**
   * An argument of the resource set to the live value: through the provider class's property when the argument is
   * a top-level one it has, with `addOverride` otherwise.
   */
  | {
      readonly set: string;
      /** The resource's Terraform type, which names its provider class. */
      readonly type?: string;
      readonly value: unknown;
      /** What the IaC said before. */
      readonly was: unknown;
      /** The finding and who changed it, for the reviewer. */
      readonly why: string;
    }
  /** A managed policy attached by hand, kept: an attachment resource next to the role, imported. */
  | {
      readonly attachPolicy: string;
      /** `role-name/policy-arn`, the attachment's import id. */
      readonly importId: string;
      readonly why: string;
    };

/** Accepted edits by construct path: what `accepted-values.json` holds and `accepted-values.ts` applies. */
export type AcceptedValues = Readonly<Record<string, readonly AcceptedEdit[]>>;

/** Two edits of the same thing (the same argument, the same policy): the newer replaces the older. */
export function sameTarget(a: AcceptedEdit, b: AcceptedEdit): boolean {
  if ('set' in a && 'set' in b) return a.set === b.set;
  if ('attachPolicy' in a && 'attachPolicy' in b) return a.attachPolicy === b.attachPolicy;
  return false;
}
