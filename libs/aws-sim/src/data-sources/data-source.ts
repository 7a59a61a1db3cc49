import type { Attrs } from '../apply/applied-resource';
import type { SimulatedIds } from '../simulated-ids';

export interface DataContext {
  readonly account: string;
  readonly region: string;
  readonly ids: SimulatedIds;
  /** Outputs of the stacks applied so far, by stack name. */
  readonly outputs: ReadonlyMap<string, Record<string, unknown>>;
}

/** The attributes a data source reads, given its name and resolved arguments. */
export type DataSourceReader = (name: string, values: Attrs, ctx: DataContext) => Attrs;
