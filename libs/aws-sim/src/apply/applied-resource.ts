// What the simulated `terraform apply` produces, and how the per-type models find other applied resources.
import type { SimulatedIds } from '../simulated-ids';

export type Attrs = Record<string, unknown>;

export interface AppliedResource {
  readonly stack: string;
  /** `managed` for resources, `data` for data sources (state keeps both). */
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  /** `aws_vpc.main`, or `data.aws_region.current` for a data source. */
  readonly address: string;
  readonly constructPath: string;
  /** Attributes as Terraform stores them in state: nested blocks are lists, maps stay maps. */
  readonly attrs: Attrs;
  readonly dependencies: string[];
  /** The region of an aliased provider in another region than the account's (`provider = aws.us-east-1`). */
  readonly region?: string;
}

/** One stack after apply: its managed resources, the data sources it read and its output values. */
export interface AppliedStack {
  readonly name: string;
  readonly resources: AppliedResource[];
  readonly dataSources: AppliedResource[];
  readonly outputs: Record<string, { value: unknown; sensitive: boolean }>;
}

export interface ApplyContext {
  readonly account: string;
  readonly region: string;
  readonly ids: SimulatedIds;
  /** Provider default_tags of the stack, merged into tags_all. */
  readonly defaultTags: Record<string, string>;
  /** Resources applied so far, in every stack. */
  readonly applied: () => readonly AppliedResource[];
  /** Next value of the provider's unique-id counter (names from `name_prefix`). */
  readonly nextUniqueId: () => number;
  /**
   * The id an `import` block gives the resource being applied: Terraform adopts the existing resource with that id
   * instead of creating one.
   */
  readonly importedId?: string;
}

/** The applied resources of a Terraform type whose attributes match, in apply order. */
export type AppliedLookup = (type: string, predicate: (attrs: Attrs) => boolean) => AppliedResource[];

/** A lookup over `resources`, indexed by type once (the recorder and refresh look up per resource). */
export function lookupIn(resources: readonly AppliedResource[]): AppliedLookup {
  const byType = new Map<string, AppliedResource[]>();
  for (const r of resources) {
    const list = byType.get(r.type);
    if (list) list.push(r);
    else byType.set(r.type, [r]);
  }
  return (type, predicate) => (byType.get(type) ?? []).filter((r) => predicate(r.attrs));
}
