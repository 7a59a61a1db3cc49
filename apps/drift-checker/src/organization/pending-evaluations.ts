// Where the sweep puts the evaluations whose compliance changed: in the sweep bucket, one object per shard and sweep
// under the shard's account and region, until the member account's organization Config rule is invoked and
// delivers them (evaluation-delivery.ts). PutEvaluations needs the result token of a rule invocation in that account,
// which the central sweep does not have.
import { sweepKeys } from './sweep-keys';
import type { EvaluationSink, SweepEvaluation, SweepStore } from './sweep-ports';

/** One pending object: what a shard of one sweep computed for its account and region. */
export interface PendingEvaluationsObject {
  readonly version: 1;
  readonly accountId: string;
  /** An AWS region, or `global` for the types recorded once per account. */
  readonly region: string;
  readonly sweepId: string;
  readonly evaluations: readonly SweepEvaluation[];
}

export class PendingEvaluations implements EvaluationSink {
  constructor(
    private readonly store: SweepStore,
    private readonly sweepId: string,
    private readonly shardId: string,
  ) {}

  async put(accountId: string, region: string, evaluations: readonly SweepEvaluation[]): Promise<void> {
    const pending: PendingEvaluationsObject = {
      version: 1,
      accountId,
      region,
      sweepId: this.sweepId,
      evaluations,
    };
    await this.store.put(
      sweepKeys.pendingEvaluations(accountId, region, this.sweepId, this.shardId),
      JSON.stringify(pending),
      'application/json',
    );
  }
}
