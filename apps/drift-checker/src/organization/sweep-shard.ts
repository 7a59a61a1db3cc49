// One shard of the organization sweep: read the slice, compare it with the stacks of its account and region, put the
// evaluations whose compliance changed, write the result and the new compliance state to the sweep bucket.
import type { IncompleteType } from '@groundwork/aws-read';
import { summarize, type ResourceResult } from '@groundwork/drift';
import { changedEvaluations, readComplianceState } from './compliance-state';
import type { OrganizationIac } from './organization-iac';
import type { ShardOutput, ShardResult } from './shard-result';
import { sweepKeys } from './sweep-keys';
import { nothingRead } from './nothing-read';
import type { EvaluationSink, ShardReader, SweepStore } from './sweep-ports';
import type { SweepShard } from './sweep-shard-plan';

export interface ShardDependencies {
  /** The IaC the shard compares with: given the shard, a loader may fetch only its account's stacks. */
  readonly iac: (shard: SweepShard) => Promise<OrganizationIac>;
  readonly reader: ShardReader;
  readonly store: SweepStore;
  readonly evaluations: EvaluationSink;
}

export interface ShardInput {
  readonly sweepId: string;
  /** When the sweep started, ISO 8601: the evaluations' ordering timestamp. */
  readonly startedAt: string;
  readonly shard: SweepShard;
}

/**
 * A managed resource of a type the account refused is NOT_CHECKED (no complete inventory proves anything about it):
 * its reason says why the type was not read, which is what the person reading the report can act on.
 */
function withRefusals(
  results: readonly ResourceResult[],
  shard: SweepShard,
  incomplete: readonly IncompleteType[],
): readonly ResourceResult[] {
  if (incomplete.length === 0) return results;
  const why = new Map(incomplete.map((i) => [i.resourceType, i.reason]));
  return results.map((r) => {
    const reason =
      r.status === 'NOT_CHECKED' && r.resourceType !== null ? why.get(r.resourceType) : undefined;
    return reason === undefined
      ? r
      : {
          ...r,
          reason: `${r.resourceType} could not be read in full in account ${shard.accountId} (${shard.region}): ${reason}`,
        };
  });
}

/**
 * Runs one shard. AWS errors are thrown as the SDK names them (`ThrottlingException`, ...) after the client's own
 * retries, so the state machine's Retry can back off and run the shard again; a rerun is safe, because the
 * compliance state is written only after its evaluations were put.
 */
/** Why an `unrecorded` shard reads nothing. */
function unrecordedReason(shard: SweepShard): string {
  return `the organization aggregator holds no AWS Config item of account ${shard.accountId}: no recorder records there, or the account does not share with the aggregator yet`;
}

export async function runShard(input: ShardInput, deps: ShardDependencies): Promise<ShardOutput> {
  const { shard, sweepId } = input;
  const [iac, live, previousText] = await Promise.all([
    deps.iac(shard),
    shard.unrecorded ? nothingRead(shard, unrecordedReason(shard)) : deps.reader.read(shard),
    deps.store.get(sweepKeys.compliance(shard.id)),
  ]);
  const report = iac.engineFor(shard).check(live.items, live.inventories);
  const types = new Set(shard.resourceTypes);
  const incomplete = live.incomplete ?? [];
  const results = withRefusals(
    report.resources.filter((r) => r.resourceType !== null && types.has(r.resourceType)),
    shard,
    incomplete,
  );
  const { evaluations, state } = changedEvaluations(
    results,
    readComplianceState(previousText),
    input.startedAt,
  );
  if (evaluations.length > 0) await deps.evaluations.put(shard.accountId, shard.region, evaluations);
  const managed = results.filter((r) => r.stack !== null);
  const result: ShardResult = {
    version: 1,
    shardId: shard.id,
    accountId: shard.accountId,
    region: shard.region,
    resourceTypes: shard.resourceTypes,
    items: live.items.length,
    summary: summarize(results),
    managed: managed.length,
    checked: managed.filter((r) => r.status !== 'NOT_CHECKED').length,
    findings: results.filter((r) => r.status !== 'IN_SYNC'),
    evaluationsPut: evaluations.length,
    ...(incomplete.length > 0 ? { incomplete } : {}),
  };
  await deps.store.put(sweepKeys.compliance(shard.id), JSON.stringify(state), 'application/json');
  await deps.store.put(sweepKeys.result(sweepId, shard.id), JSON.stringify(result), 'application/json');
  return {
    shardId: shard.id,
    items: result.items,
    findings: result.findings.length,
    evaluationsPut: result.evaluationsPut,
  };
}
