// The organization sweep functions' environment: what the OrganizationDriftChecker construct
// (@groundwork/governance) sets and the planner, shard and reducer functions read. One place, so a renamed variable
// cannot leave one side behind.

export const ORGANIZATION_SWEEP_ENV = {
  sweepBucket: 'SWEEP_BUCKET',
  iacBucket: 'IAC_BUCKET',
  iacPrefix: 'IAC_PREFIX',
  stateBucket: 'STATE_BUCKET',
  statePrefix: 'STATE_PREFIX',
  aggregatorName: 'AGGREGATOR_NAME',
  regions: 'SWEEP_REGIONS',
  maxItemsPerShard: 'MAX_ITEMS_PER_SHARD',
  topicArn: 'TOPIC_ARN',
  memberDeliveryRoleName: 'MEMBER_DELIVERY_ROLE',
  memberReadRoleName: 'MEMBER_READ_ROLE',
  partition: 'PARTITION',
  globalRegion: 'GLOBAL_REGION',
} as const;

/** The shard function's memory unless the construct is told otherwise: what the benchmark's shards run with. */
export const DEFAULT_SHARD_MEMORY_MB = 1024;

/**
 * The reducer function's memory: it holds every finding of the organization and the rendered reports at once, about
 * 580 MB of heap for 1M items with 208,000 findings (`npm run bench -- organization-sweep`), more than V8's old space
 * at 1,024 MB leaves room for comfortably.
 */
export const REDUCER_MEMORY_MB = 2048;

/**
 * Items one shard holds by default: measured by `npm run bench -- organization` to stay within 256 MB of heap at
 * this size, with the function's 1,024 MB leaving room for the runtime and the SDK.
 */
export const DEFAULT_MAX_ITEMS_PER_SHARD = 5000;
