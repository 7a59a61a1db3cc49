import { ServiceControlPolicy, serviceControlPolicy } from './service-control-policy';

/**
 * One SCP holding the statements of several. AWS allows at most 5 SCPs on a root, OU or account (FullAWSAccess
 * included), so a target that needs more guardrails gets them combined. Throws when the result passes 5,120
 * characters or two statements share a Sid.
 */
export function combineServiceControlPolicies(
  name: string,
  description: string,
  policies: readonly ServiceControlPolicy[],
): ServiceControlPolicy {
  if (policies.length === 0) throw new Error(`combined SCP ${name} needs at least one policy`);
  return serviceControlPolicy(
    name,
    description,
    policies.flatMap((p) => p.document.statements),
  );
}
