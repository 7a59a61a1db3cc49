// Where a sweep keeps its objects in the sweep bucket. Per sweep (the Step Functions execution name): the shard
// list the Distributed Map reads, one result per shard, the organization report. Across sweeps: the compliance
// each shard last put, so the next sweep puts only what changed, and the changed evaluations that wait for the
// member account's Config rule to deliver them, under their account and region so one invocation lists only its own.

export const sweepKeys = {
  shardList: (sweepId: string): string => `sweeps/${sweepId}/shards.json`,
  resultsPrefix: (sweepId: string): string => `sweeps/${sweepId}/results/`,
  result: (sweepId: string, shardId: string): string =>
    `sweeps/${sweepId}/results/${encodeURIComponent(shardId)}.json`,
  report: (sweepId: string, extension: 'json' | 'md' | 'sarif'): string =>
    `sweeps/${sweepId}/report.${extension}`,
  compliance: (shardId: string): string => `compliance/${encodeURIComponent(shardId)}.json`,
  pendingEvaluationsPrefix: (accountId: string, region: string): string =>
    `evaluations/${accountId}/${region}/`,
  pendingEvaluations: (accountId: string, region: string, sweepId: string, shardId: string): string =>
    `evaluations/${accountId}/${region}/${sweepId}/${encodeURIComponent(shardId)}.json`,
};
