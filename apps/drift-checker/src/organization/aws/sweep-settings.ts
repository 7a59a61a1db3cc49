// The sweep functions' settings, read once at init from the environment the OrganizationDriftChecker sets
// (ORGANIZATION_SWEEP_ENV of @groundwork/drift). A missing or bad value fails the init with its name and the fix.
import { DEFAULT_MAX_ITEMS_PER_SHARD, ORGANIZATION_SWEEP_ENV as ENV } from '@groundwork/drift';
import type { Environment } from '../../environment';

export interface SweepSettings {
  readonly sweepBucket: string;
  readonly aggregatorName: string;
  readonly regions: readonly string[];
  readonly maxItemsPerShard: number;
  readonly iacBucket: string;
  readonly iacPrefix: string;
  readonly stateBucket: string;
  readonly statePrefix: string;
  readonly topicArn: string | undefined;
  /** The shard function's: the member accounts' read role, and the partition of its ARN. */
  readonly memberReadRoleName: string;
  readonly partition: string;
  /** The delivery function's: the member accounts' role it assumes, and the region that takes global types. */
  readonly memberDeliveryRoleName: string;
  readonly globalRegion: string;
}

function required(env: Environment, name: string): string {
  const value = env[name];
  if (!value)
    throw new Error(`${name} is not set: the OrganizationDriftChecker construct sets it; redeploy the stack`);
  return value;
}

/**
 * What each function needs: the planner and shard the aggregator and the IaC (the planner for the accounts its
 * stacks deploy to), the shard the member read role, the
 * reducer the topic, the delivery function the member delivery role and the global region.
 */
export function readSweepSettings(
  env: Environment,
  needs: 'planner' | 'shard' | 'reducer' | 'deliver',
): SweepSettings {
  const max = Number(env[ENV.maxItemsPerShard] ?? DEFAULT_MAX_ITEMS_PER_SHARD);
  if (!Number.isInteger(max) || max < 1)
    throw new Error(
      `${ENV.maxItemsPerShard} must be a positive whole number, got "${env[ENV.maxItemsPerShard]}"`,
    );
  const readsIac = needs === 'shard' || needs === 'planner';
  const iacBucket = readsIac ? required(env, ENV.iacBucket) : (env[ENV.iacBucket] ?? '');
  return {
    sweepBucket: required(env, ENV.sweepBucket),
    aggregatorName: needs === 'reducer' || needs === 'deliver' ? '' : required(env, ENV.aggregatorName),
    regions: needs === 'planner' ? required(env, ENV.regions).split(',').filter(Boolean) : [],
    maxItemsPerShard: max,
    iacBucket,
    iacPrefix: env[ENV.iacPrefix] ?? 'cdktf.out/',
    stateBucket: env[ENV.stateBucket] ?? iacBucket,
    statePrefix: env[ENV.statePrefix] ?? '',
    topicArn: needs === 'reducer' ? required(env, ENV.topicArn) : undefined,
    memberReadRoleName: needs === 'shard' ? required(env, ENV.memberReadRoleName) : '',
    partition: needs === 'shard' ? required(env, ENV.partition) : '',
    memberDeliveryRoleName: needs === 'deliver' ? required(env, ENV.memberDeliveryRoleName) : '',
    globalRegion: needs === 'deliver' ? required(env, ENV.globalRegion) : '',
  };
}
