// The AWS Config recorder of the simulated account: one configuration item per live resource, each service's own
// field names, casing and quirks as seen in real captured items (SDK-v1 camelCase for older types, PascalCase for
// CloudFormation-registry types, URL-encoded IAM documents, policies as JSON strings, tags in several shapes).
// What each type records, and what AWS adds on its own, is in its module under ../types.
import { AppliedResource, lookupIn } from '../apply/applied-resource';
import { SIMULATED_TYPES, terraformTypeModel } from '../types/registry';
import type { ConfigItem, RecorderContext } from './config-item';

/** Records every applied resource that AWS Config records, folding sub-resources into their parent item. */
export function recordApplied(resources: readonly AppliedResource[], ctx: RecorderContext): ConfigItem[] {
  const lookup = lookupIn(resources);
  const items: ConfigItem[] = [];
  for (const r of resources) {
    // The recorder records its own region: a resource applied through a provider in another region is not in it.
    if (r.region !== undefined && r.region !== ctx.region) continue;
    const item = terraformTypeModel(r.type).record?.(r, lookup, ctx);
    if (item) items.push(item);
  }
  return items;
}

/**
 * What AWS creates on its own in every account and around the IaC's resources: the default VPC with its subnets,
 * main route table and default security group; the main route table and default security group of every VPC;
 * service-linked roles; instances launched by an auto scaling group and the secret RDS manages for a master
 * password, both tagged with `aws:` tags. None of it is drift.
 */
export function awsNoise(applied: readonly AppliedResource[], ctx: RecorderContext): ConfigItem[] {
  return SIMULATED_TYPES.flatMap((t) => t.noise?.(applied, ctx) ?? []);
}
