import type { ResourceResult } from '@groundwork/drift';
import type { GuardFinding } from '@groundwork/guard';
import type { AcceptedEdit } from './accept/accepted-edit';
import type { CodifiedModule } from './codify/codified-resource';
import type { Decision } from './decisions';
import type { StackRevert } from './revert/revert-plan';

/** What `drift fix` did, finding by finding, and what it could not do. */
export interface FixOutcome {
  readonly reverted: readonly StackRevert[];
  readonly accepted: readonly {
    readonly finding: ResourceResult;
    readonly constructPath: string;
    readonly edit: AcceptedEdit;
  }[];
  /** What guard objects to once the accepted values are in the IaC, and did not before. */
  readonly acceptGuard: readonly GuardFinding[];
  readonly tolerated: readonly {
    readonly finding: ResourceResult;
    readonly rules: readonly string[];
    readonly expires: string;
    readonly reason: string;
  }[];
  readonly codified: readonly { readonly finding: ResourceResult; readonly module: CodifiedModule }[];
  /** What guard says about the codified resources, as the live account has them. */
  readonly guard: readonly GuardFinding[];
  readonly refused: readonly {
    readonly finding: ResourceResult;
    readonly decision: Decision;
    readonly reason: string;
  }[];
}
