// The Amazon States Language definition of the organization sweep: Plan (write the shard list to S3) → Shards
// (a Distributed Map over that list: one child execution per shard, bounded concurrency, a tolerated failure
// percentage, throttling retried with backoff) → Reduce (one organization report and one digest).
// Pure data, no cdktf: the tests validate it with asl-validator and run it with aws-local-stepfunctions.

/** Errors AWS answers a busy caller with, as the SDK names them, and Lambda's own when it throttles the invoke. */
export const THROTTLING_ERRORS = [
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
  'Lambda.TooManyRequestsException',
] as const;

/** Lambda service failures that are worth another attempt (not the function's own errors). */
export const TRANSIENT_LAMBDA_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
] as const;

export interface SweepDefinitionProps {
  readonly plannerFunctionArn: string;
  readonly shardFunctionArn: string;
  readonly reducerFunctionArn: string;
  /** The sweep bucket: the map writes its own result manifest under `map-results/`. */
  readonly bucketName: string;
  /** Shards run at the same time. */
  readonly maxConcurrency: number;
  /** Failed shards, in percent of all, the sweep survives (the reducer names them in the report). */
  readonly toleratedFailurePercentage: number;
  /** Retries of a throttled shard, with exponential backoff and full jitter. */
  readonly throttleRetries: number;
}

/** The state names: the construct, the tests and the local run refer to them. */
export const SWEEP_STATES = { plan: 'Plan', shards: 'Shards', shard: 'Shard', reduce: 'Reduce' } as const;

type Retrier = Record<string, unknown>;

function retriers(throttleRetries: number): Retrier[] {
  return [
    {
      ErrorEquals: [...THROTTLING_ERRORS],
      IntervalSeconds: 2,
      BackoffRate: 2,
      MaxAttempts: throttleRetries,
      MaxDelaySeconds: 120,
      JitterStrategy: 'FULL',
    },
    { ErrorEquals: [...TRANSIENT_LAMBDA_ERRORS], IntervalSeconds: 2, BackoffRate: 2, MaxAttempts: 3 },
  ];
}

export function sweepDefinition(p: SweepDefinitionProps): Record<string, unknown> {
  return {
    Comment:
      'Groundwork organization drift sweep: planner, one shard per account, region and type group, reducer',
    StartAt: SWEEP_STATES.plan,
    States: {
      [SWEEP_STATES.plan]: {
        Type: 'Task',
        Resource: p.plannerFunctionArn,
        Parameters: { 'sweepId.$': '$$.Execution.Name', 'startedAt.$': '$$.Execution.StartTime' },
        Retry: retriers(p.throttleRetries),
        Next: SWEEP_STATES.shards,
      },
      [SWEEP_STATES.shards]: {
        Type: 'Map',
        ItemReader: {
          Resource: 'arn:aws:states:::s3:getObject',
          ReaderConfig: { InputType: 'JSON' },
          Parameters: { 'Bucket.$': '$.bucket', 'Key.$': '$.shardListKey' },
        },
        ItemSelector: {
          'sweepId.$': '$.sweepId',
          'startedAt.$': '$.startedAt',
          'shard.$': '$$.Map.Item.Value',
        },
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: SWEEP_STATES.shard,
          States: {
            [SWEEP_STATES.shard]: {
              Type: 'Task',
              Resource: p.shardFunctionArn,
              Retry: retriers(p.throttleRetries),
              End: true,
            },
          },
        },
        MaxConcurrency: p.maxConcurrency,
        ToleratedFailurePercentage: p.toleratedFailurePercentage,
        // The shards' outputs go to S3, not into the execution: thousands of them would pass the 256 KiB limit.
        ResultWriter: {
          Resource: 'arn:aws:states:::s3:putObject',
          Parameters: { Bucket: p.bucketName, Prefix: 'map-results' },
        },
        ResultPath: '$.map',
        Next: SWEEP_STATES.reduce,
      },
      [SWEEP_STATES.reduce]: {
        Type: 'Task',
        Resource: p.reducerFunctionArn,
        Parameters: { 'sweepId.$': '$.sweepId', 'bucket.$': '$.bucket' },
        Retry: retriers(p.throttleRetries),
        End: true,
      },
    },
  };
}
