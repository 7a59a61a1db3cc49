// Where the deployed sweep puts the evaluations whose compliance changed: in the sweep bucket, one object per shard
// (its account and region are in the shard id), for the member account's Config rule to deliver. PutEvaluations needs the result token of a rule invocation in
// that account, which the central sweep does not have; see the README, "Evaluations".
import { sweepKeys } from '../sweep-keys';
import type { EvaluationSink, SweepEvaluation, SweepStore } from '../sweep-ports';

export class PendingEvaluations implements EvaluationSink {
  constructor(
    private readonly store: SweepStore,
    private readonly sweepId: string,
    private readonly shardId: string,
  ) {}

  async put(accountId: string, region: string, evaluations: readonly SweepEvaluation[]): Promise<void> {
    await this.store.put(
      sweepKeys.pendingEvaluations(this.sweepId, this.shardId),
      JSON.stringify({ accountId, region, evaluations }),
      'application/json',
    );
  }
}
