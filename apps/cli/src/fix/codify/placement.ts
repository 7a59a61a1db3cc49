// Which stack a codified resource goes into: the stack that owns its VPC, else the stack that already manages the
// account's resources of its type, so the code lands where a reviewer would look for it.
import type { ConfigItem, DriftReport } from '@groundwork/drift';
import { ConstructReference } from './codified-resource';
import type { CodifyContext } from './codify-context';

/** The managed resource of that type and live id, as a reference, from the report's findings. */
export function managedReference(
  report: DriftReport,
  resourceType: string,
  resourceId: string,
  attribute: string,
): ConstructReference | undefined {
  const found = report.resources.find(
    (r) =>
      r.resourceType === resourceType &&
      r.resourceId === resourceId &&
      r.stack &&
      r.constructPath &&
      r.address,
  );
  return found
    ? new ConstructReference(found.constructPath as string, found.address as string, attribute)
    : undefined;
}

/**
 * The codify context of a live item. `stacks` are the IaC's stacks in dependency order; `into` is the user's choice
 * (`--codify-into`), which wins.
 */
export function codifyContext(
  item: ConfigItem,
  report: DriftReport,
  stacks: readonly string[],
  into?: string,
): CodifyContext {
  const managed: CodifyContext['managed'] = (type, id, attribute) =>
    managedReference(report, type, id, attribute);
  if (into) return { stack: into, placement: 'as --codify-into asked', managed };
  const vpcId = item.configuration?.['vpcId'];
  if (typeof vpcId === 'string') {
    const vpc = managed('AWS::EC2::VPC', vpcId, 'id');
    const owner = report.resources.find(
      (r) => r.resourceType === 'AWS::EC2::VPC' && r.resourceId === vpcId,
    )?.stack;
    if (vpc && owner)
      return { stack: owner, placement: `the stack that manages its VPC, ${vpc.constructPath}`, managed };
  }
  // Only stacks of the item's account: a stack of another account cannot hold it (its provider pins that account).
  const sameAccount = (account: string | undefined) =>
    item.accountId === null || account === undefined || account === item.accountId;
  const counts = new Map<string, number>();
  for (const r of report.resources)
    if (r.stack && r.resourceType === item.resourceType && sameAccount(r.account))
      counts.set(r.stack, (counts.get(r.stack) ?? 0) + 1);
  const best = [...stacks].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0];
  if (best && (counts.get(best) ?? 0) > 0)
    return {
      stack: best,
      placement: `the stack that manages the account's other ${item.resourceType} resources (${counts.get(best)})`,
      managed,
    };
  if (!stacks[0]) throw new Error('the IaC has no stack to put the codified resource into');
  return {
    stack: stacks[0],
    placement: `no stack manages a ${item.resourceType} yet, so the first stack in dependency order; choose another with --codify-into`,
    managed,
  };
}
