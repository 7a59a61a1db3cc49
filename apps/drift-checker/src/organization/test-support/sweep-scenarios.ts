// What the sweep's tests share: the organization most of them simulate, the planner settings over the engine's
// Config types, and the change made by hand that turns one IAM role of the simulated organization non-compliant.
import { ADAPTED_TYPES_BY_SOURCE, ADAPTERS } from '@groundwork/drift';
import type { PlannerSettings } from '../sweep-planner';
import type { SimulatedOrganization } from './simulated-organization';

/** Two accounts, each in two regions: the organization most sweep tests simulate. */
export const TWO_ACCOUNTS_TWO_REGIONS = [
  { account: '111111111111', region: 'eu-west-1' },
  { account: '111111111111', region: 'us-east-1' },
  { account: '222222222222', region: 'eu-west-1' },
  { account: '222222222222', region: 'us-east-1' },
] as const;

const globalTypes = new Set(
  ADAPTERS.filter((a) => a.global && (a.source ?? 'config') === 'config').map((a) => a.configType),
);

/** The Config types AWS records once per account (IAM), which the planner puts in each account's `global` shards. */
export function isGlobalType(type: string): boolean {
  return globalTypes.has(type);
}

/** Planner settings for every Config type the engine compares, global ones apart. */
export function sweepSettings(
  bucket: string,
  regions: readonly string[],
  maxItemsPerShard: number,
): PlannerSettings {
  return {
    bucket,
    regions,
    globalTypes: ADAPTED_TYPES_BY_SOURCE.config.filter(isGlobalType),
    regionalTypes: ADAPTED_TYPES_BY_SOURCE.config.filter((t) => !isGlobalType(t)),
    maxItemsPerShard,
  };
}

/** Replaces the trust policy of an account's IAM role in its recorder, as a change made in the console would. */
export function setRoleTrust(
  org: SimulatedOrganization,
  accountId: string,
  statement: Record<string, unknown>,
): void {
  const role = org.items.find(
    (i) =>
      i.resourceType === 'AWS::IAM::Role' &&
      i.awsAccountId === accountId &&
      i.resourceName === 'workload-deploy',
  );
  if (!role) throw new Error(`the simulated organization has no workload-deploy role in ${accountId}`);
  (role.configuration as { assumeRolePolicyDocument: string }).assumeRolePolicyDocument = encodeURIComponent(
    JSON.stringify({ Version: '2012-10-17', Statement: [statement] }),
  );
}
