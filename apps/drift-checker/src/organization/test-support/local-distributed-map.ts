// aws-local-stepfunctions runs Map states inline (ItemsPath, ItemSelector, ItemProcessor as Iterator,
// MaxConcurrency, Retry and Catch) but has no Distributed Map: no ItemReader, ResultWriter or
// ToleratedFailurePercentage. This rewrites the generated definition into one it runs, substituting each of those
// three openly, and nothing else:
// - ItemReader (s3:getObject of the shard list) → a `ReadShardList` task before the map, whose local handler reads
//   the same object from the in-memory sweep bucket, and `ItemsPath` over what it read;
// - ToleratedFailurePercentage → a `Catch` on the shard task that turns a failed child into `{failed: true}`, and a
//   `CheckTolerance` task after the map that fails the execution with `States.ExceedToleratedFailureThreshold`
//   when more than the tolerated percentage failed, as Step Functions does;
// - ResultWriter → dropped: the map's outputs stay in the execution (there is no S3 to write the manifest to).
// Retry (with the definition's own ErrorEquals), concurrency and the task states themselves are the generated ones.
import { SWEEP_STATES } from '@groundwork/governance';

type States = Record<string, Record<string, unknown>>;

export const LOCAL_STATES = {
  readShardList: 'ReadShardList',
  checkTolerance: 'CheckTolerance',
  shardFailed: 'ShardFailed',
} as const;

/** The error Step Functions fails a Distributed Map with when more children failed than tolerated. */
export const EXCEEDED_TOLERANCE = 'States.ExceedToleratedFailureThreshold';

export function localDefinition(definition: Record<string, unknown>): {
  definition: Record<string, unknown>;
  toleratedFailurePercentage: number;
} {
  const copy = structuredClone(definition) as { States: States } & Record<string, unknown>;
  const states = copy.States;
  const map = states[SWEEP_STATES.shards];
  const reader = map['ItemReader'] as { Parameters: Record<string, string> };
  const tolerated = map['ToleratedFailurePercentage'] as number;
  delete map['ItemReader'];
  delete map['ResultWriter'];
  delete map['ToleratedFailurePercentage'];
  map['ItemsPath'] = '$.items';
  const processor = map['ItemProcessor'] as { States: States } & Record<string, unknown>;
  delete processor['ProcessorConfig'];
  processor.States[SWEEP_STATES.shard]['Catch'] = [
    { ErrorEquals: ['States.ALL'], Next: LOCAL_STATES.shardFailed, ResultPath: '$.error' },
  ];
  processor.States[LOCAL_STATES.shardFailed] = {
    Type: 'Pass',
    Parameters: { failed: true, 'shardId.$': '$.shard.id', 'error.$': '$.error.Error' },
    End: true,
  };
  const mapNext = map['Next'] as string;
  map['Next'] = LOCAL_STATES.checkTolerance;
  states[LOCAL_STATES.checkTolerance] = {
    Type: 'Task',
    Resource: 'arn:aws:lambda:us-east-1:123456789012:function:local-check-tolerance',
    Parameters: { 'results.$': '$.map' },
    ResultPath: null,
    Next: mapNext,
  };
  states[SWEEP_STATES.plan]['Next'] = LOCAL_STATES.readShardList;
  states[LOCAL_STATES.readShardList] = {
    Type: 'Task',
    Resource: 'arn:aws:lambda:us-east-1:123456789012:function:local-item-reader',
    Parameters: { 'bucket.$': reader.Parameters['Bucket.$'], 'key.$': reader.Parameters['Key.$'] },
    ResultPath: '$.items',
    Next: SWEEP_STATES.shards,
  };
  return { definition: copy, toleratedFailurePercentage: tolerated };
}

/** The CheckTolerance task: Step Functions' rule for a Distributed Map's failed children. */
export function checkTolerance(results: readonly { failed?: boolean }[], toleratedPercentage: number): void {
  const failed = results.filter((r) => r.failed === true).length;
  if (results.length > 0 && (failed / results.length) * 100 > toleratedPercentage)
    throw Object.assign(
      new Error(
        `${failed} of ${results.length} shards failed, more than the tolerated ${toleratedPercentage} %`,
      ),
      { name: EXCEEDED_TOLERANCE },
    );
}
