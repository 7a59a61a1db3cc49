// The reads beyond AWS Config of the simulated account: every resource Cloud Control reads (managed ones and AWS's
// own, such as FullAWSAccess and the management account; types Config records only outside the recorder's region)
// and every direct read, through each type's module.
import { type AppliedResource, lookupIn } from '../apply/applied-resource';
import type { RecorderContext } from '../config/config-item';
import { SIMULATED_TYPES, terraformTypeModel } from '../types/registry';
import type { CloudControlResource } from './cloud-control-resource';
import type { DirectRead } from './direct-read';

export function readCloudControl(
  resources: readonly AppliedResource[],
  ctx: RecorderContext,
): CloudControlResource[] {
  const lookup = lookupIn(resources);
  const managed = resources.flatMap((r) => {
    const model = terraformTypeModel(r.type);
    // A type AWS Config records is read through Cloud Control only where the recorder does not record it: in
    // another region than the account's, as the sweep reads a fallback type.
    if (model.record && (r.region === undefined || r.region === ctx.region)) return [];
    const read = model.cloudControl?.(r, lookup, ctx);
    return read ? [read] : [];
  });
  return [...managed, ...SIMULATED_TYPES.flatMap((t) => t.cloudControlNoise?.(resources, ctx) ?? [])];
}

export function readDirect(resources: readonly AppliedResource[], ctx: RecorderContext): DirectRead[] {
  const lookup = lookupIn(resources);
  return resources.flatMap((r) => {
    const read = terraformTypeModel(r.type).direct?.(r, lookup, ctx);
    return read ? [read] : [];
  });
}
