/** Attributes of one applied resource instance, keyed by address (`aws_vpc.main`, `aws_x.y[0]`, `data.aws_z.w`). */
export type StateResources = ReadonlyMap<string, Readonly<Record<string, unknown>>>;

export interface StackState {
  readonly stack: string;
  readonly file: string;
  readonly resources: StateResources;
}

/** The applied state of every stack, from Terraform state files (format version 4). */
export interface StateModel {
  readonly stacks: ReadonlyMap<string, StackState>;
  /** State files that matched no stack, by name or by address. */
  readonly unmatchedFiles: readonly string[];
}
